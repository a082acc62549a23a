// Segments in segments on the command line: a file whose first segment uses two others (one live,
// one as of its last run) runs them in dependency order, and its members are exactly the live one's
// minus the other's members of this same run; `check` names a referred segment the file lacks.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_SEGMENTS } from '../../src/lib/features/data/example-segments';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { parseDefinition } from '../../src/lib/segments/parse';
import { runCli, writeDemoFiles, writeModelFile } from '../helpers/cli';

const TODAY = '2026-11-28';
const example = (name: string): SegmentDefinition => {
	const r = parseDefinition(EXAMPLE_SEGMENTS.find((e) => (e as { name: string }).name === name));
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r.definition;
};
const composed = (missing = false): SegmentDefinition => ({
	...example('gold_at_risk'),
	name: 'gold_at_risk_not_gold_tier',
	displayName: 'Platinum at risk',
	groups: [
		{
			id: 'g0',
			path: { start: 'Customers', steps: [] },
			where: null,
			aggregates: [],
			memberships: [
				{ id: 'm0', operator: 'inSegment', segment: 'gold_at_risk', source: 'live' },
				{
					id: 'm1',
					operator: 'notInSegment',
					segment: missing ? 'not_in_file' : 'gold_tier',
					source: 'lastRun'
				}
			]
		}
	]
});

/** Customers whose loyalty tier is gold (gold at risk has gold and platinum ones). */
const goldTier = (): SegmentDefinition => ({
	...example('gold_at_risk'),
	name: 'gold_tier',
	displayName: 'Gold tier',
	groups: [
		{
			id: 'g0',
			path: { start: 'Customers', steps: [] },
			where: {
				kind: 'condition',
				id: 'c0',
				entity: 'Customers',
				attribute: 'loyalty_tier',
				operator: 'equals',
				value: 'gold'
			} as SegmentDefinition['groups'][number]['where'],
			aggregates: []
		}
	]
});

/** Gold at risk, each member labelled "Gold" when in gold tier (as of its last run), else "Other". */
const labelled = (): SegmentDefinition => ({
	...example('gold_at_risk'),
	name: 'at_risk_by_tier',
	displayName: 'At risk by tier',
	labels: {
		column: 'tier_label',
		rules: [{ id: 'r0', label: 'Gold', segment: 'gold_tier', source: 'lastRun' }],
		otherwise: 'Other'
	}
});

let dir: string;
let data: string;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'segments-cli-memberships-'));
	const files = await writeDemoFiles(dir, 400, TODAY, 'csv');
	data = files.data;
	// the segment that uses the others comes first in the file
	writeModelFile(join(dir, 'model.json'), files.model, [
		composed(),
		goldTier(),
		example('gold_at_risk')
	]);
	writeModelFile(join(dir, 'missing.json'), files.model, [composed(true), example('gold_at_risk')]);
	writeModelFile(join(dir, 'labelled.json'), files.model, [labelled(), goldTier()]);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function keysIn(path: string, column = ''): Promise<string[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const r = await conn.runAndReadAll(
			`SELECT DISTINCT CAST(id AS VARCHAR)${column ? ` || '=' || ${column}` : ''} AS k FROM read_csv('${path}', header = true) ORDER BY k`
		);
		return r.getRowObjectsJS().map((row) => String(row.k));
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

describe('segments in segments on the command line', () => {
	it(
		'runs the referred segments first and uses their members of this run',
		{ timeout: 120_000 },
		async () => {
			const out = join(dir, 'out');
			const r = await runCli([
				'run',
				join(dir, 'model.json'),
				'--data',
				data,
				'--as-of',
				TODAY,
				'--out',
				out,
				'--format',
				'csv',
				'--json'
			]);
			expect(r.code, r.stderr).toBe(0);
			const report = JSON.parse(r.stdout) as { segments: { name: string; members: number }[] };
			// the file lists them by name: the one using the others would come second
			expect(report.segments.map((s) => s.name).sort()).toEqual([
				'gold_at_risk',
				'gold_at_risk_not_gold_tier',
				'gold_tier'
			]);
			expect(report.segments.at(-1)?.name).toBe('gold_at_risk_not_gold_tier');
			const gold = await keysIn(join(out, 'gold_at_risk.csv'));
			const tierKeys = new Set(await keysIn(join(out, 'gold_tier.csv')));
			const got = await keysIn(join(out, 'gold_at_risk_not_gold_tier.csv'));
			const want = gold.filter((k) => !tierKeys.has(k));
			expect(got).toEqual(want);
			// both parts matter: some at risk are gold, some platinum
			expect(want.length).toBeGreaterThan(0);
			expect(want.length).toBeLessThan(gold.length);
		}
	);

	it('check names a referred segment that is not in the file (exit 1)', async () => {
		const r = await runCli(['check', join(dir, 'missing.json')]);
		expect(r.code, r.stderr).toBe(1);
		expect(r.stdout).toContain(
			'gold_at_risk_not_gold_tier: 1 problem\n  - group 1, segment condition 2: There is no segment called “not_in_file”'
		);
		expect(r.stdout).toContain('gold_at_risk: ok');
	});

	it(
		'writes the labels column: the first rule whose segment (of this run) holds the member',
		{ timeout: 120_000 },
		async () => {
			const out = join(dir, 'out-labelled');
			const r = await runCli([
				'run',
				join(dir, 'labelled.json'),
				'--data',
				data,
				'--as-of',
				TODAY,
				'--out',
				out,
				'--format',
				'csv'
			]);
			expect(r.code, r.stderr).toBe(0);
			const members = await keysIn(join(out, 'at_risk_by_tier.csv'));
			const tier = new Set(await keysIn(join(out, 'gold_tier.csv')));
			const got = await keysIn(join(out, 'at_risk_by_tier.csv'), 'tier_label');
			expect([...got].sort()).toEqual(
				members.map((k) => `${k}=${tier.has(k) ? 'Gold' : 'Other'}`).sort()
			);
			expect(got.some((k) => k.endsWith('=Gold'))).toBe(true);
			expect(got.some((k) => k.endsWith('=Other'))).toBe(true);
		}
	);
});
