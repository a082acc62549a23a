// Bad input to `segments run --engine postgres` and `segments load`: an unreachable server, a
// missing table, a column of the wrong kind, a missing --url, a table load would overwrite — each
// refused with exit code 2 and one sentence naming the server, table or column. And `segments sql
// --dialect postgres` prints the PostgreSQL dialect's SQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataModel } from '../../src/lib/segments/data-model';
import { compileSegment } from '../../src/lib/segments/compile';
import { postgresDialect } from '../../src/lib/segments/dialect';
import { openPostgres, type PgDb } from '../../src/cli/postgres';
import { runCliHere, writeModelFile } from '../helpers/cli';
import { postgresUnavailable, startTestPostgres, type TestPostgres } from '../helpers/postgres';
import { cond, definition, entity, group } from '../helpers/segment-fixture';

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`Skipping the PostgreSQL tests: ${unavailable}.`);

const model: DataModel = {
	entities: [
		{
			...entity('Customers', 'customers', [
				['id', 'number'],
				['name', 'string'],
				['signed_up', 'date']
			]),
			sourceFile: 'customers.csv'
		}
	],
	relationships: [],
	profile: { entity: 'Customers', key: 'id' }
};
const segment = definition([group('Customers', cond('Customers', 'name', 'contains', 'an'))], {
	name: 'with_an'
});

describe.skipIf(unavailable !== null)('segments with --engine postgres: bad input', () => {
	let server: TestPostgres;
	let db: PgDb;
	let dir: string;
	let modelPath: string;
	beforeAll(async () => {
		server = await startTestPostgres();
		db = await openPostgres(server.url);
		await db.run('DROP TABLE IF EXISTS customers');
		dir = mkdtempSync(join(tmpdir(), 'segments-pg-bad-'));
		modelPath = writeModelFile(join(dir, 'model.json'), model, [segment]);
		writeFileSync(
			join(dir, 'customers.csv'),
			'id,name,signed_up\n1,Ann,2024-01-02\n2,Bob,2024-03-04\n3,Dana,\n'
		);
	}, 60_000);
	afterAll(async () => {
		await db?.close();
		server?.stop();
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	const run = (url: string) => runCliHere(['run', modelPath, '--engine', 'postgres', '--url', url]);

	it('an unreachable server is named, exit 2', async () => {
		const r = await run('postgres://someone:secret@127.0.0.1:1/nowhere');
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('Could not reach PostgreSQL at 127.0.0.1:1/nowhere');
		expect(r.stderr).not.toContain('secret');
	});

	it('no --url, exit 2', async () => {
		const r = await runCliHere(['run', modelPath, '--engine', 'postgres']);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('--engine postgres needs the database: give --url');
	});

	it('a missing table is named with the entity, exit 2', async () => {
		const r = await run(server.url);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('has no table or view “customers” for the entity Customers');
	});

	it('a column of another kind than the model says is named, exit 2', async () => {
		await db.run('CREATE TABLE customers (id bigint, name text, signed_up text)');
		try {
			const r = await run(server.url);
			expect(r.code).toBe(2);
			expect(r.stderr).toContain(
				'The column “signed_up” of “customers” in PostgreSQL holds text, but the entity Customers has dates in it'
			);
		} finally {
			await db.run('DROP TABLE customers');
		}
	});

	it('load refuses to overwrite a table without --replace; with it, the run works', async () => {
		const load = (...extra: string[]) =>
			runCliHere([
				'load',
				'--engine',
				'postgres',
				'--url',
				server.url,
				'--model',
				modelPath,
				'--data',
				dir,
				...extra
			]);
		const first = await load();
		expect(first.code, first.stderr).toBe(0);
		expect(first.stdout).toMatch(/Customers\s+customers\s+3/);
		const again = await load();
		expect(again.code).toBe(2);
		expect(again.stderr).toContain('already has a table or view “customers”');
		expect((await load('--replace')).code).toBe(0);
		const r = await runCliHere([
			'run',
			modelPath,
			'--engine',
			'postgres',
			'--url',
			server.url,
			'--json'
		]);
		expect(r.code, r.stderr).toBe(0);
		// Ann and Dana contain "an" (case-insensitive), Bob does not
		expect(JSON.parse(r.stdout).segments[0].members).toBe(2);
	});

	it('segments sql --dialect postgres prints the PostgreSQL dialect', async () => {
		const r = await runCliHere([
			'sql',
			modelPath,
			'--dialect',
			'postgres',
			'--as-of',
			'2025-01-01'
		]);
		expect(r.code, r.stderr).toBe(0);
		const compiled = compileSegment(
			segment,
			model,
			{ today: '2025-01-01', now: '2025-01-01T23:59:59' },
			{ dialect: postgresDialect }
		);
		if (!compiled.ok) throw new Error('does not compile');
		expect(r.stdout).toContain(compiled.sql.members);
		expect(r.stdout).toContain('strpos(');
	});
});
