import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openNodeEngine, fileFrom, stageFile } from '../../../../tests/helpers/node-engine';
import type { EngineCore } from '../worker/core';
import type { ColumnChoice, StagedFile } from '../protocol';
import { EngineError } from '../errors';
import { tableToRows } from '../results';

let core: EngineCore;
beforeAll(async () => {
	core = await openNodeEngine();
});

const fixtures = 'tests/fixtures';
const text = (name: string, body: string | Uint8Array<ArrayBuffer>) => new File([body], name);

function choices(
	staged: StagedFile,
	override: Partial<Record<string, Partial<ColumnChoice>>> = {}
): ColumnChoice[] {
	return staged.columns.map((c) => ({
		source: c.source,
		name: c.name,
		kind: c.detected ?? 'string',
		include: true,
		...override[c.source]
	}));
}

async function importAs(table: string, file: File, override = {}) {
	const staged = await stageFile(core, file);
	const committed = await core.commit(staged.stageId, table, choices(staged, override), () => {});
	return { staged, committed };
}

async function rejection(file: File): Promise<EngineError> {
	try {
		await stageFile(core, file);
	} catch (e) {
		expect(e).toBeInstanceOf(EngineError);
		return e as EngineError;
	}
	throw new Error(`${file.name} was accepted`);
}

