// Export every demo-like segment, wipe the workspace, import the file, and each segment counts the
// same members (real DuckDB-WASM, Dexie on fake-indexeddb). Then the same file onto a workspace
// whose names differ (Purchases / amount), mapped: the same counts on that data.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../helpers/duckdb';
import { demoModel } from '../helpers/demo-model';
import { createSegment } from '../../src/lib/db/segments-store';
import type { SegmentsDatabase } from '../../src/lib/db/schema';
import type { DataModel } from '../../src/lib/segments/data-model';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { buildBundle, serializeBundle } from '../../src/lib/sharing/bundle';
import { readSharedText } from '../../src/lib/sharing/read';
import { fileNeeds, suggestMapping } from '../../src/lib/sharing/needs';
import { emptyMapping, rememberedFrom, type NameMapping } from '../../src/lib/sharing/mapping';
import { applyImport, previewImport } from '../../src/lib/sharing/plan';
import { readyDrafts } from '../../src/lib/runs/ready-drafts';
import { healthLabel, segmentHealth } from '../../src/lib/runs/health';
import {
	RENAME,
	countSql,
	demoDefinitions,
	demoRows,
	freshDb,
	renamedModel,
	tableStatements
} from './sharing-world';

let duck: TestDb;
const model = demoModel();
const renamed = renamedModel();

beforeAll(async () => {
	duck = await openTestDb();
	const rows = demoRows();
	for (const sql of tableStatements(model, rows)) duck.run(sql);
	for (const sql of tableStatements(renamed, rows, RENAME)) duck.run(sql);
});
afterAll(() => duck.close());

const count = (sql: string) => Number(duck.all(sql)[0]?.members);

async function importFile(
	db: SegmentsDatabase,
	text: string,
	on: DataModel,
	adjust: (m: NameMapping) => void = () => {}
) {
	const read = readSharedText(text);
	if (!read.ok) throw new Error(read.problems.map((p) => p.message).join(' '));
	const remembered = rememberedFrom(await db.importMappings.toArray());
	// what the user picks in the preview's pickers
	const chosen = emptyMapping();
	adjust(chosen);
	const mapping = suggestMapping(fileNeeds(read.file), on, remembered, chosen);
	const existing = await db.segments.toArray();
	const preview = previewImport(read.file, on, existing, mapping);
	return { preview, outcomes: await applyImport(db, preview, new Map(), mapping, on) };
}

