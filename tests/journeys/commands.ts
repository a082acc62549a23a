// The user actions a journey is made of, as fast-check model-based commands: each knows when it makes
// sense (check, on the model), does it in the real app (run), updates the model, and prints itself
// as a readable step. The invariants every step ends with are in invariants.ts.
import fc from 'fast-check';
import { expect } from '@playwright/test';
import path from 'node:path';
import type { Journey, SegmentRow } from './driver';
import {
	FIXTURE_FILES,
	PEOPLE,
	type JourneyFile,
	type JourneyFiles,
	type PeopleVersion
} from './files';
import { checkInvariants } from './invariants';

export interface JourneyModel {
	/** Entities the user created (by name). */
	entities: Set<string>;
	/** Relationships that exist (by name). */
	relationships: Set<string>;
	/** Names of the segments that must exist (the user's own and the demo's examples). */
	segments: Set<string>;
	/** Segments the user deactivated (so not to be run). */
	inactive: Set<string>;
	profile: string | null;
	/**
	 * A file imported over the profile's entity without its key column broke the Customer Profile
	 * (the app asks to choose the key again): no segment can be saved until it is set again.
	 */
	profileBroken: boolean;
	demo: boolean;
	offline: boolean;
	/** Something has been written since the profile was made (known bug (a) bites before that). */
	written: boolean;
	counter: number;
}

export const emptyModel = (): JourneyModel => ({
	entities: new Set(),
	relationships: new Set(),
	segments: new Set(),
	inactive: new Set(),
	profile: null,
	profileBroken: false,
	demo: false,
	offline: false,
	written: false,
	counter: 0
});

type Cmd = fc.AsyncCommand<JourneyModel, Journey>;

/** Known bugs being fixed elsewhere that a run may be asked to step around (JOURNEY_AVOID=a,b). */
const avoid = new Set((process.env.JOURNEY_AVOID ?? '').split(',').filter(Boolean));

/** The same kind of step offered twice: picked twice as often. */
const twice = <T>(a: fc.Arbitrary<T>) => [a, a];

const DEMO_ENTITIES = ['Customers', 'Orders', 'Cases', 'OnlineAccounts', 'ClickStream'];

async function dismissImportCards(j: Journey) {
	const dismiss = j.page.getByTestId('import-card').getByRole('button', { name: 'Dismiss' });
	while ((await dismiss.count()) > 0) await dismiss.first().click();
}

/** Import one file as a new entity through the Data page; returns the entity's name. */
async function importNew(
	j: Journey,
	file: string,
	opts: { messy?: boolean; retype?: [string, string][] } = {}
): Promise<string> {
	await j.nav('Data');
	await dismissImportCards(j);
	await j.page.getByTestId('file-input').setInputFiles(file);
	const card = j.page.getByRole('region', { name: `Import of ${path.basename(file)}` }).last();
	const save = card.getByRole('button', { name: /^Import \d+ columns?$/ });
	await expect(save.or(card.getByRole('alert')).first()).toBeVisible({ timeout: 60_000 });
	await expect(card.getByText('Not imported')).toHaveCount(0);
	for (const [column, type] of opts.retype ?? [])
		await card.getByLabel(`Type of column ${column}`).selectOption(type);
	if (opts.messy) await card.getByLabel(/Import the [\d,]+ good rows/).check();
	const name = await card.getByLabel('Entity name').inputValue();
	await save.click();
	await expect(card.getByText('Imported').or(card.getByText('Not imported')).first()).toBeVisible({
		timeout: 60_000
	});
	await expect(card.getByText('Not imported'), 'the import succeeds').toHaveCount(0);
	const created = (await card.getByRole('status').first().locator('strong').textContent()) ?? name;
	await card.getByRole('button', { name: 'Dismiss' }).click();
	return created;
}

/** After an import: the profile is broken when its entity no longer has the key column. */
async function noteBrokenProfile(m: JourneyModel, j: Journey): Promise<void> {
	if (!m.profile) return;
	const model = await j.model();
	const entity = model.entities.find((e) => e.name === m.profile);
	const key = model.profile?.key;
	if (!entity || !key || !entity.attributes.some((a) => a.name === key)) m.profileBroken = true;
}

