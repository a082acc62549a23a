// PostgreSQL as a second engine: the same definitions give the same members in PostgreSQL 15 (a
// throw-away server, tests/helpers/postgres.ts) as through the browser engine's path (DuckDB-WASM
// in Node). The demo world and the Northwind and jaffle_shop fixtures are loaded with
// `segments load` and evaluated with `segments run --engine postgres`; the differential test's
// generated definitions (a fixed seed) are compiled with both dialects and run on both engines. A
// failure names the definition and the first differing member.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoWorld } from '../../src/lib/engine/worker/demo';
import { compileSegment } from '../../src/lib/segments/compile';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { postgresDialect } from '../../src/lib/segments/dialect';
import { splitPartSql } from '../../src/lib/segments/split';
import { openPostgres, type PgDb } from '../../src/cli/postgres';
import { runCli, runCliHere, writeDemoFiles, writeModelFile } from '../helpers/cli';
import { openTestDb, type TestDb } from '../helpers/duckdb';
import { AS_OF, browserMembers, jaffle, northwind } from '../helpers/fixture-worlds';
import { openNodeEngine } from '../helpers/node-engine';
import { postgresUnavailable, startTestPostgres, type TestPostgres } from '../helpers/postgres';
import { createPgTable } from '../helpers/postgres-tables';
import { createTable, dropTable, memberSet, sorted } from '../helpers/segment-db';
import {
	DEMO_CLOCK,
	DEMO_TODAY,
	exampleDefinitions,
	generatedScenarios
} from '../helpers/sql-corpus';

const CUSTOMERS = 1000;
const SEED = 20250315;
const GENERATED = 60;

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`Skipping the PostgreSQL tests: ${unavailable}.`);

/** A definition with sequence or lifecycle conditions. */
const usesSequences = (d: SegmentDefinition) =>
	d.groups.some((g) => (g.sequences?.length ?? 0) > 0 || (g.lifecycles?.length ?? 0) > 0);

/** The first member in one list and not the other, named, or null when the sets are equal. */
function firstDifference(name: string, pg: string[], duck: string[]): string | null {
	const a = new Set(pg);
	const b = new Set(duck);
	const onlyPg = pg.find((k) => !b.has(k));
	const onlyDuck = duck.find((k) => !a.has(k));
	if (onlyPg === undefined && onlyDuck === undefined) return null;
	return onlyPg !== undefined
		? `${name}: member ${onlyPg} is in PostgreSQL's result but not DuckDB's (PostgreSQL ${pg.length}, DuckDB ${duck.length})`
		: `${name}: member ${onlyDuck} is in DuckDB's result but not PostgreSQL's (PostgreSQL ${pg.length}, DuckDB ${duck.length})`;
}

/** A database of its own on the server, and its URL. */
async function database(admin: PgDb, url: string, name: string): Promise<string> {
	await admin.run(`DROP DATABASE IF EXISTS ${name}`);
	await admin.run(`CREATE DATABASE ${name}`);
	const u = new URL(url);
	u.pathname = `/${name}`;
	return u.toString();
}