describe('definitions round trip', () => {
	it('export all, wipe, import: every segment counts the same members', async () => {
		const original = freshDb();
		const counts = new Map<string, number>();
		for (const d of demoDefinitions()) {
			await createSegment(original, d, 'active');
			counts.set(d.name, count(countSql(d, model)));
		}
		// the world is not trivial: each segment has members and not everyone
		for (const n of counts.values()) expect(n).toBeGreaterThan(0);
		for (const n of counts.values()) expect(n).toBeLessThan(40);

		const records = await original.segments.toArray();
		const text = serializeBundle(
			buildBundle(
				records.map((r) => r.definition),
				model,
				new Date('2025-06-15T10:00:00Z')
			)
		);
		expect(text).not.toMatch(/SELECT|FROM\s/);
		expect(text).not.toContain('Customer 1'); // no data rows
		await original.delete();

		const db = freshDb();
		const { preview, outcomes } = await importFile(db, text, model);
		expect(preview.checks.entities.every((e) => e.status === 'found')).toBe(true);
		expect(preview.checks.attributes.every((a) => a.status === 'found')).toBe(true);
		expect(outcomes.map((o) => o.action)).toEqual(Array(5).fill('created'));
		const imported = await db.segments.toArray();
		expect(imported).toHaveLength(counts.size);
		for (const r of imported) {
			expect(r.state).toBe('inactive');
			expect(count(countSql(r.definition, model))).toBe(counts.get(r.name));
		}
		// unchanged definitions, apart from nothing
		const byName = new Map(demoDefinitions().map((d) => [d.name, d]));
		for (const r of imported) expect(r.definition).toEqual(byName.get(r.name));
		await db.delete();
	});

	it('onto data with other names: mapped once, counts equal; the mapping is remembered', async () => {
		const text = serializeBundle(buildBundle(demoDefinitions(), model, new Date()));
		const db = freshDb();
		const { preview, outcomes } = await importFile(db, text, renamed, (m) => {
			m.entities.set('Orders', 'Purchases');
			m.attributes.set('Orders.total_amount', 'amount');
		});
		// the relationship was found by what it joins
		expect(preview.checks.relationships.find((r) => r.name === 'orders_customer')).toMatchObject({
			target: 'purchases_customer',
			status: 'found'
		});
		expect(outcomes.every((o) => o.problems.length === 0)).toBe(true);
		for (const r of await db.segments.toArray()) {
			const theirs = demoDefinitions().find((d) => d.name === r.name)!;
			expect(count(countSql(r.definition, renamed))).toBe(count(countSql(theirs, model)));
			expect(JSON.stringify(r.definition)).not.toContain('"Orders"');
		}
		expect((await db.importMappings.toArray()).map((m) => [m.from, m.to]).sort()).toEqual([
			['attribute:Orders.total_amount', 'Purchases.amount'],
			['entity:Orders', 'Purchases'],
			['relationship:orders_customer', 'purchases_customer']
		]);

		// the next import of the same file needs no mapping: remembered
		const again = readSharedText(text);
		if (!again.ok) throw new Error('unreadable');
		const m2 = suggestMapping(
			fileNeeds(again.file),
			renamed,
			rememberedFrom(await db.importMappings.toArray())
		);
		const p2 = previewImport(again.file, renamed, await db.segments.toArray(), m2);
		expect(p2.checks.entities.every((e) => e.status === 'found')).toBe(true);
		expect(p2.checks.attributes.every((a) => a.status === 'found')).toBe(true);
		// and every segment now conflicts by name: keep both by default, never replace unasked
		expect(p2.segments.every((s) => s.conflict?.kind === 'existing')).toBe(true);
		await db.delete();
	});

	it('a sequence maps both of its sides (entity, attribute, relationship, date), a lifecycle its date: counts equal', async () => {
		const [first] = demoDefinitions();
		const sequence: SegmentDefinition = {
			...first!,
			name: 'order_then_case',
			displayName: 'Order then case, or regular buyers',
			groups: [
				{
					id: 'g1',
					path: { start: 'Customers', steps: [] },
					where: null,
					aggregates: [],
					sequences: [
						{
							id: 's1',
							kind: 'followedBy',
							first: {
								path: {
									start: 'Orders',
									steps: [{ relationship: 'orders_customer', direction: 'forward' }]
								},
								where: {
									kind: 'condition',
									id: 'c1',
									entity: 'Orders',
									attribute: 'total_amount',
									operator: 'greaterThan',
									value: 100
								},
								time: { entity: 'Orders', attribute: 'order_date' }
							},
							then: {
								path: {
									start: 'Cases',
									steps: [{ relationship: 'cases_customer', direction: 'forward' }]
								},
								where: null,
								time: { entity: 'Cases', attribute: 'created_at' }
							},
							withinDays: 60
						}
					]
				},
				{
					id: 'g2',
					operator: 'union',
					path: {
						start: 'Orders',
						steps: [{ relationship: 'orders_customer', direction: 'forward' }]
					},
					where: null,
					aggregates: [],
					lifecycles: [
						{
							id: 'l1',
							kind: 'regularly',
							time: { entity: 'Orders', attribute: 'order_date' },
							atLeast: 2,
							periods: 12,
							unit: 'month'
						}
					]
				}
			]
		};
		const theirs = count(countSql(sequence, model));
		expect(theirs).toBeGreaterThan(0);
		const text = serializeBundle(buildBundle([sequence], model, new Date()));
		const db = freshDb();
		const { outcomes } = await importFile(db, text, renamed, (m) => {
			m.entities.set('Orders', 'Purchases');
			m.attributes.set('Orders.total_amount', 'amount');
		});
		expect(outcomes.map((o) => o.problems)).toEqual([[]]);
		const [stored] = await db.segments.toArray();
		expect(JSON.stringify(stored!.definition)).not.toContain('"Orders"');
		expect(stored!.definition.groups[0]!.sequences![0]!.first.time).toEqual({
			entity: 'Purchases',
			attribute: 'order_date'
		});
		expect(stored!.definition.groups[1]!.lifecycles![0]!.time.entity).toBe('Purchases');
		expect(count(countSql(stored!.definition, renamed))).toBe(theirs);
		await db.delete();
	});

	it('without the mapping, segments arrive as drafts (dynamic) or inactive (static) with reasons', async () => {
		const text = serializeBundle(buildBundle(demoDefinitions(), model, new Date()));
		const db = freshDb();
		const { outcomes } = await importFile(db, text, renamed);
		const byName = new Map(outcomes.map((o) => [o.name, o]));
		expect(byName.get('big_spenders')).toMatchObject({ state: 'draft' });
		expect(byName.get('big_spenders')!.problems[0]!.message).toMatch(/Orders/);
		expect(byName.get('pricing_visitors')).toMatchObject({ state: 'inactive', problems: [] });
		expect(byName.get('gold_subscribers')).toMatchObject({ state: 'inactive', problems: [] });
		// on a model where it is valid, the imported draft is not made active by itself
		const stored = await db.segments.toArray();
		expect(readyDrafts(stored, model)).toEqual([]);
		const big = stored.find((s) => s.name === 'big_spenders')!;
		expect(healthLabel(segmentHealth(big, renamed))).toBe('draft');
		expect(healthLabel(segmentHealth(big, model))).toBe('inactive');
		await db.delete();
	});

	it('the same file imported three times keeping both: each copy has a display name of its own', async () => {
		const text = serializeBundle(buildBundle(demoDefinitions().slice(0, 1), model, new Date()));
		const db = freshDb();
		for (let i = 0; i < 3; i++) await importFile(db, text, model);
		const shown = (await db.segments.toArray()).map((s) => s.definition.displayName).sort();
		const first = demoDefinitions()[0]!.displayName;
		expect(shown).toEqual([first, `${first} (imported 2)`, `${first} (imported)`].sort());
		await db.delete();
	});
});
