// The engine's surface as the page sees it (query, exec, exports, snapshot members), on the real
// engine: every statement kind that reaches past the app's own tables is refused with a sentence
// and leaves no trace, a staged file is not readable by page SQL (nor listed), and the app's own
// statements (compiled segments, model checks, an import, exports, snapshots, a backup's DDL)
// still run.
import { recordCase } from '../../../../tests/helpers/reliability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine, stageFile } from '../../../../tests/helpers/node-engine';
import { demoModel } from '../../../../tests/helpers/demo-model';
import {
	CLOCK,
	demoDefinitions,
	demoRows,
	tableStatements
} from '../../../../tests/unit/sharing-world';
import { compileSegment } from '../../segments/compile';
import { cond, definition, entity, group } from '../../../../tests/helpers/segment-fixture';
import { profileCheckSql, relationshipCheckSql } from '../../segments/model-checks';
import { tableToRows } from '../results';
import type { EngineCore } from './core';
import { assertAllowed } from './sql-guard';

let core: EngineCore;
/** The engine's own view, below the guard: to check that a refused statement changed nothing. */
const internal = async (sql: string) => tableToRows(await core.runner.table(sql));
const importFiles = async () =>
	(await internal("SELECT file FROM glob('/import/**')")).map((r) => String(r['file']));

let stagedPath = '';
let stagedId = '';

beforeAll(async () => {
	core = await openNodeEngine();
	await core.exec('CREATE TABLE people AS SELECT range AS id FROM range(5)');
	// the engine's own member tables, with one kept list in them
	await core.snapshotDiff('kept', 'SELECT id AS member_key FROM people', 5);
	const staged = await stageFile(core, new File(['secret\n42\n43\n'], 'secret.csv'));
	stagedId = staged.stageId;
	stagedPath = `/import/${stagedId}/secret.csv`;
});

/** The engine's own tables, their columns and rows, as the engine sees them. */
const engineTables = async () => [
	await internal(
		"SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name ILIKE 'segment_%' ORDER BY ALL"
	),
	await internal(
		'SELECT (SELECT count(*) FROM main.segment_members) AS members, (SELECT count(*) FROM main.segment_members_previous) AS previous, (SELECT count(*) FROM main.segment_snapshots) AS snapshots'
	)
];