class LoadDemo implements Cmd {
	check = (m: Readonly<JourneyModel>) => !(avoid.has('a') && !m.written);
	async run(m: JourneyModel, j: Journey) {
		await j.nav('Data');
		await j.page.getByRole('button', { name: 'Try with demo data' }).click();
		const confirm = j.page
			.getByRole('dialog', { name: 'Load the demo data?' })
			.getByRole('button', { name: 'Load demo data' });
		const loaded = j.page.getByTestId('entities').locator('tr[data-entity="ClickStream"]');
		const refused = j.page.getByRole('alert').filter({ hasText: /demo data/ });
		if (m.entities.size > 0 || m.demo) await confirm.click();
		await expect(loaded.or(refused).first()).toBeVisible({ timeout: 180_000 });
		await expect(refused, 'the demo data loads').toHaveCount(0);
		for (const r of (await j.model()).relationships) m.relationships.add(r.name);
		for (const e of DEMO_ENTITIES) m.entities.add(e);
		m.profile = 'Customers';
		m.profileBroken = false;
		m.demo = true;
		m.written = true;
		await checkInvariants(m, j);
	}
	toString = () => 'load the demo data';
}

class AddExamples implements Cmd {
	// offered on the Segments page while there are no segments and demo data is loaded
	check = (m: Readonly<JourneyModel>) => m.demo && m.segments.size === 0;
	async run(m: JourneyModel, j: Journey) {
		await j.nav('Segments');
		const add = j.page.getByRole('button', { name: 'Add example segments for the demo data' });
		if ((await j.segments()).length === 0) {
			await add.click();
			await expect
				.poll(async () => (await j.segments()).length, { timeout: 30_000 })
				.toBeGreaterThan(0);
		}
		for (const s of await j.segments()) m.segments.add(s.name);
		await checkInvariants(m, j);
	}
	toString = () => 'add the example segments for the demo data';
}

class ImportFile implements Cmd {
	constructor(readonly file: JourneyFile) {}
	check = () => true;
	async run(m: JourneyModel, j: Journey) {
		const name = await importNew(j, this.file.path, { messy: this.file.messy ?? false });
		m.entities.add(name);
		await noteBrokenProfile(m, j);
		m.written = true;
		await checkInvariants(m, j);
	}
	toString = () => `import ${this.file.label}`;
}

class ImportRetyped implements Cmd {
	constructor(
		readonly file: string,
		readonly retype: [string, string][]
	) {}
	check = () => !avoid.has('d');
	async run(m: JourneyModel, j: Journey) {
		m.entities.add(await importNew(j, this.file, { retype: this.retype }));
		await noteBrokenProfile(m, j);
		m.written = true;
		await checkInvariants(m, j);
	}
	toString = () =>
		`import ${path.basename(this.file)} with ${this.retype.map(([c, t]) => `${c} as ${t}`).join(', ')}`;
}

class ImportPeople implements Cmd {
	constructor(readonly files: JourneyFiles) {}
	check = (m: Readonly<JourneyModel>) => !m.entities.has(PEOPLE);
	async run(m: JourneyModel, j: Journey) {
		m.entities.add(await importNew(j, this.files.people.base));
		m.written = true;
		await checkInvariants(m, j);
	}
	toString = () => `import ${PEOPLE}.csv`;
}

class ReimportPeople implements Cmd {
	constructor(
		readonly files: JourneyFiles,
		readonly version: PeopleVersion
	) {}
	check = (m: Readonly<JourneyModel>) => m.entities.has(PEOPLE);
	async run(m: JourneyModel, j: Journey) {
		await j.nav('Data');
		await dismissImportCards(j);
		const chooser = j.page.waitForEvent('filechooser');
		await j.page.getByRole('button', { name: `Re-import ${PEOPLE}` }).click();
		await (await chooser).setFiles(this.files.people[this.version]);
		const card = j.page.getByRole('region', { name: `Import of ${PEOPLE}.csv` }).last();
		await expect(card.getByLabel('Import as')).toHaveValue(PEOPLE, { timeout: 60_000 });
		const save = card.getByRole('button', { name: /^Import \d+ columns?$/ });
		if (await save.isDisabled()) {
			// a change that would break a segment is refused with its reasons: fine, nothing changes
			await expect(card.getByRole('alert')).toContainText('would break');
		} else {
			await save.click();
			await expect(card.getByText('Imported'), 'the re-import succeeds').toBeVisible({
				timeout: 60_000
			});
			await card.getByRole('button', { name: 'Dismiss' }).click();
		}
		await checkInvariants(m, j);
	}
	toString = () => `re-import ${PEOPLE}.csv (${this.version})`;
}

