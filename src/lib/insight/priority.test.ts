// Priority lists on the demo world, on DuckDB-WASM: each segment's assigned customers equal a
// hand-written "in it and in none before it" query, in every order tried; the parts add up to the
// union; the export holds every customer of the union once, tagged with the segment they go to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb, type DemoDb } from '../../../tests/helpers/demo-db';
import { keepExampleMembers } from '../../../tests/helpers/kept-members';
import { overlapSql, readOverlap, type MemberSource } from './overlap';
import {
	ASSIGNED_COLUMN,
	moved,
	priorityDefinition,
	priorityExportSql,
	priorityRows
} from './priority';
import { compileLabels, compileSegment } from '../segments/compile';
import { emptyDefinition } from '../segments/definition';
import { lookupOf } from '../segments/dependencies';
import { validateSegment } from '../segments/validate';

let demo: DemoDb;
let members: string[] = [];
const N = 4;
beforeAll(async () => {
	demo = await openDemoDb(4000);
	members = keepExampleMembers(demo, N);
}, 120_000);
afterAll(() => demo?.db.close());

const count = (sql: string) => Number(demo.db.all(`SELECT count(*) AS n FROM (${sql})`)[0]?.n);
const keys = (i: number) => `SELECT CAST(member_key AS VARCHAR) AS k FROM (${members[i]})`;
const names = ['First', 'Second', 'Third', 'Fourth'];

describe('priority lists', () => {
	const sources = (): MemberSource[] =>
		members.map((sql, i) =>
			i % 2 === 0 ? { kind: 'run', segmentId: `seg${i}` } : { kind: 'live', membersSql: sql }
		);

	it('assigns each customer to the first segment that holds them, in every order tried', () => {
		const o = readOverlap(N, demo.db.all(overlapSql(sources())));
		expect(o.union).toBeGreaterThan(0);
		let order = [0, 1, 2, 3];
		const orders = [order];
		for (const [position, by] of [
			[0, 1],
			[2, 1],
			[3, -1],
			[1, -1]
		] as const)
			orders.push((order = moved(order, position, by)));
		for (const ord of orders) {
			const rows = priorityRows(o, ord);
			expect(rows.map((r) => r.index)).toEqual(ord);
			rows.forEach((r, position) => {
				const before = ord.slice(0, position).map((i) => ` EXCEPT ${keys(i)}`);
				expect(r.assigned, `${ord} #${position}`).toBe(count(`${keys(r.index)}${before.join('')}`));
				expect(r.members).toBe(count(keys(r.index)));
				expect(r.earlier).toBe(r.members - r.assigned);
			});
			expect(rows.reduce((t, r) => t + r.assigned, 0)).toBe(o.union);
		}
		// nothing moves past the ends
		expect(moved([0, 1], 0, -1)).toEqual([0, 1]);
		expect(moved([0, 1], 1, 1)).toEqual([0, 1]);
	});

	it('exports every customer of the union once, tagged with the segment they go to', () => {
		const order = [2, 0, 3, 1];
		const o = readOverlap(N, demo.db.all(overlapSql(sources())));
		const sql = priorityExportSql(sources(), names, order, demo.model)!;
		const rows = demo.db.all(sql);
		expect(rows).toHaveLength(o.union);
		expect(new Set(rows.map((r) => String(r.id))).size).toBe(o.union);
		const tally = new Map<string, number>();
		for (const r of rows) {
			const name = String(r[ASSIGNED_COLUMN]);
			tally.set(name, (tally.get(name) ?? 0) + 1);
		}
		for (const row of priorityRows(o, order))
			expect(tally.get(names[row.index]!) ?? 0, names[row.index]).toBe(row.assigned);
		// the profile's columns come first, as in a members export
		expect(Object.keys(rows[0]!).at(-1)).toBe(ASSIGNED_COLUMN);
		expect(Object.keys(rows[0]!)).toContain('email');
	});

	it('as a segment of its own, assigns every customer of the union as the export does', () => {
		const order = [2, 0, 3, 1];
		// all four as of their last runs (the kept members seg0 … seg3)
		const runs: MemberSource[] = members.map((_m, i) => ({ kind: 'run', segmentId: `seg${i}` }));
		const exported = new Map(
			demo.db
				.all(
					priorityExportSql(
						runs,
						members.map((_m, i) => `s${i}`),
						order,
						demo.model
					)!
				)
				.map((r) => [String(r.id), String(r[ASSIGNED_COLUMN])])
		);
		const saved = members.map((_m, i) => ({ ...emptyDefinition(`s${i}`), displayName: names[i]! }));
		const lookup = lookupOf(saved, (name) =>
			/^s\d$/.test(name)
				? `SELECT member_key FROM main.segment_members WHERE segment_id = 'seg${name.slice(1)}'`
				: null
		);
		const def = priorityDefinition(
			order.map((i) => ({ name: `s${i}`, displayName: names[i]! })),
			demo.model.profile!.entity,
			'winter',
			'Winter'
		);
		expect(validateSegment(def, demo.model, { segments: lookup })).toEqual([]);
		const compiled = compileSegment(def, demo.model, demo.clock, { segments: lookup });
		if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
		const labels = compileLabels(def, demo.model, demo.clock, `(\n${compiled.sql.members}\n)`, {
			segments: lookup
		});
		if (!labels?.ok) throw new Error(JSON.stringify(labels));
		const got = new Map(
			demo.db.all(labels.sql).map((r) => [String(r.member_key), String(r.label)])
		);
		expect(got.size).toBeGreaterThan(0);
		expect(got).toEqual(exported);
		expect(def.labels?.column).toBe(ASSIGNED_COLUMN);
	});
});