describe('CSV', () => {
	it('imports clean Northwind orders with detected types', async () => {
		const { staged, committed } = await importAs(
			'nw_orders',
			await fileFrom(`${fixtures}/northwind/orders.csv`)
		);
		expect(staged.rowCount).toBe(830);
		expect(committed.rowCount).toBe(830);
		const kinds = Object.fromEntries(committed.columns.map((c) => [c.name, c.kind]));
		expect(kinds).toMatchObject({
			order_id: 'number',
			customer_id: 'string',
			order_date: 'date',
			freight: 'number'
		});
		expect(staged.malformed.count).toBe(0);
	});

	it('reads the badly exported customers as 11 columns, reports the 24 malformed rows and NULL text', async () => {
		const staged = await stageFile(
			core,
			await fileFrom(`${fixtures}/northwind-messy/customers.csv`)
		);
		expect(staged.columns.map((c) => c.source)).toEqual([
			'customerID',
			'companyName',
			'contactName',
			'contactTitle',
			'address',
			'city',
			'region',
			'postalCode',
			'country',
			'phone',
			'fax'
		]);
		expect(staged.rowCount).toBe(67);
		expect(staged.malformed.count).toBe(24);
		expect(staged.malformed.examples[0]).toMatchObject({ line: 8 });
		expect(staged.malformed.examples[0]?.reason).toMatch(/12 fields where the header has 11/);
		expect(staged.nullText).toMatchObject({ token: 'NULL', applied: true });
		expect(staged.nullText?.columns).toContain('region');
		const committed = await core.commit(
			staged.stageId,
			'messy_customers',
			choices(staged),
			() => {}
		);
		const [row] = (
			await core.query(
				`SELECT count(*) FILTER (WHERE region IS NULL) AS n, count(*) FILTER (WHERE region = 'NULL') AS literal FROM messy_customers`
			)
		).rows;
		expect(committed.rowCount).toBe(67);
		expect(row).toEqual({ n: expect.any(Number), literal: 0 });
		expect(Number(row?.['n'])).toBeGreaterThan(0);
	});

	it('counts, per column, the values that will be empty: missing ones and the NULL text', async () => {
		const file = text(
			'empties.csv',
			'id,name,city,score\n1,Ann,NULL,3\n2,,Oslo,\n3,NULL,NULL,5\n4,Bo,Rome,6\n'
		);
		const staged = await stageFile(core, file);
		const empty = Object.fromEntries(staged.columns.map((c) => [c.source, c.nullCount]));
		expect(staged.nullText?.token).toBe('NULL');
		expect(empty).toEqual({ id: 0, name: 2, city: 2, score: 1 });
		const literal = await core.restage(staged.stageId, { nullText: false }, () => {});
		const kept = Object.fromEntries(literal.columns.map((c) => [c.source, c.nullCount]));
		expect(kept).toEqual({ id: 0, name: 1, city: 0, score: 1 });
		await core.discard(staged.stageId);
	});

	it('keeps the NULL text when the user says so', async () => {
		const staged = await stageFile(
			core,
			await fileFrom(`${fixtures}/northwind-messy/customers.csv`)
		);
		const again = await core.restage(staged.stageId, { nullText: false }, () => {});
		expect(again.nullText).toBeNull();
		const c = await core.commit(again.stageId, 'messy_literal', choices(again), () => {});
		const [row] = (
			await core.query(
				`SELECT count(*) FILTER (WHERE region = 'NULL') AS literal FROM messy_literal`
			)
		).rows;
		expect(c.rowCount).toBe(67);
		expect(Number(row?.['literal'])).toBeGreaterThan(0);
	});

	it('recovers the comma delimiter where DuckDB would settle for one column', async () => {
		for (const f of ['orders.csv', 'suppliers.csv', 'products.csv']) {
			const staged = await stageFile(core, await fileFrom(`${fixtures}/northwind-messy/${f}`));
			expect(staged.columns.length, f).toBeGreaterThan(3);
			await core.discard(staged.stageId);
		}
	});

	it('describes each file by its own read: no dialect or malformed line carries over', async () => {
		const edge = `${fixtures}/import-edge`;
		const semi = await stageFile(core, await fileFrom(`${edge}/semicolon-malformed.csv`));
		expect(semi.dialect).toMatch(/^semicolon-separated/);
		expect(semi.malformed.count).toBe(1);
		// one example per malformed line, even when the line breaks several rules
		expect(semi.malformed.examples.map((m) => m.line)).toEqual([3]);
		const comma = await stageFile(core, await fileFrom(`${edge}/clean-comma.csv`));
		expect(comma.dialect).toMatch(/^comma-separated/);
		expect(comma.malformed).toEqual({ count: 0, examples: [] });
		const tsv = await stageFile(core, await fileFrom(`${edge}/clean.tsv`));
		expect(tsv.dialect).toMatch(/^tab-separated/);
		expect(tsv.malformed).toEqual({ count: 0, examples: [] });
		expect(tsv.columns.map((c) => c.source)).toEqual(['id', 'name', 'city']);
		for (const s of [semi, comma, tsv]) await core.discard(s.stageId);
	});

	it('quotes hostile and case-colliding column names', async () => {
		const csv = 'id,Email,email,"a""b","""; DROP TABLE x; --"\n1,x@y.z,X@Y.Z,2,3\n2,,,4,5\n';
		const { staged, committed } = await importAs('hostile', text('hostile.csv', csv));
		expect(staged.columns.map((c) => c.source)).toEqual([
			'id',
			'Email',
			'email_1',
			'a"b',
			'"; DROP TABLE x; --'
		]);
		expect(committed.columns.map((c) => c.name)).toEqual([
			'id',
			'Email',
			'email_1',
			'a"b',
			'"; DROP TABLE x; --'
		]);
		const rows = (await core.query('SELECT * FROM hostile ORDER BY id')).rows;
		expect(rows[0]).toEqual({
			id: 1,
			Email: 'x@y.z',
			email_1: 'X@Y.Z',
			'a"b': 2,
			'"; DROP TABLE x; --': 3
		});
		expect(staged.columns[2]?.header).toBe('email');
	});

	it('round-trips every column kind', async () => {
		const csv = [
			'n,s,d,ts,b,big,neg,frac',
			'1,hello,2024-02-29,2024-02-29 23:59:58,true,9007199254740993,-5,0.25',
			'2,"with, comma and ""quote""",1999-12-31,2000-01-01 00:00:00,false,1,-6,1e3',
			',,,,,,,'
		].join('\n');
		const { committed } = await importAs('kinds', text('kinds.csv', csv));
		const kinds = Object.fromEntries(committed.columns.map((c) => [c.name, c.kind]));
		expect(kinds).toEqual({
			n: 'number',
			s: 'string',
			d: 'date',
			ts: 'timestamp',
			b: 'boolean',
			big: 'number',
			neg: 'number',
			frac: 'number'
		});
		const rows = (await core.query('SELECT * FROM kinds ORDER BY n NULLS LAST')).rows;
		expect(rows[0]).toEqual({
			n: 1,
			s: 'hello',
			d: '2024-02-29',
			ts: '2024-02-29 23:59:58',
			b: true,
			big: '9007199254740993',
			neg: -5,
			frac: 0.25
		});
		expect(rows[1]).toMatchObject({
			s: 'with, comma and "quote"',
			d: '1999-12-31',
			ts: '2000-01-01 00:00:00',
			b: false,
			frac: 1000
		});
		expect(rows[2]).toEqual({
			n: null,
			s: null,
			d: null,
			ts: null,
			b: null,
			big: null,
			neg: null,
			frac: null
		});
	});

	it('lets the user change a type and says what would be lost', async () => {
		const staged = await stageFile(
			core,
			text('t.csv', 'code,when\n00123,2024-01-05\nabc,not a date\n42,2024-02-30\n')
		);
		const [code, when] = await core.check(staged.stageId, [
			{ source: 'code', name: 'code', kind: 'number', include: true },
			{ source: 'when', name: 'when', kind: 'date', include: true }
		]);
		expect(code).toMatchObject({ lost: 1, examples: ['abc'] });
		expect(when?.lost).toBe(2);
		const c = await core.commit(
			staged.stageId,
			'typed',
			choices(staged, { code: { kind: 'number' }, when: { kind: 'date' } }),
			() => {}
		);
		expect(c.columns.map((x) => x.kind)).toEqual(['number', 'date']);
	});

	it('reads Latin-1 and UTF-16 files', async () => {
		const latin: Uint8Array<ArrayBuffer> = new Uint8Array([
			...Buffer.from('name,city\nJos'),
			0xe9,
			...Buffer.from(',Z\xfcrich\n', 'latin1')
		]);
		const l = await importAs('latin', text('latin.csv', latin));
		expect((await core.query('SELECT * FROM latin')).rows).toEqual([
			{ name: 'José', city: 'Zürich' }
		]);
		expect(l.staged.dialect).toMatch(/Latin-1/);
		const u = await stageFile(
			core,
			await fileFrom(`${fixtures}/csv-corpus/encodings/all_utf16.csv`)
		);
		expect(u.rowCount).toBeGreaterThan(0);
		expect(u.dialect).toMatch(/UTF-16/);
	});

	it('refuses empty, header-only, binary and one-line files with a sentence', async () => {
		expect((await rejection(text('empty.csv', ''))).message).toMatch(/empty/);
		expect((await rejection(text('header.csv', 'a,b,c\n'))).message).toMatch(/no data rows/);
		expect(
			(
				await rejection(
					text(
						'junk.csv',
						new Uint8Array([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x80, 0x81, 0, 0, 0, 1, 2, 3])
					)
				)
			).message
		).toMatch(/binary/);
	});

	it('reports progress while reading', async () => {
		const progress: unknown[] = [];
		const staged = await stageFile(
			core,
			await fileFrom(`${fixtures}/northwind/order_details.csv`),
			{},
			progress as never[]
		);
		expect(staged.rowCount).toBe(2155);
		expect(progress.length).toBeGreaterThan(1);
	});
});