class Reload implements Cmd {
	check = (m: Readonly<JourneyModel>) => !m.offline && !(avoid.has('a') && !m.written);
	async run(m: JourneyModel, j: Journey) {
		await j.page.reload();
		await j.engineReady();
		await checkInvariants(m, j, { listed: true, probe: true });
	}
	toString = () => 'reload the page';
}

class Reopen implements Cmd {
	check = (m: Readonly<JourneyModel>) => !m.offline && !(avoid.has('a') && !m.written);
	async run(m: JourneyModel, j: Journey) {
		await j.close();
		await j.open();
		m.offline = false;
		await checkInvariants(m, j, { listed: true, probe: true });
	}
	toString = () => 'close the browser and open it again on the same profile';
}

class CreateSegment implements Cmd {
	constructor(
		readonly type: 'Dynamic' | 'Static',
		readonly amount: number
	) {}
	check = (m: Readonly<JourneyModel>) =>
		m.profile !== null && !m.profileBroken && m.entities.has(m.profile);
	async run(m: JourneyModel, j: Journey) {
		const name = `journey_${++m.counter}`;
		const page = j.page;
		await j.nav('Segments');
		await page.getByRole('button', { name: 'Add segment' }).first().click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('radio', { name: new RegExp(this.type) }).check();
		await dialog.getByLabel('Name', { exact: true }).fill(name);
		await dialog.getByRole('button', { name: 'Next' }).click();
		const demoOrders =
			m.demo && m.profile === 'Customers' && m.relationships.has('orders_customer');
		const start = demoOrders ? 'Orders' : m.profile!;
		await page.getByLabel('Starting entity for group 1').fill(start);
		await expect(page.getByTestId('path')).toContainText(start);
		if (demoOrders) {
			await page.getByRole('button', { name: '+ Add condition' }).click();
			await page.getByLabel('Attribute for group 1 condition 1').selectOption('total_amount');
			await page.getByLabel('Operator for group 1 condition 1').selectOption('greaterThan');
			await page.getByLabel('Value for group 1 condition 1').fill(String(this.amount));
		}
		await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true', {
			timeout: 60_000
		});
		await page.getByRole('button', { name: /^Save & (activate|run)$/ }).click();
		await expect(page).toHaveURL(/\/builder\?id=/);
		m.segments.add(name);
		await checkInvariants(m, j);
	}
	toString = () =>
		`create a ${this.type.toLowerCase()} segment (orders over ${this.amount} on the demo data, else all customers) and save`;
}

/** A segment of the model, picked by index at run time (the model's set changes as steps run). */
abstract class OnSegment implements Cmd {
	constructor(readonly pick: number) {}
	protected choices(m: Readonly<JourneyModel>): string[] {
		return [...m.segments].sort();
	}
	check = (m: Readonly<JourneyModel>) => this.choices(m).length > 0;
	protected chosen(m: Readonly<JourneyModel>): string {
		const c = this.choices(m);
		return c[this.pick % c.length]!;
	}
	protected async menu(j: Journey, name: string, item: string): Promise<boolean> {
		await j.nav('Segments');
		const tile = j.page.locator(`[data-segment="${name}"]`);
		await tile.getByRole('button', { name: /^Actions for / }).click();
		const entry = j.page.getByRole('menuitem', { name: item });
		await expect(j.page.getByRole('menuitem').first()).toBeVisible();
		// not offered for this segment (Deactivate on an inactive one) or offered but disabled
		if ((await entry.count()) === 0 || (await entry.getAttribute('data-disabled')) !== null) {
			await j.page.keyboard.press('Escape');
			return false;
		}
		await entry.click();
		return true;
	}
	abstract run(m: JourneyModel, j: Journey): Promise<void>;
	abstract toString(): string;
}

