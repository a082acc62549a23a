// What a backup with data writes comes back exactly: a table holding every column type the app
// uses with edge values (empty text and NULL, the text "NULL", a leading U+FEFF, formulas, quotes
// and newlines, 100,000 characters, unicode, negative and extreme numbers and dates), and an
// entity whose column names are hostile to CSV sniffers and to JavaScript objects. Compared value
// by value in SQL, so nothing is decoded on the way. Also: a kept restore leaves exactly the
// restored workspace in the engine. Real engine core (Node), real archive.
import 'fake-indexeddb/auto';
import { recordCase } from '../helpers/reliability';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../helpers/node-engine';
import type { EngineCore } from '../../src/lib/engine/worker/core';
import type { Entity } from '../../src/lib/segments/data-model';
import { addEntity } from '../../src/lib/db/model-store';
import { readBackupBytes } from '../../src/lib/sharing/backup-archive';
import type { DataEngine } from '../../src/lib/sharing/backup-data';
import { keepRestore, restoreBackup, writeBackup } from '../../src/lib/sharing/workspace-backup';
import { quoteIdent, quoteString } from '../../src/lib/sql/quote';
import { collect, freshDb, nodeDataEngine } from './sharing-world';

const S = quoteString;
const TEXTS = [
	`''`,
	'NULL',
	S('NULL'),
	S('null'),
	S('\\N'),
	S('\uFEFFstarts with a byte order mark'),
	S("'leading apostrophe"),
	S('=1+1'),
	S('+cmd|calc'),
	S('line one\nline two\r\nline three\rend'),
	S('say "hi", then ""quote"" twice'),
	`repeat('long ', 20000)`,
	S('日本語 — émoji 🎉 Ω ZWJ 👩‍👩‍👧 rtl עברית'),
	S(' padded both sides '),
	S(','),
	S('"'),
	S('[1,2,3]'),
	S('{"a":1}')
];
const INTS = ['-9223372036854775808', '9223372036854775807', '-1', '0', 'NULL', '42'];
const DECIMALS = ['-99999999999999.9999', '0.0001', '-0.0001', 'NULL', '0', '12345.6789'];
const DOUBLES = ["'-inf'", "'inf'", "'nan'", '-1.7976931348623157e308', '5e-324', '-0.5', 'NULL'];
const BOOLS = ['true', 'false', 'NULL'];
const DATES = [
	"'0001-01-01'",
	"'9999-12-31'",
	"'1970-01-01'",
	"'-4712-01-01'",
	"'1900-02-28'",
	'NULL'
];
const STAMPS = [
	"'0001-01-01 00:00:00'",
	"'9999-12-31 23:59:59.999999'",
	"'1969-12-31 23:59:59.999999'",
	"'2025-06-15 12:00:00.000001'",
	'NULL'
];
const pick = (xs: string[], i: number) => xs[i % xs.length]!;

const EDGE: Entity = {
	name: 'Edge',
	displayName: 'Edge',
	table: 'edge_values',
	attributes: (
		[
			['id', 'number', 'BIGINT'],
			['txt', 'string', 'VARCHAR'],
			['int_value', 'number', 'BIGINT'],
			['dec_value', 'number', 'DECIMAL(18,4)'],
			['dbl_value', 'number', 'DOUBLE'],
			['flag', 'boolean', 'BOOLEAN'],
			['day', 'date', 'DATE'],
			['moment', 'timestamp', 'TIMESTAMP']
		] as const
	).map(([name, type]) => ({ name, displayName: name, type })),
	rowCount: TEXTS.length,
	sourceFile: 'edge.csv',
	sourceFormat: 'csv',
	importedAt: '2025-06-15T10:00:00.000Z'
};
const SQL_TYPES = [
	'BIGINT',
	'VARCHAR',
	'BIGINT',
	'DECIMAL(18,4)',
	'DOUBLE',
	'BOOLEAN',
	'DATE',
	'TIMESTAMP'
];

/** Column names that broke the CSV restore (`[` read as JSON) or plain-object rows. */
const HOSTILE_NAMES = [
	'[CustomerID]',
	'{x}',
	'__proto__',
	'constructor',
	'toString',
	'a "quoted", name',
	'名前 ✓ — ünïcødé'
];
const NAMES: Entity = {
	name: 'Names',
	displayName: 'Names',
	table: 'names_hostile',
	attributes: HOSTILE_NAMES.map((name, i) => ({
		name,
		displayName: name,
		type: i === 0 ? 'number' : 'string'
	})),
	rowCount: 4,
	sourceFile: 'names.csv',
	sourceFormat: 'csv',
	importedAt: '2025-06-15T10:00:00.000Z'
};

