// Issue 15, labels (a priority list in any segment): built in the builder on the demo's customers
// with two example segments as rules, the live counts per rule (members its segment holds → members
// given its label) follow a reorder exactly as hand-written EXCEPT queries over the kept members
// say; saved and run, the segment page counts each label (after a reload too) and the members
// export carries the label column with the same tallies.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { loadDemo, nav, newSegment, seriousViolations } from './helpers';

/** A count over the engine's kept members of the latest runs, by hand, in the page. */
async function count(page: Page, sql: string): Promise<number> {
	return page.evaluate(async (q) => {
		const rows = await (
			window as unknown as {
				__segments: { engine: { rows(sql: string): Promise<Record<string, unknown>[]> } };
			}
		).__segments.engine.rows(q);
		return Number(rows[0]?.n);
	}, sql);
}

test('labels: live counts per rule follow a reorder, the run counts each label, the export carries the column', async ({
	page
}) => {
	test.setTimeout(240_000);
	await loadDemo(page);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments' }).click();
	const ids: Record<string, string> = {};
	for (const name of ['gold_at_risk', 'loyal_big_spenders']) {
		const tile = page.locator(`[data-segment="${name}"]`);
		await expect(tile.getByTestId('tile-refreshed')).toBeVisible({ timeout: 60_000 });
		const href = await tile.getByRole('link').first().getAttribute('href');
		ids[name] = new URL(href!, 'http://x').searchParams.get('id')!;
	}
	const list = (name: string) =>
		`SELECT member_key FROM main.segment_members WHERE segment_id = '${ids[name]}'`;
	const n = (sql: string) => count(page, `SELECT count(*) AS n FROM (${sql})`);
	const customers = await n('SELECT id FROM demo_customers');
	const loyal = await n(list('loyal_big_spenders'));
	const gold = await n(list('gold_at_risk'));
	const goldNotLoyal = await n(`${list('gold_at_risk')} EXCEPT ${list('loyal_big_spenders')}`);
	const loyalNotGold = await n(`${list('loyal_big_spenders')} EXCEPT ${list('gold_at_risk')}`);
	const either = await n(`${list('gold_at_risk')} UNION ${list('loyal_big_spenders')}`);
	// the two overlap, so the order matters
	expect(gold - goldNotLoyal).toBeGreaterThan(0);

	await newSegment(page, 'by_priority');
	await page.getByLabel('Starting entity for group 1').fill('Customers');
	await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true');
	const labels = page.getByTestId('labels');
	await labels.getByRole('button', { name: '+ Label members by segment' }).click();
	await labels.getByLabel('Export column').fill('priority');
	for (const [k, name] of [
		[1, 'Loyal big spenders'],
		[2, 'Gold and platinum at risk']
	] as const) {
		await labels.getByRole('button', { name: '+ Add rule' }).click();
		await labels.getByLabel(`Segment of rule ${k}`).selectOption({ label: name });
		await labels.getByLabel(`Which members of the segment, rule ${k}`).selectOption('lastRun');
		// the label follows the segment's name until one is typed
		await expect(labels.getByLabel(`Label of rule ${k}`)).toHaveValue(name);
	}
	await labels.getByLabel('Label of rule 2').fill('At risk');
	await labels.getByLabel('Label of members no rule holds').fill('Everyone else');
	const fmt = (x: number) => x.toLocaleString('en-US');
	const ruleCounts = labels.getByTestId('label-rule-counts');
	await expect(ruleCounts).toHaveText([
		`${fmt(loyal)} → ${fmt(loyal)}`,
		`${fmt(gold)} → ${fmt(goldNotLoyal)}`
	]);
	await expect(labels.getByTestId('label-otherwise-count')).toHaveText(fmt(customers - either));
	await expect(page.getByTestId('summary')).toContainText(
		'labelled in column “priority”: “Loyal big spenders” if in'
	);

	// at risk first: it keeps all its members, loyal loses those it shares
	await labels.getByRole('button', { name: 'Move rule 2 up' }).click();
	await expect(ruleCounts).toHaveText([
		`${fmt(gold)} → ${fmt(gold)}`,
		`${fmt(loyal)} → ${fmt(loyalNotGold)}`
	]);

	// a column the Customer Profile already has is named and blocks nothing else
	await labels.getByLabel('Export column').fill('email');
	await expect(labels.getByTestId('problems').first()).toContainText(
		'The Customer Profile export already has a column “email”'
	);
	await labels.getByLabel('Export column').fill('priority');

	// the labels card has no serious or critical accessibility violation
	expect(await seriousViolations(page)).toEqual([]);

	await page.getByRole('button', { name: 'Show SQL' }).click();
	await expect(page.getByTestId('sql')).toContainText(
		"-- each member's priority, over the run's members"
	);
	await expect(page.getByTestId('sql')).toContainText("THEN 'At risk'");

	await page.getByRole('button', { name: 'Save & activate' }).click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	const id = new URL(page.url()).searchParams.get('id')!;
	await page.goto(`/segment?id=${id}`);
	await expect(page.getByTestId('segment-members')).toHaveText(fmt(customers), {
		timeout: 60_000
	});
	const want = [gold, loyalNotGold, customers - either];
	for (const attempt of [0, 1]) {
		if (attempt) await page.reload();
		const rows = page.getByTestId('label-counts-row');
		await expect(rows.locator('th')).toHaveText(
			['At risk', 'Loyal big spenders', 'Everyone else'],
			{
				timeout: 30_000
			}
		);
		await expect(rows.locator('td:nth-child(2)')).toHaveText(want.map(fmt));
	}

	// the members table shows each member's label last, as the export does
	await expect(page.getByTestId('members-label-column')).toHaveText('priority');
	const shownLabels = await page.getByTestId('members-label').allTextContents();
	expect(shownLabels.length).toBeGreaterThan(0);
	for (const l of shownLabels)
		expect(['At risk', 'Loyal big spenders', 'Everyone else']).toContain(l);

	// why in: a member's label, and the rules whose segments hold them
	const why = page.getByTestId('why');
	await expect(why.getByTestId('why-suggestions')).toBeVisible({ timeout: 30_000 });
	const member = why.getByTestId('why-suggestions').getByRole('button').first();
	const key = (await member.textContent())!.trim();
	await member.click();
	const holds = async (name: string) =>
		(await n(`${list(name)} INTERSECT SELECT '${key.replaceAll("'", "''")}'`)) > 0;
	const held = [await holds('gold_at_risk'), await holds('loyal_big_spenders')];
	const first = held.indexOf(true);
	const label = ['At risk', 'Loyal big spenders'][first] ?? 'Everyone else';
	await expect(why.getByTestId('why-label')).toContainText(
		first < 0
			? `Their priority is “${label}”: no rule's segment holds them.`
			: `Their priority is “${label}”: rule ${first + 1} is the first whose segment holds them`
	);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export members (CSV)' }).click()
	]);
	const lines = readFileSync((await download.path())!, 'utf8')
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/)
		.filter(Boolean);
	expect(lines[0]!.split(',').at(-1)).toBe('priority');
	expect(lines).toHaveLength(customers + 1);
	const tally = new Map<string, number>();
	for (const line of lines.slice(1)) {
		const label = line.split(',').at(-1)!;
		tally.set(label, (tally.get(label) ?? 0) + 1);
	}
	expect([
		tally.get('At risk'),
		tally.get('Loyal big spenders'),
		tally.get('Everyone else')
	]).toEqual(want);
});