describe('committing without a copy', () => {
	/** The statements the engine ran during `f` (the runner's exec, as the worker sends them). */
	async function statementsOf(f: () => Promise<unknown>): Promise<string[]> {
		const runner = core.runner as unknown as { exec: (sql: string, o?: unknown) => Promise<void> };
		const exec = runner.exec;
		const seen: string[] = [];
		runner.exec = (sql, o) => {
			seen.push(sql);
			return exec.call(runner, sql, o);
		};
		try {
			await f();
		} finally {
			runner.exec = exec;
		}
		return seen;
	}
	const stagedTables = async () =>
		(
			await core.runner.table(
				"SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, '__segments_stage_')"
			)
		).numRows;
	const csv =
		'id,when,note,amount,flag\n1,05/01/2024,a,NULL,yes\n2,NULL,b,2.5,no\n3,31/12/2023,,7,NULL\n';

	it('turns the staged table into the entity table, converted, renamed and trimmed, the same as a copy', async () => {
		const pending = await stagedTables(); // stages other tests left open
		const staged = await stageFile(core, text('inplace.csv', csv));
		expect(await stagedTables()).toBe(pending + 1);
		expect(await core.tables()).not.toContain(`__segments_stage_${staged.stageId}`);
		const pick = (swap: boolean) =>
			choices(staged, {
				when: { kind: 'date', format: '%d/%m/%Y', name: swap ? 'note' : 'ordered_on' },
				note: swap ? { name: 'when' } : { include: false },
				amount: { name: 'total' }
			});
		const ran = await statementsOf(() =>
			core.commit(staged.stageId, 'inplace', pick(false), () => {})
		);
		expect(ran.some((s) => s.startsWith('CREATE OR REPLACE TABLE'))).toBe(false);
		expect(ran).toContain(
			'ALTER TABLE main."__segments_stage_stg_' + staged.stageId.slice(4) + '" RENAME TO "inplace"'
		);
		expect(await stagedTables()).toBe(pending);
		const rows = (await core.query('SELECT * FROM inplace ORDER BY id')).rows;
		expect(rows).toEqual([
			{ id: 1, ordered_on: '2024-01-05', total: null, flag: true },
			{ id: 2, ordered_on: null, total: 2.5, flag: false },
			{ id: 3, ordered_on: '2023-12-31', total: 7, flag: null }
		]);
		// names that swap places need the copy, which gives the same values
		const again = await stageFile(core, text('swap.csv', csv));
		const copied = await statementsOf(() =>
			core.commit(again.stageId, 'swapped', pick(true), () => {})
		);
		expect(copied.some((s) => s.startsWith('CREATE OR REPLACE TABLE main."swapped"'))).toBe(true);
		expect(await stagedTables()).toBe(pending);
		const swapped = (await core.query('SELECT id, note, "when", total FROM swapped ORDER BY id'))
			.rows;
		expect(swapped).toEqual([
			{ id: 1, note: '2024-01-05', when: 'a', total: null },
			{ id: 2, note: null, when: 'b', total: 2.5 },
			{ id: 3, note: '2023-12-31', when: null, total: 7 }
		]);
	});

	it('replaces an entity table of the same name and keeps the stage when the commit is refused', async () => {
		await importAs('again', text('a.csv', 'x\n1\n'));
		const staged = await stageFile(core, text('b.csv', 'x,y\n2,3\n'));
		await expect(
			core.commit(staged.stageId, '__segments_mine', choices(staged), () => {})
		).rejects.toThrow(/keeps for itself/);
		await core.commit(staged.stageId, 'again', choices(staged), () => {});
		expect((await core.query('SELECT * FROM again')).rows).toEqual([{ x: 2, y: 3 }]);
	});

	it('drops the stages a closed tab left before the next import', async () => {
		const fresh = await openNodeEngine();
		await fresh.runner.exec('CREATE TABLE main."__segments_stage_stg_7" AS SELECT 1 AS left_over');
		await stageFile(fresh, text('next.csv', 'a\n1\n'));
		const left = tableToRows(
			await fresh.runner.table(
				"SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, '__segments_stage_') ORDER BY 1"
			)
		).map((r) => r['table_name']);
		expect(left).toEqual(['__segments_stage_stg_1']);
	});
});