describe('backups with data: exact round trip', () => {
	let core: EngineCore;
	let engine: DataEngine;
	beforeAll(async () => {
		core = await openNodeEngine();
		engine = nodeDataEngine(core);
	});
	afterAll(() => core.bindings.reset());

	const one = async (sql: string) => Number(Object.values((await core.query(sql)).rows[0]!)[0]);

	async function createTables() {
		await core.exec(
			`CREATE OR REPLACE TABLE edge_values (${EDGE.attributes.map((a, i) => `${quoteIdent(a.name)} ${SQL_TYPES[i]}`).join(', ')})`
		);
		const rows = TEXTS.map(
			(t, i) =>
				`(${i + 1}, ${t}, ${pick(INTS, i)}, ${pick(DECIMALS, i)}, ${pick(DOUBLES, i)}, ${pick(BOOLS, i)}, ${pick(DATES, i)}, ${pick(STAMPS, i)})`
		);
		await core.exec(`INSERT INTO edge_values VALUES ${rows.join(', ')}`);
		await core.exec(
			`CREATE OR REPLACE TABLE names_hostile (${HOSTILE_NAMES.map((n, i) => `${quoteIdent(n)} ${i === 0 ? 'BIGINT' : 'VARCHAR'}`).join(', ')})`
		);
		await core.exec(
			`INSERT INTO names_hostile VALUES (1, 'a', 'b', 'c', 'd', 'e', 'f'), (2, '[x]', '{y}', '__proto__', NULL, '', 'NULL'), (3, 'ü', '"', ',', 'toString', 'constructor', '\uFEFF'), (4, NULL, NULL, NULL, NULL, NULL, NULL)`
		);
		for (const t of ['edge_values', 'names_hostile'])
			await core.exec(`CREATE OR REPLACE TABLE ${t}_expected AS SELECT * FROM ${t}`);
	}

	/** Values (row × column) that differ between the table and its copy taken before the backup. */
	async function differences(entity: Entity, key: string) {
		let values = 0;
		let differ = 0;
		const rows = await one(`SELECT count(*) FROM ${entity.table}_expected`);
		for (const a of entity.attributes) {
			const c = quoteIdent(a.name);
			differ += await one(
				`SELECT count(*) FROM ${entity.table}_expected AS e FULL JOIN main.${entity.table} AS r ON e.${quoteIdent(key)} IS NOT DISTINCT FROM r.${quoteIdent(key)} WHERE e.${c} IS DISTINCT FROM r.${c} OR typeof(e.${c}) <> typeof(r.${c})`
			);
			values += rows;
		}
		return { values, differ };
	}

	it('every value of every column type, and every hostile column name, comes back equal', async () => {
		await createTables();
		const db = freshDb();
		await addEntity(db, EDGE);
		await addEntity(db, NAMES);
		const out = collect();
		await writeBackup(db, out.write, { engine });
		await core.exec('DROP TABLE edge_values');
		await core.exec('DROP TABLE names_hostile');
		await db.entities.clear();

		const read = readBackupBytes(out.bytes());
		if (!read.ok) throw new Error(read.problems.map((p) => p.message).join(' '));
		await restoreBackup(db, read, engine);

		const edge = await differences(EDGE, 'id');
		const names = await differences(NAMES, '[CustomerID]');
		expect(edge.differ).toBe(0);
		expect(names.differ).toBe(0);
		// the edge cases the CSV backup lost, one by one
		expect(await one(`SELECT count(*) FROM edge_values WHERE txt IS NULL`)).toBe(1);
		expect(await one(`SELECT count(*) FROM edge_values WHERE txt = ''`)).toBe(1);
		expect(await one(`SELECT count(*) FROM edge_values WHERE txt = 'NULL'`)).toBe(1);
		expect(await one(`SELECT count(*) FROM edge_values WHERE unicode(txt) = 65279`)).toBe(1);
		expect(await one(`SELECT max(length(txt)) FROM edge_values`)).toBe(100_000);
		expect(
			await one(`SELECT count(*) FROM names_hostile WHERE unicode("名前 ✓ — ünïcødé") = 65279`)
		).toBe(1);
		const types = (await core.tableInfo('edge_values')).columns.map((c) => c.duckdbType);
		expect(types).toEqual(SQL_TYPES);
		const columns = (await core.tableInfo('names_hostile')).columns.map((c) => c.name);
		expect(columns).toEqual(HOSTILE_NAMES);
		const compared = edge.values + names.values;
		const equal = compared - edge.differ - names.differ;
		recordCase('9-adversarial-backups', {
			case: '9. Hostile data',
			check:
				'Backups of adversarial workspaces: every column type with edge values (NULL vs "NULL" vs empty, U+FEFF, formulas, newlines, extremes) and hostile column names ([x], {x}, __proto__, constructor, …), written and restored',
			runs: compared,
			passed: equal,
			failed: compared - equal,
			notes: `2 entities, ${EDGE.attributes.length + NAMES.attributes.length} columns, ${TEXTS.length + 4} rows; ${equal} of ${compared} values equal after restore (compared in SQL).`
		});
		console.log(
			`Backups of adversarial workspaces: 2 entities (${EDGE.attributes.length + NAMES.attributes.length} columns, ${TEXTS.length + 4} rows) written, restored; ${edge.values + names.values} values compared, ${edge.values + names.values - edge.differ - names.differ} equal`
		);
		await db.delete();
	});

	it('a kept restore leaves exactly the restored workspace: other tables and member lists go', async () => {
		await createTables();
		const db = freshDb();
		await addEntity(db, EDGE);
		const out = collect();
		await writeBackup(db, out.write, { engine });
		// after the backup: another entity with customer rows, and member lists of a segment
		await addEntity(db, NAMES);
		await core.snapshotDiff('segment-not-in-backup', 'SELECT 1 AS member_key', 10);
		expect(await one(`SELECT count(*) FROM segment_members`)).toBe(1);

		const read = readBackupBytes(out.bytes());
		if (!read.ok) throw new Error('unreadable');
		const point = await restoreBackup(db, read, engine);
		await keepRestore(engine, point, read.document.tables);
		const tables = await core.tables();
		expect(tables).not.toContain('names_hostile');
		expect(tables).not.toContain('edge_values_expected');
		expect(tables.filter((t) => t.startsWith('segments_revert_'))).toEqual([]);
		expect(tables).toContain('edge_values');
		expect(await one(`SELECT count(*) FROM segment_members`)).toBe(0);
		expect(await one(`SELECT count(*) FROM segment_snapshots`)).toBe(0);
		await db.delete();
	});
});