class RunSegment extends OnSegment {
	protected override choices(m: Readonly<JourneyModel>) {
		return super.choices(m).filter((s) => !m.inactive.has(s));
	}
	async run(m: JourneyModel, j: Journey) {
		const name = this.chosen(m);
		const segment = (await j.segments()).find((s) => s.name === name)!;
		const manual = async () =>
			(await j.runs()).filter(
				(r) => r.segmentId === segment.id && r.trigger === 'manual' && r.status !== 'running'
			);
		const before = (await manual()).length;
		if (!(await this.menu(j, name, 'Run now'))) return checkInvariants(m, j);
		// a click while a run is already in flight joins that run: wait for either
		await expect
			.poll(
				async () =>
					(await manual()).length > before ||
					(await j.runs()).every((r) => r.segmentId !== segment.id || r.status !== 'running'),
				{ timeout: 90_000 }
			)
			.toBe(true);
		const last = (await j.runs())
			.filter((r) => r.segmentId === segment.id && r.status === 'succeeded')
			.sort((a, b) => a.startedAt.localeCompare(b.startedAt))
			.at(-1);
		if (last) {
			const fresh = (await j.segments()).find((s) => s.id === segment.id) as SegmentRow;
			const expected = await j.expectedCount(fresh.definition, last.asOf);
			if (expected !== null) {
				expect(last.members, `${name}: the run's count equals its compiled SQL`).toBe(expected);
				await expect(
					j.page.locator(`[data-segment="${name}"]`).getByTestId('tile-count'),
					`${name}: the tile shows the count`
				).toHaveText(expected.toLocaleString('en'));
			}
		}
		await checkInvariants(m, j);
	}
	toString = () => `run segment #${this.pick} now`;
}

class Duplicate extends OnSegment {
	async run(m: JourneyModel, j: Journey) {
		const before = new Set((await j.segments()).map((s) => s.name));
		await this.menu(j, this.chosen(m), 'Duplicate');
		await expect
			.poll(async () => (await j.segments()).length, { timeout: 30_000 })
			.toBe(before.size + 1);
		for (const s of await j.segments()) if (!before.has(s.name)) m.segments.add(s.name);
		await checkInvariants(m, j);
	}
	toString = () => `duplicate segment #${this.pick}`;
}

class Deactivate extends OnSegment {
	async run(m: JourneyModel, j: Journey) {
		const name = this.chosen(m);
		if (await this.menu(j, name, 'Deactivate')) {
			await expect(
				j.page.locator(`[data-segment="${name}"]`).getByText('inactive', { exact: true })
			).toBeVisible();
			m.inactive.add(name);
		}
		await checkInvariants(m, j);
	}
	toString = () => `deactivate segment #${this.pick} (if it is active)`;
}

class DeleteSegment extends OnSegment {
	async run(m: JourneyModel, j: Journey) {
		const name = this.chosen(m);
		await this.menu(j, name, 'Delete…');
		await j.page.getByRole('dialog').getByRole('button', { name: 'Delete segment' }).click();
		await expect(j.page.locator(`[data-segment="${name}"]`)).toHaveCount(0);
		m.segments.delete(name);
		m.inactive.delete(name);
		await checkInvariants(m, j);
	}
	toString = () => `delete segment #${this.pick}`;
}

class SetProfile implements Cmd {
	constructor(readonly entity: 'raw_customers' | 'Customers' | typeof PEOPLE) {}
	check = (m: Readonly<JourneyModel>) => m.entities.has(this.entity) && m.profile !== this.entity;
	async run(m: JourneyModel, j: Journey) {
		await j.nav('Data');
		await j.page.getByLabel('Customer Profile entity').selectOption(this.entity);
		await j.page.getByLabel('Customer Profile key').selectOption('id');
		await j.page.getByRole('button', { name: 'Set as Customer Profile' }).click();
		await expect.poll(async () => (await j.model()).profile?.entity).toBe(this.entity);
		m.profile = this.entity;
		m.profileBroken = false;
		await checkInvariants(m, j);
	}
	toString = () => `set the Customer Profile to ${this.entity}.id`;
}

const JAFFLE_REL = 'raw_orders_raw_customers';

class AddRelationship implements Cmd {
	check = (m: Readonly<JourneyModel>) =>
		m.entities.has('raw_orders') &&
		m.entities.has('raw_customers') &&
		!m.relationships.has(JAFFLE_REL);
	async run(m: JourneyModel, j: Journey) {
		await j.nav('Relationships');
		await j.page.getByRole('button', { name: 'Add relationship' }).click();
		const d = j.page.getByRole('dialog');
		await d.getByLabel('From entity').selectOption('raw_orders');
		await d.getByLabel('From attribute').selectOption('user_id');
		await d.getByLabel('To entity').selectOption('raw_customers');
		await d.getByLabel('To attribute').selectOption('id');
		await expect(d.getByLabel('Relationship name')).toHaveValue(JAFFLE_REL);
		await d.getByRole('button', { name: 'Save relationship' }).click();
		await expect(j.page.getByTestId('relationships')).toContainText(JAFFLE_REL);
		m.relationships.add(JAFFLE_REL);
		await checkInvariants(m, j);
	}
	toString = () => `add the relationship raw_orders.user_id → raw_customers.id`;
}