describe('JSON and NDJSON', () => {
	it('imports an array of objects with detected kinds and nested values as text', async () => {
		const json = JSON.stringify([
			{
				id: 1,
				name: 'Ann',
				vip: true,
				joined: '2024-01-02',
				last: '2024-03-04T10:00:00',
				tags: ['a'],
				n: null
			},
			{
				id: 2,
				name: 'Bob',
				vip: false,
				joined: null,
				last: '2024-03-05 11:30:00',
				extra: 'late field'
			}
		]);
		const { staged, committed } = await importAs('people', text('people.json', json));
		expect(staged.format).toBe('json');
		const kinds = Object.fromEntries(committed.columns.map((c) => [c.name, c.kind]));
		expect(kinds).toMatchObject({
			id: 'number',
			name: 'string',
			vip: 'boolean',
			joined: 'date',
			last: 'timestamp',
			tags: 'string',
			extra: 'string'
		});
		const rows = (await core.query('SELECT id, tags, extra FROM people ORDER BY id')).rows;
		expect(rows).toEqual([
			{ id: 1, tags: '["a"]', extra: null },
			{ id: 2, tags: null, extra: 'late field' }
		]);
	});

	it('imports NDJSON and converts UTC offsets', async () => {
		const nd = '{"id":1,"t":"2024-01-02T10:00:00Z"}\n{"id":2,"t":"2024-01-03T11:00:00+02:00"}\n\n';
		const { committed } = await importAs('events', text('events.ndjson', nd));
		expect(committed.rowCount).toBe(2);
		expect((await core.query('SELECT t FROM events ORDER BY id')).rows).toEqual([
			{ t: '2024-01-02 10:00:00' },
			{ t: '2024-01-03 09:00:00' }
		]);
	});

	it("decides a column's kind from every row, not only the first ones", async () => {
		// 60,000 records: `zip` looks numeric until the very last, `seen` is empty until then,
		// `vip` is a boolean throughout, `name` is text from the start
		const lines = Array.from({ length: 60_000 }, (_, i) =>
			JSON.stringify({
				id: i,
				zip: String(10_000 + i),
				seen: null,
				vip: i % 2 === 0,
				name: `n${i}`
			})
		);
		lines.push(
			JSON.stringify({ id: 60_000, zip: 'n/a', seen: '2024-05-01', vip: true, name: 'last' })
		);
		const staged = await stageFile(core, text('late.ndjson', lines.join('\n')));
		const kinds = Object.fromEntries(staged.columns.map((c) => [c.source, c.detected]));
		expect(kinds).toMatchObject({
			id: 'number',
			zip: 'string',
			seen: 'date',
			vip: 'boolean',
			name: 'string'
		});
	});

	it('refuses JSON that is not a table, with the record number', async () => {
		expect((await rejection(text('one.json', '{\n "a": 1\n}'))).message).toMatch(/single object/);
		expect((await rejection(text('nums.json', '[1, 2, 3]'))).message).toMatch(
			/Record 1 .*not an object/
		);
		expect((await rejection(text('cut.json', '[{"a": 1}, {"a": 2'))).message).toMatch(/cut off/);
		expect((await rejection(text('bad.ndjson', '{"a": 1}\n{"a": oops}\n'))).message).toMatch(
			/Record 2 \(line 2\)/
		);
		const deep = '[' + '{"a":'.repeat(200) + '1' + '}'.repeat(200) + ']';
		expect((await rejection(text('deep.json', deep))).message).toMatch(/nested more than/);
		expect((await rejection(text('empty.json', '[]'))).message).toMatch(/no records/);
	});
});