/** One text expression per row of a members CSV the CLI wrote, read by native DuckDB. */
async function csvColumn(path: string, select: string): Promise<string[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const r = await conn.runAndReadAll(
			`SELECT ${select} AS v FROM read_csv('${path}', header = true, all_varchar = true)`
		);
		return r.getRowObjectsJS().map((row) => String(row.v));
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

describe.skipIf(unavailable !== null)('PostgreSQL parity with the browser engine', () => {
	let server: TestPostgres;
	let admin: PgDb;
	let dir: string;
	/** The browser engine's DuckDB-WASM for the generated worlds and the fixtures (one instance:
	 * instantiating it is the slowest step here). */
	let wasm: TestDb;

	beforeAll(async () => {
		server = await startTestPostgres();
		admin = await openPostgres(server.url);
		dir = mkdtempSync(join(tmpdir(), 'segments-pg-'));
		wasm = await openTestDb();
	}, 120_000);
	afterAll(async () => {
		wasm?.close();
		await admin?.close();
		server?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('every example segment: loaded with segments load, run with --engine postgres, same members and split parts', async () => {
		// every one, those with sequence and lifecycle conditions included
		const definitions = exampleDefinitions();
		expect(definitions.some(usesSequences)).toBe(true);
		const core = await openNodeEngine();
		await loadDemoWorld(core, { customers: CUSTOMERS, today: DEMO_TODAY }, () => {});
		const files = await writeDemoFiles(dir, CUSTOMERS, DEMO_TODAY, 'csv');
		const model = writeModelFile(join(dir, 'model.json'), files.model, definitions);
		const url = await database(admin, server.url, 'demo');
		const load = await runCliHere([
			'load',
			'--engine',
			'postgres',
			'--url',
			url,
			'--model',
			model,
			'--data',
			files.data
		]);
		expect(load.code, load.stderr).toBe(0);
		expect(load.stdout).toMatch(/Customers\s+demo_customers\s+1,000/);

		const out = join(dir, 'demo-out');
		// as a user runs it: the installed command, in a process of its own
		const r = await runCli([
			'run',
			model,
			'--engine',
			'postgres',
			'--url',
			url,
			'--as-of',
			DEMO_TODAY,
			'--out',
			out,
			'--format',
			'csv',
			'--json'
		]);
		expect(r.code, r.stderr).toBe(0);
		const report = JSON.parse(r.stdout) as { segments: { name: string; members: number }[] };
		const db = await openPostgres(url);
		const problems: string[] = [];
		try {
			for (const d of definitions) {
				const compiled = compileSegment(d, files.model, DEMO_CLOCK);
				if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
				const keys = `SELECT DISTINCT CAST(member_key AS VARCHAR) AS k FROM (\n${compiled.sql.members}\n) AS m`;
				const duck = (await core.query(`${keys} ORDER BY k`)).rows.map((row) => String(row.k));
				expect(duck.length, `${d.name} has members`).toBeGreaterThan(0);
				const fromFile = await csvColumn(join(out, `${d.name}.csv`), 'id');
				const diff = firstDifference(d.name, fromFile, duck);
				if (diff) problems.push(diff);
				const counted = report.segments.find((s) => s.name === d.name)?.members;
				if (counted !== duck.length)
					problems.push(`${d.name}: PostgreSQL counted ${counted}, DuckDB ${duck.length}`);
				if (d.split) {
					const parts = (
						await core.query(
							`SELECT k, ${splitPartSql(d.split, 'k')} AS part FROM (${keys}) AS s ORDER BY k`
						)
					).rows.map((row) => `${String(row.k)}=${String(row.part)}`);
					const inFile = await csvColumn(join(out, `${d.name}.csv`), `id || '=' || split_part`);
					if (JSON.stringify(sorted(inFile)) !== JSON.stringify(sorted(parts)))
						problems.push(
							`${d.name}: the split_part column differs from the browser engine's parts`
						);
					// the PostgreSQL dialect's own split hash, on PostgreSQL, gives the same parts
					const pgCompiled = compileSegment(d, files.model, DEMO_CLOCK, {
						dialect: postgresDialect
					});
					if (!pgCompiled.ok) throw new Error(JSON.stringify(pgCompiled.problems));
					const pgParts = (
						await db.all(
							`SELECT k, ${splitPartSql(d.split, 'k', postgresDialect)} AS part FROM (SELECT DISTINCT CAST(member_key AS TEXT) AS k FROM (\n${pgCompiled.sql.members}\n) AS m) AS s`
						)
					).map((row) => `${String(row.k)}=${String(row.part)}`);
					if (JSON.stringify(sorted(pgParts)) !== JSON.stringify(sorted(parts)))
						problems.push(`${d.name}: PostgreSQL's split hash gives other parts than DuckDB's`);
				}
			}
		} finally {
			await db.close();
		}
		expect(problems).toEqual([]);
	}, 240_000);

	it(`the differential test's generated definitions (seed ${SEED}, ${GENERATED}, half in New York's time zone): same members, group members and counts`, async () => {
		const url = await database(admin, server.url, 'generated');
		const db = await openPostgres(url);
		const problems: string[] = [];
		let nonEmpty = 0;
		let ran = 0;
		let withSequences = 0;
		try {
			for (const [i, s] of generatedScenarios(SEED, GENERATED).entries()) {
				const name = `generated ${i + 1}`;
				if (usesSequences(s.definition)) withSequences++;
				ran++;
				// every other one in a zone with daylight saving: its CASE of offsets runs on both
				const clock = i % 2 ? { ...s.clock, zone: 'America/New_York' } : s.clock;
				const duckSql = compileSegment(s.definition, s.model, clock);
				const pgSql = compileSegment(s.definition, s.model, clock, { dialect: postgresDialect });
				if (!duckSql.ok || !pgSql.ok) throw new Error(`${name} does not compile`);
				for (const spec of s.specs) {
					createTable(wasm, spec);
					await createPgTable(db, spec);
				}
				try {
					const pgKeys = async (sql: string) => [
						...new Set((await db.all(sql)).map((r) => String(r.member_key)))
					];
					const pairs: [string, string, string][] = [
						[name, pgSql.sql.members, duckSql.sql.members],
						...pgSql.sql.groups.map(
							(g, j) =>
								[`${name} group ${j + 1}`, g.members, duckSql.sql.groups[j]!.members] as [
									string,
									string,
									string
								]
						)
					];
					for (const [label, pg, duck] of pairs) {
						const diff = firstDifference(label, await pgKeys(pg), [...memberSet(wasm, duck)]);
						if (diff) problems.push(`${diff}\n${JSON.stringify(s.definition)}`);
					}
					const live = (await db.all(pgSql.sql.live))[0] ?? {};
					const duckLive = wasm.all(duckSql.sql.live)[0] ?? {};
					if (Number(live.members) !== Number(duckLive.members))
						problems.push(
							`${name}: PostgreSQL counts ${String(live.members)}, DuckDB ${String(duckLive.members)}`
						);
					if (Number(live.members) > 0) nonEmpty++;
				} finally {
					for (const spec of s.specs) dropTable(wasm, spec.table);
				}
			}
		} finally {
			await db.close();
		}
		expect(problems.slice(0, 3)).toEqual([]);
		// every generated definition runs on PostgreSQL (sequences and lifecycles among them), and
		// enough of them find members to mean something
		expect(ran).toBe(GENERATED);
		expect(withSequences).toBeGreaterThan(0);
		expect(nonEmpty).toBeGreaterThan(GENERATED / 3);
	}, 120_000);

	for (const [label, world] of [
		['Northwind', northwind],
		['jaffle_shop', jaffle]
	] as const)
		it(`${label}: loaded and run in PostgreSQL, members as in the browser engine`, async () => {
			const url = await database(admin, server.url, label.toLowerCase());
			const model = writeModelFile(join(dir, `${label}.model.json`), world.model, world.segments);
			const load = await runCliHere([
				'load',
				'--engine',
				'postgres',
				'--url',
				url,
				'--model',
				model,
				'--data',
				world.folder
			]);
			expect(load.code, load.stderr).toBe(0);
			const out = join(dir, `${label}-pg`);
			const r = await runCliHere([
				'run',
				model,
				'--engine',
				'postgres',
				'--url',
				url,
				'--as-of',
				AS_OF,
				'--out',
				out,
				'--format',
				'csv'
			]);
			expect(r.code, r.stderr).toBe(0);
			for (const d of world.segments) {
				const browser = browserMembers(wasm, world, d);
				expect(browser.length, `${d.name} has members`).toBeGreaterThan(0);
				const pg = await csvColumn(join(out, `${d.name}.csv`), `"${world.model.profile!.key}"`);
				expect(firstDifference(d.name, pg, browser)).toBeNull();
			}
		}, 60_000);

	it('labels: PostgreSQL writes the same label column as native DuckDB (rules live and as of this run)', async () => {
		const examples = exampleDefinitions();
		const pick = (name: string) => examples.find((d) => d.name === name)!;
		const labelled: SegmentDefinition = {
			...pick('top_spenders'),
			name: 'top_by_status',
			split: undefined,
			labels: {
				column: 'status',
				rules: [
					{ id: 'r0', label: 'At risk', segment: 'gold_at_risk', source: 'live' },
					{ id: 'r1', label: 'Loyal', segment: 'loyal_big_spenders', source: 'lastRun' }
				],
				otherwise: 'Other'
			}
		};
		delete labelled.split;
		const definitions = [labelled, pick('gold_at_risk'), pick('loyal_big_spenders')];
		const files = await writeDemoFiles(dir, CUSTOMERS, DEMO_TODAY, 'csv');
		const model = writeModelFile(join(dir, 'labels.model.json'), files.model, definitions);
		const url = await database(admin, server.url, 'labels');
		const load = await runCliHere([
			'load',
			'--engine',
			'postgres',
			'--url',
			url,
			'--model',
			model,
			'--data',
			files.data
		]);
		expect(load.code, load.stderr).toBe(0);
		const run = (out: string, engine: string[]) =>
			runCliHere(['run', model, ...engine, '--as-of', DEMO_TODAY, '--out', out, '--format', 'csv']);
		const pgOut = join(dir, 'labels-pg');
		const duckOut = join(dir, 'labels-duck');
		const pg = await run(pgOut, ['--engine', 'postgres', '--url', url]);
		expect(pg.code, pg.stderr).toBe(0);
		const duck = await run(duckOut, ['--data', files.data]);
		expect(duck.code, duck.stderr).toBe(0);
		const read = (folder: string) =>
			csvColumn(join(folder, 'top_by_status.csv'), `id || '=' || status`);
		const fromPg = sorted(await read(pgOut));
		expect(fromPg).toEqual(sorted(await read(duckOut)));
		const seen = new Set(fromPg.map((v) => v.split('=')[1]));
		expect(seen.size, [...seen].join(', ')).toBeGreaterThanOrEqual(2);
	}, 120_000);
});
