// Overlap numbers on the demo world, on the real DuckDB-WASM engine, against hand-written set
// queries (INTERSECT, UNION, EXCEPT) over the compiled segments — live and from kept run members.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb, type DemoDb } from '../../../tests/helpers/demo-db';
import { keepExampleMembers } from '../../../tests/helpers/kept-members';
import { quoteString } from '$lib/sql/quote';
import {
	OVERLAP_MAX,
	overlapCsv,
	overlapSql,
	readOverlap,
	shareOfRow,
	type MemberSource
} from './overlap';

let demo: DemoDb;
let members: string[] = [];
beforeAll(async () => {
	demo = await openDemoDb(5000);
	// as many example segments as an overlap takes
	members = keepExampleMembers(demo, OVERLAP_MAX);
}, 120_000);
afterAll(() => demo?.db.close());

const count = (sql: string) => Number(demo.db.all(`SELECT count(*) AS n FROM (${sql})`)[0]?.n);
const keys = (i: number) => `SELECT CAST(member_key AS VARCHAR) AS k FROM (${members[i]})`;

describe('overlap', () => {
	for (const kind of ['live', 'run', 'mixed'] as const)
		it(`equals hand-written set queries for eight example segments (${kind})`, () => {
			const n = members.length;
			// mixed: every other segment from its kept run, the rest live
			const sources: MemberSource[] = members.map((sql, i) =>
				kind === 'live' || (kind === 'mixed' && i % 2 === 1)
					? { kind: 'live', membersSql: sql }
					: { kind: 'run', segmentId: `seg${i}` }
			);
			const o = readOverlap(n, demo.db.all(overlapSql(sources)));
			for (let i = 0; i < n; i++) {
				expect(o.sizes[i]).toBe(count(keys(i)));
				for (let j = 0; j < n; j++)
					expect(o.pairs[i]![j], `${i}×${j}`).toBe(count(`${keys(i)} INTERSECT ${keys(j)}`));
				const others = members
					.map((_, j) => j)
					.filter((j) => j !== i)
					.map(keys)
					.join(' UNION ');
				expect(o.unique[i]).toBe(count(`${keys(i)} EXCEPT (${others})`));
			}
			expect(o.union).toBe(count(members.map((_, i) => keys(i)).join(' UNION ')));
			expect(o.combinations.reduce((t, c) => t + c.customers, 0)).toBe(o.union);
			// the demo's segments overlap: otherwise this test would prove little
			expect(o.pairs.some((r, i) => r.some((c, j) => i !== j && c > 0))).toBe(true);
		});

	it('counts a segment picked twice (kept and live) in every place it was picked', () => {
		const sources: MemberSource[] = [
			{ kind: 'run', segmentId: 'seg2' },
			{ kind: 'run', segmentId: 'seg2' },
			{ kind: 'live', membersSql: members[2]! },
			{ kind: 'run', segmentId: 'seg5' }
		];
		const o = readOverlap(4, demo.db.all(overlapSql(sources)));
		const size = count(keys(2));
		expect(size).toBeGreaterThan(0);
		expect(o.sizes.slice(0, 3)).toEqual([size, size, size]);
		expect(o.pairs[0]![1]).toBe(size);
		expect(o.pairs[1]![2]).toBe(size);
		expect(o.pairs[0]![3]).toBe(count(`${keys(2)} INTERSECT ${keys(5)}`));
		expect(o.unique.slice(0, 3)).toEqual([0, 0, 0]);
		expect(o.union).toBe(count(`${keys(2)} UNION ${keys(5)}`));
	});

	it('exports the matrix as spreadsheet-safe CSV', () => {
		const o = readOverlap(
			2,
			demo.db.all(
				overlapSql([
					{ kind: 'run', segmentId: 'seg3' },
					{ kind: 'run', segmentId: 'seg4' }
				])
			)
		);
		const csv = overlapCsv(o, ['=Loyal, "big"', 'Gold']);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(
			`segment,members,"'=Loyal, ""big"": in both","'=Loyal, ""big"": share of row",Gold: in both,Gold: share of row,only in this segment`
		);
		const both = count(`${keys(3)} INTERSECT ${keys(4)}`);
		expect(lines[1]).toBe(
			`"'=Loyal, ""big""",${o.sizes[0]},${o.sizes[0]},1.0000,${both},${(both / o.sizes[0]!).toFixed(4)},${o.unique[0]}`
		);
		expect(shareOfRow(o, 1, 0)).toBeCloseTo(both / o.sizes[1]!, 10);
		expect(lines[3]).toBe(`all (union),${o.union}`);
	});

	it('refuses fewer than two or more than eight segments', () => {
		const one: MemberSource = { kind: 'run', segmentId: quoteString('x') };
		expect(() => overlapSql([one])).toThrow('Pick 2 to 8 segments.');
		expect(() => overlapSql(Array(9).fill(one))).toThrow('Pick 2 to 8 segments.');
	});
});