/** Each refused kind: the SQL, the sentence, and a look (below the guard) at what it would change. */
const REFUSED: {
	kind: string;
	sql: () => string;
	refusal: string;
	state?: () => Promise<unknown>;
}[] = [
	{
		kind: 'INSTALL',
		sql: () => 'INSTALL httpfs',
		refusal: 'INSTALL',
		state: () => internal('SELECT extension_name, installed, loaded FROM duckdb_extensions()')
	},
	{
		kind: 'LOAD',
		sql: () => 'LOAD json',
		refusal: 'LOAD',
		state: () => internal('SELECT extension_name, loaded FROM duckdb_extensions()')
	},
	{
		kind: 'ATTACH',
		sql: () => "ATTACH ':memory:' AS extra",
		refusal: 'ATTACH',
		state: () => internal('SELECT database_name FROM duckdb_databases() ORDER BY 1')
	},
	{
		kind: 'DETACH',
		sql: () => 'DETACH staging',
		refusal: 'DETACH',
		state: () => internal('SELECT database_name FROM duckdb_databases() ORDER BY 1')
	},
	{
		kind: 'CREATE SECRET',
		sql: () => "CREATE SECRET s (TYPE s3, KEY_ID 'k', SECRET 'v')",
		refusal: 'CREATE SECRET',
		state: () => internal('SELECT count(*) AS n FROM duckdb_secrets()')
	},
	{
		kind: 'DROP SECRET',
		sql: () => 'DROP SECRET s',
		refusal: 'DROP SECRET'
	},
	{
		kind: 'SET',
		sql: () => "SET memory_limit = '64MB'",
		refusal: 'SET',
		state: () => internal("SELECT current_setting('memory_limit') AS v")
	},
	{
		kind: 'RESET',
		sql: () => 'RESET memory_limit',
		refusal: 'RESET',
		state: () => internal("SELECT current_setting('memory_limit') AS v")
	},
	{
		kind: 'USE',
		sql: () => 'USE staging',
		refusal: 'USE',
		state: () => internal('SELECT current_database() AS d, current_schema() AS s')
	},
	{
		kind: 'COPY … TO',
		sql: () => "COPY people TO '/import/out.csv'",
		refusal: 'COPY',
		state: importFiles
	},
	{
		kind: 'EXPORT DATABASE',
		sql: () => "EXPORT DATABASE '/import/dump'",
		refusal: 'EXPORT DATABASE',
		state: importFiles
	},
	{
		kind: 'IMPORT DATABASE',
		sql: () => "IMPORT DATABASE '/import/dump'",
		refusal: 'IMPORT DATABASE',
		state: () => internal('SELECT table_name FROM information_schema.tables ORDER BY 1')
	},
	{
		kind: 'PRAGMA',
		sql: () => 'PRAGMA enable_profiling',
		refusal: 'PRAGMA',
		state: () => internal("SELECT current_setting('enable_profiling') AS v")
	},
	{
		kind: 'CALL',
		sql: () => 'CALL pragma_database_size()',
		refusal: 'CALL'
	},
	{
		kind: 'glob()',
		sql: () => "SELECT * FROM glob('/import/*')",
		refusal: 'glob()'
	},
	{
		kind: 'read_text()',
		sql: () => `SELECT content FROM read_text('${stagedPath}')`,
		refusal: 'read_text()'
	},
	{
		kind: 'read_blob()',
		sql: () => `SELECT content FROM read_blob('${stagedPath}')`,
		refusal: 'read_blob()'
	},
	{
		kind: 'read_csv() of a staged file',
		sql: () => `SELECT * FROM read_csv('${stagedPath}')`,
		refusal: 'read_csv()'
	},
	{
		kind: 'a staged file as a table',
		sql: () => `SELECT * FROM '${stagedPath}'`,
		refusal: 'a file read as a table'
	},
	{
		kind: 'a staged file as a table in parentheses',
		sql: () => `SELECT * FROM people JOIN (('${stagedPath}')) ON true`,
		refusal: 'a file read as a table'
	},
	{
		kind: 'a staged file as a quoted name',
		sql: () => `SELECT * FROM people, "${stagedPath}"`,
		refusal: 'a file read as a table'
	},
	{
		kind: 'a staged file’s table',
		sql: () => `SELECT * FROM "__segments_stage_${stagedId}"`,
		refusal: 'the import’s staging tables'
	},
	{
		kind: 'a staged file’s table, schema-qualified and in capitals',
		sql: () => `SELECT count(*) FROM main.__SEGMENTS_STAGE_${stagedId.toUpperCase()}`,
		refusal: 'the import’s staging tables'
	},
	{
		kind: 'the old staging database',
		sql: () => `SELECT * FROM staging."${stagedId}"`,
		refusal: 'the import’s staging tables'
	},
	{
		kind: 'SQL run from text',
		sql: () => "SELECT * FROM query('SELECT 42')",
		refusal: 'query()'
	},
	{
		kind: 'a second statement after a query',
		sql: () => "SELECT 1; ATTACH ':memory:' AS extra",
		refusal: 'ATTACH',
		state: () => internal('SELECT database_name FROM duckdb_databases() ORDER BY 1')
	},
	{
		kind: 'a statement after a nested comment',
		// DuckDB nests comments: the quote is inside the comment and ATTACH runs
		sql: () => "/* /* */ ' */ ATTACH ':memory:' AS extra --'",
		refusal: 'ATTACH',
		state: () => internal('SELECT database_name FROM duckdb_databases() ORDER BY 1')
	},
	{
		kind: 'a statement after an E string',
		// in E'…' a backslash escapes the quote: the string ends later than a plain one would
		sql: () => "SELECT E'\\''; ATTACH ':memory:' AS extra; --'",
		refusal: 'ATTACH',
		state: () => internal('SELECT database_name FROM duckdb_databases() ORDER BY 1')
	},
	{
		kind: 'DROP of an engine table',
		sql: () => 'DROP TABLE IF EXISTS main.segment_snapshots',
		refusal: 'DROP TABLE of the engine’s own table segment_snapshots',
		state: engineTables
	},
	{
		kind: 'CREATE OR REPLACE of an engine table',
		sql: () =>
			'CREATE OR REPLACE TABLE memory.main."Segment_Members" AS SELECT 1 AS segment_id, 2 AS member_key',
		refusal: 'CREATE TABLE of the engine’s own table segment_members',
		state: engineTables
	},
	{
		kind: 'a view in place of an engine table',
		sql: () => 'CREATE VIEW IF NOT EXISTS segment_members_previous AS SELECT 1',
		refusal: 'CREATE VIEW of the engine’s own table segment_members_previous',
		state: engineTables
	},
	{
		kind: 'ALTER of an engine table',
		sql: () => 'ALTER TABLE segment_members ADD COLUMN extra INTEGER',
		refusal: 'ALTER TABLE of the engine’s own table segment_members',
		state: engineTables
	},
	{
		kind: 'a rename onto an engine table',
		sql: () => 'SELECT 1; ALTER TABLE people RENAME TO "segment_snapshots"',
		refusal: 'ALTER TABLE of the engine’s own table segment_snapshots',
		state: engineTables
	},
	{
		kind: 'a statement after a dollar-quoted string',
		sql: () => "SELECT $q$ ' $q$; ATTACH ':memory:' AS extra; --'",
		refusal: 'ATTACH',
		state: () => internal('SELECT database_name FROM duckdb_databases() ORDER BY 1')
	}
];

