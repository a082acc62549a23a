// Splits on the real engine: the SQL assignment equals the documented hash computed independently
// (Node's md5), parts keep their customers as others enter and leave, the shares come out near
// their percentages, hostile seeds and part names stay values, and validation names each problem.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { DEFINITION_VERSION, type Split } from './definition';
import { parseDefinition } from './parse';
import {
	describeSplit,
	partCountsSql,
	splitBucketSql,
	splitPartSql,
	splitProblems,
	SPLIT_BUCKETS
} from './split';
import { summarizeSegment } from './summary';
import { definition } from '../../../tests/helpers/segment-fixture';
import { readFileSync } from 'node:fs';
import type { SegmentDefinition } from './definition';
import { demoModel } from '../../../tests/helpers/demo-model';

/** The documented assignment, written from the docs without the app's code. */
function referencePart(split: Split, key: string): string | null {
	const hex = createHash('md5').update(`${split.seed}:${key}`, 'utf8').digest('hex');
	const bucket = parseInt(hex.slice(0, 8), 16) % 10_000;
	let upTo = 0;
	for (const p of split.parts) {
		upTo += Math.round(p.percent * 100);
		if (bucket < upTo) return p.name;
	}
	return null;
}

const ab: Split = {
	seed: 'spring-2026',
	parts: [
		{ name: 'A', percent: 45 },
		{ name: 'B', percent: 45 },
		{ name: 'holdout', percent: 10 }
	]
};

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	db.run(
		`CREATE TABLE keys AS SELECT CAST(i AS VARCHAR) AS k FROM range(20000) t(i) UNION ALL SELECT * FROM (VALUES ('C-ü-1'), ('a''b'), (''), ('  spaced  ')) v(k)`
	);
});
afterAll(() => db?.close());

const assign = (split: Split, table = 'keys') =>
	new Map(
		db
			.all(`SELECT k, ${splitPartSql(split, 'k')} AS part FROM ${table}`)
			.map((r) => [String(r.k), r.part as string | null])
	);

describe('split assignment', () => {
	it('equals the documented hash for every key, including non-ASCII, quotes and empty keys', () => {
		const parts = assign(ab);
		let mismatches = 0;
		for (const [k, part] of parts) if (part !== referencePart(ab, k)) mismatches++;
		expect(parts.size).toBe(20_004);
		expect(mismatches).toBe(0);
	});

	it('gives the worked example of the docs: seed s, key 1 → bucket 5261 → the second part', () => {
		const docs: Split = { seed: 's', parts: ab.parts };
		const [row] = db.all(
			`SELECT ${splitBucketSql('s', "'1'")} AS bucket, ${splitPartSql(docs, "'1'")} AS part`
		);
		expect(Number(row?.bucket)).toBe(5261);
		expect(row?.part).toBe('B');
	});

	it('gives every key a part, near the chosen shares', () => {
		const counts = new Map<string, number>();
		for (const part of assign(ab).values())
			counts.set(String(part), (counts.get(String(part)) ?? 0) + 1);
		expect([...counts.keys()].sort()).toEqual(['A', 'B', 'holdout']);
		// 20,004 keys: each share within 1.5 points of its percentage
		expect(Math.abs((counts.get('A') ?? 0) / 20_004 - 0.45)).toBeLessThan(0.015);
		expect(Math.abs((counts.get('holdout') ?? 0) / 20_004 - 0.1)).toBeLessThan(0.015);
	});

	it('keeps a customer in their part when others enter and leave', () => {
		const before = assign(ab);
		db.run(
			`CREATE TABLE keys_later AS SELECT k FROM keys WHERE k NOT LIKE '1%' UNION ALL SELECT 'new-' || i FROM range(5000) t(i)`
		);
		const after = assign(ab, 'keys_later');
		let moved = 0;
		for (const [k, part] of after) if (before.has(k) && before.get(k) !== part) moved++;
		expect(moved).toBe(0);
	});

	it('another seed gives another assignment; the same seed the same one', () => {
		const other = assign({ ...ab, seed: 'autumn-2026' });
		const same = assign({ ...ab });
		const base = assign(ab);
		let differs = 0;
		for (const [k, part] of other) if (base.get(k) !== part) differs++;
		expect(differs).toBeGreaterThan(5000);
		expect([...same]).toEqual([...base]);
	});

	it('handles shares with two decimals (three thirds)', () => {
		const thirds: Split = {
			seed: 's',
			parts: [
				{ name: 'x', percent: 33.33 },
				{ name: 'y', percent: 33.33 },
				{ name: 'z', percent: 33.34 }
			]
		};
		expect(splitProblems(thirds)).toEqual([]);
		const parts = assign(thirds);
		for (const [k, part] of parts) expect(part).toBe(referencePart(thirds, k));
	});

	it('keeps a hostile seed and part names as values', () => {
		const hostile: Split = {
			seed: "x'); DROP TABLE keys; --",
			parts: [
				{ name: 'O\'Brien "part"', percent: 50 },
				{ name: '--; SELECT 1', percent: 50 }
			]
		};
		const parts = assign(hostile);
		for (const [k, part] of [...parts].slice(0, 500)) expect(part).toBe(referencePart(hostile, k));
		expect(db.all('SELECT count(*)::INTEGER AS n FROM keys')[0]?.n).toBe(20_004);
	});
});

