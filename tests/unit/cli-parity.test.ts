// Parity: every example segment gives the same members through the command line (native DuckDB
// reading the demo world as CSV and as Parquet files, in a child process) as through the browser
// engine's path (the app's EngineCore on DuckDB-WASM in Node, the demo world loaded as the app's
// "Try with demo data" loads it). A failure names the segment and its first differing member.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_SEGMENTS } from '../../src/lib/features/data/example-segments';
import { loadDemoWorld } from '../../src/lib/engine/worker/demo';
import { compileSegment } from '../../src/lib/segments/compile';
import { effectiveClock } from '../../src/lib/segments/dates';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { parseDefinition } from '../../src/lib/segments/parse';
import { splitPartSql } from '../../src/lib/segments/split';
import { runCli, writeDemoFiles, writeModelFile } from '../helpers/cli';
import { openNodeEngine } from '../helpers/node-engine';

const CUSTOMERS = 2000;
const TODAY = '2026-11-28';
const definitions: SegmentDefinition[] = EXAMPLE_SEGMENTS.map((raw) => {
	const r = parseDefinition(raw);
	if (!r.ok) throw new Error(JSON.stringify(r.problems));
	return r.definition;
});

let dir: string;
const browser = new Map<string, string[]>();
/** For split segments: "key=part" per member, from the browser engine's path. */
const browserParts = new Map<string, string[]>();

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'segments-cli-parity-'));
	const core = await openNodeEngine();
	const loaded = await loadDemoWorld(core, { customers: CUSTOMERS, today: TODAY }, () => {});
	const files = await writeDemoFiles(dir, CUSTOMERS, TODAY, 'csv');
	await writeDemoFiles(dir, CUSTOMERS, TODAY, 'parquet');
	writeModelFile(join(dir, 'model.json'), files.model, definitions);
	// the same tables, so the same SQL, as the CLI's model
	expect(loaded.entities.map((e) => e.table).sort()).toEqual(
		files.model.entities.map((e) => e.table).sort()
	);
	for (const d of definitions) {
		const compiled = compileSegment(
			d,
			files.model,
			effectiveClock({ asOf: TODAY }, { today: TODAY, now: `${TODAY}T00:00:00` })
		);
		if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
		const result = await core.query(
			`SELECT DISTINCT CAST(member_key AS VARCHAR) AS k FROM (\n${compiled.sql.members}\n) AS m ORDER BY k`
		);
		browser.set(
			d.name,
			result.rows.map((r) => String(r.k))
		);
		if (d.split) {
			const parts = await core.query(
				`SELECT k, ${splitPartSql(d.split, 'k')} AS part FROM (SELECT DISTINCT CAST(member_key AS VARCHAR) AS k FROM (\n${compiled.sql.members}\n) AS m) ORDER BY k`
			);
			browserParts.set(
				d.name,
				parts.rows.map((r) => `${String(r.k)}=${String(r.part)}`)
			);
		}
	}
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One column of text read by native DuckDB from a members file the CLI wrote, sorted by key. */
async function readMembersFile(
	path: string,
	format: 'csv' | 'parquet',
	select: string
): Promise<string[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const reader =
			format === 'csv' ? `read_csv('${path}', header = true)` : `read_parquet('${path}')`;
		const r = await conn.runAndReadAll(
			`SELECT DISTINCT ${select} AS v, CAST(id AS VARCHAR) AS k FROM ${reader} ORDER BY k`
		);
		return r.getRowObjectsJS().map((row) => String(row.v));
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

/** The member keys in a members file (the Customer Profile's key is "id"). */
const keysIn = (path: string, format: 'csv' | 'parquet') =>
	readMembersFile(path, format, 'CAST(id AS VARCHAR)');

/** "key=part" per member of a split segment's file (its split_part column). */
const partsIn = (path: string, format: 'csv' | 'parquet') =>
	readMembersFile(path, format, `CAST(id AS VARCHAR) || '=' || split_part`);

function firstDifference(name: string, cli: string[], wasm: string[]): string | null {
	const a = new Set(cli);
	const b = new Set(wasm);
	const onlyCli = cli.find((k) => !b.has(k));
	const onlyWasm = wasm.find((k) => !a.has(k));
	if (onlyCli === undefined && onlyWasm === undefined) return null;
	return onlyCli !== undefined
		? `${name}: member ${onlyCli} is in the CLI's result but not the browser engine's (CLI ${cli.length}, browser ${wasm.length})`
		: `${name}: member ${onlyWasm} is in the browser engine's result but not the CLI's (CLI ${cli.length}, browser ${wasm.length})`;
}

describe('segments run: parity with the browser engine on the demo world', () => {
	it('the example segments are worth comparing (most have members, one is split)', () => {
		const nonEmpty = definitions.filter((d) => (browser.get(d.name)?.length ?? 0) > 0);
		expect(nonEmpty.length).toBeGreaterThanOrEqual(definitions.length - 1);
		expect(browserParts.get('lapsed_high_spenders')?.length).toBeGreaterThan(0);
	});

	for (const format of ['csv', 'parquet'] as const)
		it(`every example segment has the same members from ${format} files`, async () => {
			const out = join(dir, `out-${format}`);
			const r = await runCli([
				'run',
				join(dir, 'model.json'),
				'--data',
				join(dir, format),
				'--as-of',
				TODAY,
				'--out',
				out,
				'--format',
				format,
				'--json'
			]);
			expect(r.code, r.stderr).toBe(0);
			const report = JSON.parse(r.stdout) as { segments: { name: string; members: number }[] };
			const problems: string[] = [];
			for (const d of definitions) {
				const wasm = browser.get(d.name)!;
				const cli = await keysIn(join(out, `${d.name}.${format}`), format);
				const diff = firstDifference(d.name, cli, wasm);
				if (diff) problems.push(diff);
				if (d.split) {
					const cliParts = await partsIn(join(out, `${d.name}.${format}`), format);
					if (JSON.stringify(cliParts) !== JSON.stringify(browserParts.get(d.name)))
						problems.push(
							`${d.name}: the split_part column differs from the browser engine's parts`
						);
				}
				const counted = report.segments.find((s) => s.name === d.name)?.members;
				if (counted !== wasm.length)
					problems.push(`${d.name}: the CLI counted ${counted}, the browser engine ${wasm.length}`);
			}
			expect(problems).toEqual([]);
		});
});