describe('the engine surface (page SQL)', () => {
	let refused = 0;
	afterAll(() => {
		recordCase('9-engine-surface', {
			case: '9. Hostile data',
			check:
				'Engine surface: statement kinds the page must not run (INSTALL, LOAD, ATTACH, secrets, SET, USE, COPY, EXPORT/IMPORT DATABASE, PRAGMA, CALL, file-reading functions, staged files, hidden second statements, DDL on the engine’s own tables, …) sent through query and exec',
			runs: REFUSED.length,
			passed: refused,
			failed: REFUSED.length - refused,
			notes: `${refused} of ${REFUSED.length} refused with a sentence and without effect (extensions, databases, secrets, settings, tables and files checked below the guard).`
		});
	});
	it.each(REFUSED.map((r) => [r.kind, r] as const))(
		'refuses %s with a sentence, and it has no effect',
		async (_kind, r) => {
			const before = r.state ? await r.state() : null;
			const filesBefore = await importFiles();
			const sentence = `This statement is not allowed: ${r.refusal}.`;
			await expect(core.query(r.sql())).rejects.toThrow(sentence);
			await expect(core.exec(r.sql())).rejects.toThrow(sentence);
			if (r.state) expect(await r.state()).toEqual(before);
			expect(await importFiles()).toEqual(filesBefore);
			// the app still answers afterwards, on its own database
			expect((await core.query('SELECT count(*) AS n FROM people')).rows).toEqual([{ n: 5 }]);
			refused++;
		}
	);

	it("lets the page read the engine's own tables, delete their rows and copy them", async () => {
		const kept = "SELECT count(*) AS n FROM main.segment_members WHERE segment_id = 'kept'";
		expect((await core.query(kept)).rows).toEqual([{ n: 5 }]);
		await core.exec('CREATE TABLE members_copy AS SELECT * FROM main.segment_members');
		await core.exec('DROP TABLE members_copy');
		// what a kept restore does (sharing/backup-data.ts)
		await core.exec("DELETE FROM main.segment_members WHERE segment_id = 'not kept'");
		expect((await core.query(kept)).rows).toEqual([{ n: 5 }]);
	});

	it('exports and snapshot members take one query only', async () => {
		const sink = () => undefined;
		for (const sql of [
			"COPY people TO '/import/out.csv'",
			'SELECT 1; SELECT 2',
			'CREATE TABLE x AS SELECT 1',
			'SELECT 1) AS m; DROP TABLE people; SELECT (1'
		]) {
			await expect(core.exportCsv(sql, sink)).rejects.toThrow(/This statement is not allowed/);
			await expect(core.exportParquet(sql, sink)).rejects.toThrow(/This statement is not allowed/);
			await expect(core.snapshotDiff('s', sql, 10)).rejects.toThrow(
				/This statement is not allowed/
			);
		}
		expect((await core.query('SELECT count(*) AS n FROM people')).rows).toEqual([{ n: 5 }]);
	});

	it('a staged file is registered only while the importer reads it, and dropped when done', async () => {
		// staged, in preview: not readable, not even listed
		expect(await importFiles()).toEqual([]);
		// read again with another option: the file comes back for that, and goes again
		const again = await core.restage(stagedId, { delimiter: ';' }, () => undefined);
		expect(again.rowCount).toBe(2);
		expect(await importFiles()).toEqual([]);
		// another file, imported: gone from the engine, its rows in the table
		const file = new File(['id,name\n1,Ann\n2,Bo\n'], 'kept.csv');
		const staged = await stageFile(core, file);
		expect(await importFiles()).toEqual([]);
		const done = await core.commit(
			staged.stageId,
			'kept',
			staged.columns.map((c) => ({
				source: c.source,
				name: c.name,
				kind: c.detected ?? 'string',
				include: true
			})),
			() => undefined
		);
		expect(done.rowCount).toBe(2);
		await expect(core.restage(staged.stageId, {}, () => undefined)).rejects.toThrow(
			/already finished or cancelled/
		);
		// another, discarded
		const dropped = await stageFile(core, new File(['a,b\n1,2\n'], 'dropped.csv'));
		await core.discard(dropped.stageId);
		await expect(core.restage(dropped.stageId, {}, () => undefined)).rejects.toThrow(
			/already finished or cancelled/
		);
		expect(await importFiles()).toEqual([]);
	});

	it("runs the app's own statements: segments, model checks, snapshots, exports, backups", async () => {
		const model = demoModel();
		for (const sql of tableStatements(model, demoRows(3))) await core.exec(sql);
		for (const definition of demoDefinitions()) {
			const compiled = compileSegment(definition, model, CLOCK);
			if (!compiled.ok) throw new Error(definition.name);
			const texts = [compiled.sql.members, compiled.sql.count, compiled.sql.live];
			for (const g of compiled.sql.groups) texts.push(g.members, g.count);
			for (const text of texts) expect(() => assertAllowed(text)).not.toThrow();
			const [count] = (await core.query(compiled.sql.count)).rows;
			const diff = await core.snapshotDiff(definition.name, compiled.sql.members, 5);
			expect(diff.members).toBe(Number(count?.['members']));
			let rows = 0;
			await core.exportCsv(compiled.sql.members, (_c, p) => void (rows = p.rows));
			expect(rows).toBe(diff.members);
		}
		for (const rel of model.relationships)
			expect((await core.query(relationshipCheckSql(model, rel))).rows).toHaveLength(1);
		if (model.profile)
			expect((await core.query(profileCheckSql(model, model.profile))).rows).toHaveLength(1);
		// what a backup restore sends
		await core.exec('CREATE OR REPLACE TABLE main."restored" ("a" DOUBLE, "b" VARCHAR)');
		await core.exec('ALTER TABLE main."restored" RENAME TO "segments_revert_restored"');
		await core.exec('DROP TABLE IF EXISTS main."segments_revert_restored"');
		await core.exec('CHECKPOINT');
	});

	it('allows compiled segments over hostile names and values, which stay names and values', async () => {
		const table = `t"x'; ATTACH ':memory:' AS extra; --`;
		const column = `c"); COPY people TO '/import/y.csv'; --`;
		await core.exec(
			`CREATE TABLE "${table.replaceAll('"', '""')}" ("${column.replaceAll('"', '""')}" VARCHAR)`
		);
		const evil = [
			`'); COPY people TO '/import/y.csv'; --`,
			`*/ ATTACH ':memory:' AS extra; /*`,
			`read_csv('/import/x.csv')`,
			`\\' ; INSTALL httpfs; --`,
			'$$; USE staging; $$'
		];
		await core.exec(
			`INSERT INTO "${table.replaceAll('"', '""')}" VALUES ${evil.map((v) => `('${v.replaceAll("'", "''")}')`).join(', ')}`
		);
		const model = {
			entities: [entity('E', table, [[column, 'string']])],
			relationships: [],
			profile: { entity: 'E', key: column }
		};
		for (const value of evil) {
			const compiled = compileSegment(
				definition([group('E', cond('E', column, 'equals', value, { matchCase: true }))]),
				model,
				CLOCK
			);
			if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
			expect((await core.query(compiled.sql.count)).rows).toEqual([{ members: 1 }]);
		}
		const databases = await internal('SELECT database_name FROM duckdb_databases()');
		expect(databases.map((r) => r['database_name'])).not.toContain('extra');
		expect(await importFiles()).toEqual([]);
	});

	it('keeps values that look like SQL as values', async () => {
		const tricky = [
			["SELECT 'a\\' AS v", 'a\\'],
			["SELECT 'COPY x TO ''/import/y''; ATTACH' AS v", "COPY x TO '/import/y'; ATTACH"],
			["SELECT 'read_csv(''/import/x'')' AS v", "read_csv('/import/x')"],
			['SELECT $$ATTACH; --$$ AS v', 'ATTACH; --'],
			["SELECT extract(year FROM DATE '2024-05-01')::VARCHAR AS v", '2024'],
			["SELECT trim(BOTH 'x' FROM 'xax') AS v", 'a'],
			['SELECT 1 AS "from", \'/import/\' AS v', '/import/']
		] as const;
		for (const [sql, value] of tricky) expect((await core.query(sql)).rows[0]?.['v']).toBe(value);
	});
});