describe('part counts of a run', () => {
	it('count each part of the kept members, in the split order, adding up to the members', () => {
		db.run('CREATE SCHEMA IF NOT EXISTS main');
		db.run(
			`CREATE TABLE main.segment_members AS SELECT 'seg-1' AS segment_id, k AS member_key FROM keys UNION ALL SELECT 'seg-2', 'other'`
		);
		const rows = db.all(
			partCountsSql(`SELECT member_key FROM main.segment_members WHERE segment_id = 'seg-1'`, ab)
		);
		expect(rows.map((r) => r.part)).toEqual(['A', 'B', 'holdout']);
		const expected = new Map<string, number>();
		for (const k of assign(ab).keys()) {
			const p = referencePart(ab, k) as string;
			expected.set(p, (expected.get(p) ?? 0) + 1);
		}
		for (const r of rows) expect(r.members).toBe(expected.get(String(r.part)));
		expect(rows.reduce((s, r) => s + Number(r.members), 0)).toBe(20_004);
	});
});

describe('split validation and words', () => {
	it('names each problem', () => {
		const codes = (s: Split) => splitProblems(s).map((p) => p.code);
		expect(codes({ seed: 's', parts: [{ name: 'A', percent: 100 }] })).toEqual(['splitParts']);
		expect(
			codes({
				seed: 's',
				parts: [
					{ name: 'A', percent: 50 },
					{ name: 'A', percent: 50 }
				]
			})
		).toEqual(['splitName']);
		expect(
			codes({
				seed: 's',
				parts: [
					{ name: 'A', percent: 50 },
					{ name: '', percent: 50 }
				]
			})
		).toEqual(['splitName']);
		expect(
			codes({
				seed: 's',
				parts: [
					{ name: 'A', percent: 50.005 },
					{ name: 'B', percent: 49.995 }
				]
			})
		).toEqual(['splitPercent', 'splitPercent']);
		const total = splitProblems({
			seed: 's',
			parts: [
				{ name: 'A', percent: 45 },
				{ name: 'B', percent: 45 }
			]
		});
		expect(total.map((p) => p.message)).toEqual([
			'The parts of the split add up to 90 %; they must add up to 100 %.'
		]);
		expect(SPLIT_BUCKETS).toBe(10_000);
	});

	it('is said in the summary', () => {
		const seed = JSON.parse(
			readFileSync('src/lib/demo/examples/seed-example.json', 'utf8')
		) as SegmentDefinition;
		expect(describeSplit(ab)).toBe(
			'split into A (45 %), B (45 %) and holdout (10 %) (seed “spring-2026”)'
		);
		expect(summarizeSegment({ ...seed, split: ab }, demoModel())).toBe(
			`${summarizeSegment(seed, demoModel())}; split into A (45 %), B (45 %) and holdout (10 %) (seed “spring-2026”)`
		);
	});

	it('reads a version 2 file as the current version without a split, and a version 3 file with one', () => {
		const v2 = { ...definition([]), version: 2 };
		const r2 = parseDefinition(v2);
		expect(r2.ok && r2.definition.version).toBe(DEFINITION_VERSION);
		expect(r2.ok && r2.definition.split).toBeUndefined();
		const r3 = parseDefinition({ ...definition([]), version: 3, split: ab });
		expect(r3.ok && r3.definition.split).toEqual(ab);
		expect(r3.ok && r3.definition.version).toBe(DEFINITION_VERSION);
		const bad = parseDefinition({
			...definition([]),
			split: { seed: 's', parts: [{ name: 'A' }] }
		});
		expect(bad.ok).toBe(false);
	});
});