class DeleteRelationship implements Cmd {
	constructor(readonly pick: number) {}
	check = (m: Readonly<JourneyModel>) => m.relationships.size > 0;
	async run(m: JourneyModel, j: Journey) {
		const all = [...m.relationships].sort();
		const name = all[this.pick % all.length]!;
		await j.nav('Relationships');
		await j.page.getByRole('button', { name: `Delete ${name}` }).click();
		await j.page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
		await expect(j.page.getByRole('button', { name: `Delete ${name}` })).toHaveCount(0);
		m.relationships.delete(name);
		await checkInvariants(m, j);
	}
	toString = () => `delete relationship #${this.pick}`;
}

class ToggleOffline implements Cmd {
	check = () => true;
	async run(m: JourneyModel, j: Journey) {
		m.offline = !m.offline;
		await j.context.setOffline(m.offline);
		await checkInvariants(m, j);
	}
	toString = () => 'go offline / back online';
}

class DeleteAllData implements Cmd {
	check = (m: Readonly<JourneyModel>) => !m.offline && !(avoid.has('a') && !m.written);
	async run(m: JourneyModel, j: Journey) {
		await j.nav('Privacy & storage');
		await j.page.getByRole('button', { name: 'Delete all my data' }).click();
		const dialog = j.page.getByRole('dialog', { name: 'Delete all your data?' });
		await Promise.all([
			j.page.waitForEvent('load'),
			dialog.getByRole('button', { name: 'Delete everything' }).click()
		]);
		await expect(
			j.page.getByRole('status').filter({ hasText: 'All your data was deleted' })
		).toBeVisible();
		await j.engineReady();
		Object.assign(m, { ...emptyModel(), counter: m.counter, offline: m.offline });
		await checkInvariants(m, j, { listed: true });
	}
	toString = () => '"Delete all my data"';
}

/** The most steps one journey runs. */
export const maxSteps = Number(process.env.JOURNEY_STEPS ?? 40);

export function journeyCommands(files: JourneyFiles) {
	const importable = [files.parquet, files.ndjson];
	return fc.commands(
		[
			fc.constant(new LoadDemo()),
			fc.constant(new AddExamples()),
			...twice(fc.constantFrom(...FIXTURE_FILES, ...importable).map((f) => new ImportFile(f))),
			fc.constant(new ImportPeople(files)),
			fc
				.constantFrom<PeopleVersion>('added-column', 'removed-column', 'fewer-rows', 'base')
				.map((v) => new ReimportPeople(files, v)),
			...twice(fc.constant(new Reload())),
			fc.constant(new Reopen()),
			...twice(
				fc
					.tuple(
						fc.constantFrom<'Dynamic' | 'Static'>('Dynamic', 'Static'),
						fc.integer({ min: 1, max: 9 })
					)
					.map(([t, a]) => new CreateSegment(t, a * 100))
			),
			...twice(fc.nat(20).map((i) => new RunSegment(i))),
			fc.nat(20).map((i) => new Duplicate(i)),
			fc.nat(20).map((i) => new Deactivate(i)),
			fc.nat(20).map((i) => new DeleteSegment(i)),
			fc
				.constantFrom<[string, string][]>(
					[['order_date', 'string']],
					[
						['id', 'string'],
						['status', 'string']
					]
				)
				.map((r) => new ImportRetyped(FIXTURE_FILES[1]!.path, r)),
			fc
				.constantFrom<'raw_customers' | 'Customers' | typeof PEOPLE>(
					'raw_customers',
					'Customers',
					PEOPLE
				)
				.map((e) => new SetProfile(e)),
			fc.constant(new AddRelationship()),
			fc.nat(10).map((i) => new DeleteRelationship(i)),
			fc.constant(new ToggleOffline()),
			fc.constant(new DeleteAllData())
		],
		// three times as many as may run: a step that makes no sense yet (check) is skipped
		{ maxCommands: 3 * maxSteps, size: 'max' }
	);
}