describe('Parquet', () => {
	let dir: string;
	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'segments-pq-'));
		const db = await DuckDBInstance.create(':memory:');
		const c = await db.connect();
		await c.run(`COPY (SELECT range::INTEGER AS id, 'name ' || range AS name, DATE '2024-01-01' + range::INTEGER AS d,
			TIMESTAMP '2024-01-01 10:00:00' + INTERVAL (range) MINUTE AS ts, range % 3 = 0 AS flag, (range / 7)::DECIMAL(10,2) AS amount,
			[range, range + 1] AS list
			FROM range(25000)) TO '${dir}/t.parquet' (FORMAT PARQUET, ROW_GROUP_SIZE 10000)`);
	});

	it('imports every row group with types intact', async () => {
		const { staged, committed } = await importAs('pq', await fileFrom(`${dir}/t.parquet`));
		expect(staged.rowCount).toBe(25000);
		expect(Object.fromEntries(committed.columns.map((c) => [c.name, c.kind]))).toEqual({
			id: 'number',
			name: 'string',
			d: 'date',
			ts: 'timestamp',
			flag: 'boolean',
			amount: 'number',
			list: 'string'
		});
		expect((await core.query('SELECT id, d, ts, amount FROM pq WHERE id = 24999')).rows).toEqual([
			{ id: 24999, d: '2092-06-11', ts: '2024-01-18 18:39:00', amount: 3571.29 }
		]);
	});

	it('refuses a truncated Parquet file with a sentence', async () => {
		const bytes = readFileSync(`${dir}/t.parquet`);
		const e = await rejection(text('cut.parquet', bytes.subarray(0, Math.floor(bytes.length / 2))));
		expect(e.message).toMatch(/Parquet file could not be read.*incomplete or damaged/);
	});
});

