// The command line on real third-party files (tests/fixtures: Northwind and dbt's jaffle_shop),
// each with a model file naming the files its entities were imported from: the CLI finds the files
// by those names, reads them in place, and gives the same members as the browser engine
// (DuckDB-WASM in Node) on the same files — multi-hop paths and aggregates included.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeModelFile } from '../helpers/cli';
import { openTestDb, type TestDb } from '../helpers/duckdb';
import { AS_OF, browserMembers, jaffle, northwind } from '../helpers/fixture-worlds';

let dir: string;
let wasm: TestDb;
beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'segments-cli-fixtures-'));
	wasm = await openTestDb();
});
afterAll(() => {
	wasm?.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('segments run on the Northwind and jaffle_shop fixtures', () => {
	for (const [label, world] of [
		['Northwind', northwind],
		['jaffle_shop', jaffle]
	] as const)
		it(`${label}: files found by their source names, members as in the browser engine`, async () => {
			const model = writeModelFile(join(dir, `${label}.model.json`), world.model, world.segments);
			const out = join(dir, `${label}-out`);
			const r = await runCli([
				'run',
				model,
				'--data',
				world.folder,
				'--as-of',
				AS_OF,
				'--out',
				out,
				'--format',
				'csv',
				'--json'
			]);
			expect(r.code, r.stderr).toBe(0);
			for (const d of world.segments) {
				const key = world.model.profile!.key;
				const text = readFileSync(join(out, `${d.name}.csv`), 'utf8')
					.trim()
					.split('\n');
				const col = text[0]!.split(',').indexOf(key);
				const cli = text
					.slice(1)
					.map((l) => l.split(',')[col]!)
					.sort();
				const browser = browserMembers(wasm, world, d);
				expect(browser.length, `${d.name} has members`).toBeGreaterThan(0);
				const first =
					cli.find((k) => !browser.includes(k)) ?? browser.find((k) => !cli.includes(k));
				expect(first, `${d.name}: first difference`).toBeUndefined();
				expect(cli).toHaveLength(browser.length);
			}
		});
});