describe('formats: decimal commas and day-first dates', () => {
	const choice = (source: string, kind: ColumnChoice['kind'], format: string | null = null) => ({
		source,
		name: source,
		kind,
		include: true,
		format
	});

	it('counts the values a type would empty, with examples, and offers the formats that read them', async () => {
		const staged = await stageFile(core, await fileFrom(`${fixtures}/import-edge/european.csv`));
		expect(staged.dialect).toMatch(/^semicolon-separated/);
		const [amount, lastOrder] = await core.check(staged.stageId, [
			choice('amount', 'number'),
			choice('last_order', 'date')
		]);
		// C4 has no values: only the four written ones count
		expect(amount).toMatchObject({ lost: 4, format: null });
		expect(amount?.examples).toContain('12,50');
		expect(amount?.formats[0]).toEqual({
			format: 'decimal-comma',
			label: 'decimal comma: 1.234,50',
			lost: 0
		});
		expect(lastOrder?.lost).toBe(4);
		expect(lastOrder?.formats[0]).toMatchObject({
			format: '%d/%m/%Y %H:%M',
			label: 'day first: 31/12/2024 14:30',
			lost: 0
		});
		// month first reads only the dates whose day is 12 or less
		expect(lastOrder?.formats.find((f) => f.format === '%m/%d/%Y %H:%M')?.lost).toBe(3);

		const [withComma, withDayFirst] = await core.check(staged.stageId, [
			choice('amount', 'number', 'decimal-comma'),
			choice('last_order', 'date', '%d/%m/%Y %H:%M')
		]);
		expect(withComma).toMatchObject({ lost: 0, samples: [12.5, 3.75, 1234] });
		expect(withDayFirst).toMatchObject({
			lost: 0,
			samples: ['2025-01-05', '2025-02-28', '2025-03-13']
		});

		const c = await core.commit(
			staged.stageId,
			'european',
			[
				choice('customer', 'string'),
				choice('amount', 'number', 'decimal-comma'),
				choice('signup', 'date'),
				choice('last_order', 'timestamp', '%d/%m/%Y %H:%M')
			],
			() => {}
		);
		expect(c.columns.map((x) => x.kind)).toEqual(['string', 'number', 'date', 'timestamp']);
		expect((await core.query('SELECT * FROM european ORDER BY customer')).rows).toEqual([
			{ customer: 'C1', amount: 12.5, signup: '2024-12-31', last_order: '2025-01-05 14:30:00' },
			{ customer: 'C2', amount: 3.75, signup: '2024-02-01', last_order: '2025-02-28 09:05:00' },
			{ customer: 'C3', amount: 1234, signup: '2023-06-15', last_order: '2025-03-13 18:00:00' },
			{ customer: 'C4', amount: null, signup: null, last_order: null },
			{ customer: 'C5', amount: 0.99, signup: '2022-11-07', last_order: '2025-04-30 07:45:00' }
		]);
	});

	it('reads a custom date format, offers both orders when the dates leave it open, refuses an unknown code', async () => {
		const staged = await stageFile(
			core,
			text(
				'd.json',
				JSON.stringify([
					{ d: '03.04.2024', e: '01/02/2024' },
					{ d: '2024-05-06', e: '11/12/2023' }
				])
			)
		);
		const [d] = await core.check(staged.stageId, [choice('d', 'date', '%d.%m.%Y')]);
		expect(d).toMatchObject({ lost: 0, samples: ['2024-04-03', '2024-05-06'] });
		const [e] = await core.check(staged.stageId, [choice('e', 'date')]);
		expect(e?.lost).toBe(2);
		expect(e?.formats.slice(0, 2).map((f) => f.label)).toEqual([
			'day first: 31/12/2024',
			'month first: 12/31/2024'
		]);
		await expect(core.check(staged.stageId, [choice('d', 'date', '%Q/%m')])).rejects.toThrow(
			'“%Q/%m” is not a date format the engine understands'
		);
		await expect(core.check(staged.stageId, [choice('d', 'date', 'dd/mm/yyyy')])).rejects.toThrow(
			/has no date codes: use %d \(day\)/
		);
		await core.discard(staged.stageId);
	});
});

describe('a file is what its name says', () => {
	it('reads a .csv whose first column name starts with [ or { as CSV', async () => {
		const { staged, committed } = await importAs(
			'bracket',
			await fileFrom(`${fixtures}/import-edge/bracket-header.csv`)
		);
		expect(staged.format).toBe('csv');
		expect(staged.columns.map((c) => c.source)).toEqual(['[CustomerID]', 'Name', 'City']);
		expect(committed.rowCount).toBe(3);
		const curly = await stageFile(core, text('curly.tsv', '{id}\tname\n1\tAnn\n2\tBen\n'));
		expect(curly.format).toBe('csv');
		expect(curly.columns.map((c) => c.source)).toEqual(['{id}', 'name']);
		await core.discard(curly.stageId);
	});

	it('reads .txt as text and .json as JSON; the content decides only for unknown names', async () => {
		const txt = await stageFile(core, text('list.txt', '[a],b\n1,2\n3,4\n'));
		expect(txt.format).toBe('csv');
		await core.discard(txt.stageId);
		const json = await stageFile(core, text('export', '[{"a": 1}, {"a": 2}]'));
		expect(json.format).toBe('json');
		await core.discard(json.stageId);
		const csv = await stageFile(core, text('export.dat', 'a,b\n1,2\n3,4\n'));
		expect(csv.format).toBe('csv');
		await core.discard(csv.stageId);
	});

	it('says so when the content contradicts the name', async () => {
		expect((await rejection(text('orders.parquet', 'id,total\n1,2\n'))).message).toBe(
			'orders.parquet: This file is named .parquet but is not a Parquet file (it does not start like one). Check that it was exported as Parquet, or rename it after its real format.'
		);
		expect((await rejection(text('orders.json', 'id,total\n1,2\n'))).message).toMatch(
			/^orders\.json: This file is named \.json but is not JSON/
		);
		const parquetBytes = new Uint8Array([0x50, 0x41, 0x52, 0x31, 0, 0, 0, 0]);
		expect((await rejection(text('orders.csv', parquetBytes))).message).toMatch(
			/named \.csv but is a Parquet file/
		);
	});
});

afterAll(() => {
	// nothing to close: the Node engine lives as long as the test file
});
