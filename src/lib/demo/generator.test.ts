import { DuckDBInstance } from '@duckdb/node-api';
import { tableToIPC } from 'apache-arrow';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDb } from '../../../tests/helpers/duckdb';
import { batchToCsv, csvField, csvHeader, formatDecimal } from './csv';
import { formatDay, formatTimestamp, parseDay } from './dates';
import { civilFromDay, dayFromCivil } from '../segments/dates';
import {
	DEMO_CUSTOMERS,
	MS_PER_DAY,
	batchToArrow,
	generateWorld,
	type ColumnData,
	type DemoEntity,
	type DemoWorld
} from './generator';

const TODAY = '2026-11-28';
const T = parseDay(TODAY);

type Value = number | string | boolean | null;

function rows(entity: DemoEntity, batchSize?: number): Value[][] {
	const out: Value[][] = [];
	for (const batch of entity.batches(batchSize))
		for (let r = 0; r < batch.length; r++)
			out.push(batch.columns.map((c) => (c as ArrayLike<Value>)[r] ?? null));
	return out;
}

function column(entity: DemoEntity, name: string): Value[] {
	const i = entity.columns.findIndex((c) => c.name === name);
	if (i < 0) throw new Error(`no column ${name}`);
	const out: Value[] = [];
	for (const batch of entity.batches()) {
		const data = batch.columns[i] as ArrayLike<Value>;
		for (let r = 0; r < batch.length; r++) out.push(data[r] ?? null);
	}
	return out;
}

const nums = (v: Value[]) => v as number[];

// One 10k world (the in-app size) shared by the statistical tests; columns read lazily.
let demo: DemoWorld | undefined;
const world = () => (demo ??= generateWorld({ customers: DEMO_CUSTOMERS, seed: 42, today: TODAY }));
const cache = new Map<string, Value[]>();
const col = (entity: string, name: string) => {
	const key = entity + '.' + name;
	let v = cache.get(key);
	if (!v) cache.set(key, (v = column(world().entity(entity), name)));
	return v;
};

describe('dates', () => {
	it('round-trips every day from 1900 to 2100 and validates input', () => {
		const bad: number[] = [];
		for (let d = dayFromCivil(1900, 1, 1); d <= dayFromCivil(2100, 12, 31); d++)
			if (parseDay(formatDay(d)) !== d) bad.push(d);
		expect(bad).toEqual([]);
		expect(formatDay(0)).toBe('1970-01-01');
		expect(civilFromDay(parseDay('2024-02-29'))).toEqual({ y: 2024, m: 2, d: 29 });
		expect(() => parseDay('2025-02-29')).toThrow();
		expect(() => parseDay('2025-2-1')).toThrow();
		expect(formatTimestamp(parseDay('2026-01-02') * MS_PER_DAY + 3_723_000)).toBe(
			'2026-01-02 01:02:03'
		);
	});
});

describe('determinism', () => {
	it('same parameters give the same rows, whatever the batch size', () => {
		const a = generateWorld({ customers: 1500, seed: 7, today: TODAY });
		const b = generateWorld({ customers: 1500, seed: 7, today: TODAY });
		for (const e of a.entities) {
			const big = rows(e);
			expect(big.length).toBe(e.rowCountEstimate);
			expect(rows(b.entity(e.name), 997)).toEqual(big);
			expect(rows(e, 1).slice(0, 50)).toEqual(big.slice(0, 50));
			// iterating again starts over
			expect(rows(e, 4096)).toEqual(big);
		}
	});

	it('a different seed or day gives different data; today defaults to the local date', () => {
		const first = (w: DemoWorld) => rows(w.entity('Customers')).slice(0, 20);
		const base = first(generateWorld({ customers: 100, seed: 1, today: TODAY }));
		expect(first(generateWorld({ customers: 100, seed: 2, today: TODAY }))).not.toEqual(base);
		expect(first(generateWorld({ customers: 100, seed: 1, today: '2026-11-29' }))).not.toEqual(
			base
		);
		const now = new Date();
		const local = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
		expect(generateWorld({ customers: 10 }).params).toEqual({
			customers: 10,
			seed: 42,
			today: local
		});
	});

	it('first rows are stable (bump GENERATOR_VERSION when changing generation on purpose)', () => {
		const w = generateWorld({ customers: 1000, seed: 42, today: TODAY });
		const firstCsv = (name: string) => {
			const e = w.entity(name);
			const batch = e.batches(1)[Symbol.iterator]().next().value;
			if (!batch) throw new Error('empty');
			return batchToCsv(e, batch).trim();
		};
		expect(w.entities.map((e) => firstCsv(e.name))).toMatchInlineSnapshot(`
			[
			  "1,Beatriz Ferreira,b.ferreira1@mail.example,Brazil,São Paulo,1998-02-28,2021-11-30,bronze,true",
			  "1,122,2023-11-29,472.21,completed,web",
			  "1,202,2024-11-28 12:59:21,medium,false,closed",
			  "1,3,2021-12-07 18:54:17",
			  "s-000471-1,471,/pricing,2026-08-30 13:40:56",
			]
		`);
	});

	it('rejects bad parameters', () => {
		expect(() => generateWorld({ customers: 0 })).toThrow();
		expect(() => generateWorld({ customers: 1.5 })).toThrow();
		expect(() => generateWorld({ customers: 10, seed: Number.NaN })).toThrow();
		expect(() => generateWorld({ customers: 10, today: '28/11/2026' })).toThrow();
	});
});

describe('shape', () => {
	it('exports the data model: entities, relationships, profile', () => {
		const w = world();
		expect(w.entities.map((e) => e.name)).toEqual([
			'Customers',
			'Orders',
			'Cases',
			'OnlineAccounts',
			'ClickStream'
		]);
		expect(w.profile).toEqual({ entity: 'Customers', key: 'id' });
		expect(w.relationships.map((r) => [r.name, r.from, r.to, r.cardinality])).toEqual([
			[
				'orders_customer',
				{ entity: 'Orders', attribute: 'customer_id' },
				{ entity: 'Customers', attribute: 'id' },
				'many-to-one'
			],
			[
				'cases_customer',
				{ entity: 'Cases', attribute: 'customer_id' },
				{ entity: 'Customers', attribute: 'id' },
				'many-to-one'
			],
			[
				'online_accounts_customer',
				{ entity: 'OnlineAccounts', attribute: 'customer_id' },
				{ entity: 'Customers', attribute: 'id' },
				'many-to-one'
			],
			[
				'clickstream_online_account',
				{ entity: 'ClickStream', attribute: 'online_account_id' },
				{ entity: 'OnlineAccounts', attribute: 'id' },
				'many-to-one'
			]
		]);
		for (const r of w.relationships) {
			expect(w.entity(r.from.entity).columns.map((c) => c.name)).toContain(r.from.attribute);
			expect(w.entity(r.to.entity).columns.map((c) => c.name)).toContain(r.to.attribute);
		}
	});

	it('uses the documented batch encodings', () => {
		const w = generateWorld({ customers: 50, today: TODAY });
		const expected: Record<string, (d: ColumnData) => boolean> = {
			int: (d) => d instanceof Int32Array,
			number: (d) => d instanceof Float64Array,
			date: (d) => d instanceof Int32Array,
			timestamp: (d) => d instanceof Float64Array,
			string: (d) => Array.isArray(d) && d.every((v) => v === null || typeof v === 'string'),
			boolean: (d) => Array.isArray(d) && d.every((v) => v === null || typeof v === 'boolean')
		};
		for (const e of w.entities)
			for (const batch of e.batches(16)) {
				expect(batch.columns).toHaveLength(e.columns.length);
				e.columns.forEach((c, i) => {
					const d = batch.columns[i]!;
					expect(d.length).toBe(batch.length);
					const kind = c.type === 'number' && c.integer ? 'int' : c.type;
					expect(expected[kind]!(d), `${e.name}.${c.name}`).toBe(true);
				});
			}
	});

	it('scales by the documented ratios', () => {
		const w = world();
		const n = DEMO_CUSTOMERS;
		const count = (name: string) => w.entity(name).rowCountEstimate;
		expect(count('Customers')).toBe(n);
		expect(count('Orders')).toBe(10 * n);
		expect(count('Cases')).toBe(2 * n);
		expect(count('ClickStream')).toBe(10 * n);
		expect(count('OnlineAccounts')).toBeGreaterThan(0.58 * n);
		expect(count('OnlineAccounts')).toBeLessThan(0.68 * n);
		expect(col('OnlineAccounts', 'id')).toHaveLength(count('OnlineAccounts'));
		const perCustomer = new Map<number, number>();
		for (const c of nums(col('OnlineAccounts', 'customer_id')))
			perCustomer.set(c, (perCustomer.get(c) ?? 0) + 1);
		const twos = [...perCustomer.values()].filter((k) => k === 2).length;
		expect(twos).toBeGreaterThan(0.01 * n);
		expect(twos).toBeLessThan(0.06 * n);
		expect(Math.max(...perCustomer.values())).toBe(2);
	});
});

describe('referential facts', () => {
	it('ids are 1..n and references hit, except a handful of orphan orders', () => {
		const n = DEMO_CUSTOMERS;
		expect(col('Customers', 'id')).toEqual(Array.from({ length: n }, (_, i) => i + 1));
		const orders = nums(col('Orders', 'customer_id'));
		const orphans = orders.filter((c) => c < 1 || c > n).length;
		expect(orphans).toBeGreaterThan(0);
		expect(orphans).toBeLessThan(orders.length * 0.001);
		expect(new Set(orders.filter((c) => c > n)).size).toBeLessThanOrEqual(20);
		const outside = (values: Value[], max: number) =>
			nums(values).filter((v) => !(v >= 1 && v <= max)).length;
		expect(outside(col('Cases', 'customer_id'), n)).toBe(0);
		expect(outside(col('OnlineAccounts', 'customer_id'), n)).toBe(0);
		const accounts = col('OnlineAccounts', 'id').length;
		expect(outside(col('ClickStream', 'online_account_id'), accounts)).toBe(0);
	});

	it('events happen after the customer signed up / the account was created', () => {
		const signup = nums(col('Customers', 'signup_date'));
		const orderCustomer = nums(col('Orders', 'customer_id'));
		const orderDate = nums(col('Orders', 'order_date'));
		let before = 0;
		orderCustomer.forEach((c, i) => {
			const s = signup[c - 1];
			if (s !== undefined && orderDate[i]! < s) before++;
		});
		expect(before).toBe(0);
		const created = nums(col('OnlineAccounts', 'created_at'));
		const clickAccount = nums(col('ClickStream', 'online_account_id'));
		const clickTime = nums(col('ClickStream', 'event_time'));
		expect(clickAccount.filter((a, i) => clickTime[i]! < created[a - 1]!).length).toBe(0);
	});

	it('sessions belong to one account and keep their events in order', () => {
		const sid = col('ClickStream', 'session_id') as string[];
		const acct = nums(col('ClickStream', 'online_account_id'));
		const time = nums(col('ClickStream', 'event_time'));
		const problems: number[] = [];
		for (let i = 0; i < sid.length; i++) {
			const m = /^s-(\d{6,})-\d+$/.exec(sid[i]!);
			if (!m || Number(m[1]) !== acct[i]) problems.push(i);
			else if (i > 0 && sid[i] === sid[i - 1] && !(time[i]! > time[i - 1]!)) problems.push(i);
		}
		expect(problems).toEqual([]);
		// a session id is never reused for a later, separate session
		const seen = new Set<string>();
		let runs = 0;
		sid.forEach((s, i) => {
			if (i === 0 || s !== sid[i - 1]) {
				runs++;
				seen.add(s);
			}
		});
		expect(seen.size).toBe(runs);
	});
});

describe('values relative to today', () => {
	it('orders: three years up to today, every one of the last 90 days, ~5–10% above 500', () => {
		const dates = nums(col('Orders', 'order_date'));
		expect(Math.max(...dates)).toBe(T);
		expect(Math.min(...dates)).toBeGreaterThanOrEqual(T - 3 * 366);
		const days = new Set(dates);
		for (let d = T - 90; d <= T; d++) expect(days.has(d), formatDay(d)).toBe(true);
		const recent = dates.filter((d) => d > T - 365).length / dates.length;
		expect(recent).toBeGreaterThan(0.4); // skewed to recent (uniform would be 1/3)
		const amounts = nums(col('Orders', 'total_amount'));
		const over = amounts.filter((a) => a > 500).length / amounts.length;
		expect(over).toBeGreaterThan(0.05);
		expect(over).toBeLessThan(0.1);
		expect(amounts.filter((a) => Math.round(a * 100) / 100 !== a)).toEqual([]);
		expect(new Set(col('Orders', 'status'))).toEqual(
			new Set(['completed', 'shipped', 'cancelled', 'returned'])
		);
		expect(new Set(col('Orders', 'channel'))).toEqual(new Set(['web', 'store', 'app', 'phone']));
	});

	it('cases: two years before today, escalated ones in the last 30 days, ~12% escalated', () => {
		const created = nums(col('Cases', 'created_at'));
		const escalated = col('Cases', 'escalated');
		const start = T * MS_PER_DAY;
		expect(Math.max(...created)).toBeLessThan(start);
		expect(Math.min(...created)).toBeGreaterThanOrEqual(start - 731 * MS_PER_DAY);
		const last30 = created.filter((t) => t >= start - 30 * MS_PER_DAY).length;
		expect(last30).toBeGreaterThan(0.05 * created.length);
		expect(
			created.filter((t, i) => t >= start - 30 * MS_PER_DAY && escalated[i]).length
		).toBeGreaterThan(20);
		const rate = escalated.filter((e) => e === true).length / escalated.length;
		expect(rate).toBeGreaterThan(0.1);
		expect(rate).toBeLessThan(0.15);
		expect(new Set(col('Cases', 'priority'))).toEqual(new Set(['low', 'medium', 'high', 'urgent']));
		expect(new Set(col('Cases', 'status'))).toEqual(new Set(['open', 'pending', 'closed']));
	});

	it('click stream: 90 days, denser recently, /pricing in the last 7 days', () => {
		const time = nums(col('ClickStream', 'event_time'));
		const page = col('ClickStream', 'page');
		const start = T * MS_PER_DAY;
		expect(Math.max(...time)).toBeLessThan(start);
		expect(Math.min(...time)).toBeGreaterThanOrEqual(start - 90 * MS_PER_DAY);
		const week = (k: number) =>
			time.filter((t) => t >= start - (k + 1) * 7 * MS_PER_DAY && t < start - k * 7 * MS_PER_DAY)
				.length;
		expect(week(0)).toBeGreaterThan(week(11) * 2);
		const pricing7 = time.filter((t, i) => t >= start - 7 * MS_PER_DAY && page[i] === '/pricing');
		expect(pricing7.length).toBeGreaterThan(100);
		expect(page.filter((p) => p === '/pricing').length / page.length).toBeGreaterThan(0.05);
		expect(page.some((p) => typeof p === 'string' && p.startsWith('/blog/'))).toBe(true);
	});

	it('customers: signups in the past five years, birthdays incl. 29 February, messy emails', () => {
		const n = DEMO_CUSTOMERS;
		const signup = nums(col('Customers', 'signup_date'));
		expect(Math.max(...signup)).toBeLessThan(T);
		expect(Math.min(...signup)).toBeGreaterThanOrEqual(T - 5 * 366);
		const births = nums(col('Customers', 'birth_date')).map((d) => civilFromDay(d));
		expect(births.filter(({ m, d }) => m === 2 && d === 29).length).toBeGreaterThan(5);
		const year = civilFromDay(T).y;
		expect(births.filter(({ y }) => year - y < 18)).toEqual([]);
		const email = col('Customers', 'email');
		const nulls = email.filter((e) => e === null).length / n;
		expect(nulls).toBeGreaterThan(0.02);
		expect(nulls).toBeLessThan(0.04);
		expect(email.filter((e) => e === '').length).toBeGreaterThan(5);
		expect(
			email
				.filter((e) => typeof e === 'string' && e !== '')
				.every((e) => /^[A-Za-z0-9._]+@[a-z.]+$/.test(e as string))
		).toBe(true);
		const tiers = col('Customers', 'loyalty_tier');
		const share = (t: string) => tiers.filter((x) => x === t).length / n;
		expect(share('bronze')).toBeGreaterThan(share('silver'));
		expect(share('silver')).toBeGreaterThan(share('gold'));
		expect(share('gold')).toBeGreaterThan(share('platinum'));
		expect(share('platinum')).toBeGreaterThan(0.01);
		const sub = col('Customers', 'is_subscribed');
		expect(sub.filter((s) => s === null).length).toBeGreaterThan(0);
		expect(sub.filter((s) => s === true).length).toBeGreaterThan(0);
		const countries = col('Customers', 'country');
		expect(new Set(countries).size).toBe(15);
		// a city belongs to exactly one country
		const cityCountries = new Map<Value, Set<Value>>();
		col('Customers', 'city').forEach((c, i) => {
			const set = cityCountries.get(c) ?? new Set();
			cityCountries.set(c, set.add(countries[i]!));
		});
		expect([...cityCountries.values()].filter((set) => set.size > 1)).toEqual([]);
	});

	it('moves with today', () => {
		const today = '2024-03-01';
		const w = generateWorld({ customers: 300, today });
		const t = parseDay(today);
		const dates = nums(column(w.entity('Orders'), 'order_date'));
		expect(Math.max(...dates)).toBe(t);
		const days = new Set(dates);
		for (let d = t - 90; d <= t; d++) expect(days.has(d)).toBe(true);
		const clicks = nums(column(w.entity('ClickStream'), 'event_time'));
		expect(Math.max(...clicks)).toBeLessThan(t * MS_PER_DAY);
		expect(Math.min(...clicks)).toBeGreaterThanOrEqual((t - 90) * MS_PER_DAY);
	});
});

describe('CSV', () => {
	it('quotes per RFC 4180 and keeps NULL and empty apart', () => {
		expect(csvField(null)).toBe('');
		expect(csvField('')).toBe('""');
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		for (const v of [
			0,
			-0,
			1,
			0.1,
			0.05,
			122.3,
			472.21,
			-0.5,
			-12.05,
			123.456,
			1e21,
			2e7,
			0.1 + 0.2
		])
			expect(formatDecimal(v)).toBe(String(v));
		const w = generateWorld({ customers: 20, today: TODAY });
		const e = w.entity('Cases');
		expect(csvHeader(e)).toBe('id,customer_id,created_at,priority,escalated,status\n');
		const batch = e.batches(3)[Symbol.iterator]().next().value!;
		const lines = batchToCsv(e, batch).split('\n');
		expect(lines).toHaveLength(4);
		expect(lines[0]).toMatch(
			/^1,\d+,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,(low|medium|high|urgent),(true|false),\w+$/
		);
	});
});

describe('Arrow', () => {
	it('converts 10k customers (≈236k rows) to Arrow quickly', () => {
		const t = performance.now();
		const w = generateWorld({ customers: DEMO_CUSTOMERS, seed: 3, today: TODAY });
		let total = 0;
		for (const e of w.entities)
			for (const batch of e.batches()) total += batchToArrow(e, batch).numRows;
		const ms = performance.now() - t;
		console.log(
			`10k-customer world: ${total} rows generated + converted to Arrow in ${ms.toFixed(0)} ms`
		);
		expect(total).toBeGreaterThan(230_000);
		// Target is well under 1.5 s; the margin absorbs a loaded CI machine.
		expect(ms).toBeLessThan(4000);
	});

	it('round-trips through DuckDB-WASM with the intended column types and values', async () => {
		const db = await openTestDb();
		try {
			const w = generateWorld({ customers: 2000, today: TODAY });
			const duckType: Record<string, string> = {
				int: 'INTEGER',
				number: 'DOUBLE',
				string: 'VARCHAR',
				date: 'DATE',
				timestamp: 'TIMESTAMP',
				boolean: 'BOOLEAN'
			};
			for (const e of w.entities) {
				let first = true;
				for (const batch of e.batches(5000)) {
					const table = batchToArrow(e, batch);
					expect(table.numRows).toBe(batch.length);
					// Not conn.insertArrowTable: under vitest the duckdb-wasm Node build loads the CJS
					// copy of apache-arrow, whose tableToIPC does not recognise an ESM-built Table and
					// silently serialises nothing. The IPC bytes from our own arrow are what it sends.
					db.conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), {
						name: e.name,
						create: first
					});
					first = false;
				}
				const described = db.all(`DESCRIBE "${e.name}"`);
				expect(described.map((r) => [r.column_name, r.column_type])).toEqual(
					e.columns.map((c) => [
						c.name,
						duckType[c.type === 'number' && c.integer ? 'int' : c.type]
					])
				);
				const [count] = db.all(`SELECT count(*)::INTEGER AS n FROM "${e.name}"`);
				expect(count?.n).toBe(e.rowCountEstimate);
				// Values: DuckDB's rendering of every row equals the CSV rendering of the batch.
				const header = csvHeader(e).trim();
				const fromDb = db.all(`SELECT * FROM "${e.name}" LIMIT 300`).map((r) =>
					e.columns
						.map((c) => {
							const v = r[c.name];
							return v === null || v === undefined ? '' : csvField(String(v));
						})
						.join(',')
				);
				const batch = e.batches(300)[Symbol.iterator]().next().value!;
				expect([header, ...fromDb].join('\n') + '\n').toBe(csvHeader(e) + batchToCsv(e, batch));
			}
			expect(
				db.all(`SELECT count(*)::INTEGER AS n FROM Customers WHERE email = ''`)[0]?.n
			).toBeGreaterThan(0);
			expect(
				db.all(`SELECT count(*)::INTEGER AS n FROM Customers WHERE email IS NULL`)[0]?.n
			).toBeGreaterThan(0);
			expect(
				db.all(
					`SELECT count(*)::INTEGER AS n FROM Orders o LEFT JOIN Customers c ON c.id = o.customer_id WHERE c.id IS NULL`
				)[0]?.n
			).toBeGreaterThan(0);
		} finally {
			db.close();
		}
	});
});

describe('scripts/generate-demo.ts', () => {
	it('writes CSV, Parquet and NDJSON at tiny scale and skips up-to-date outputs', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'segments-demo-'));
		const root = join(import.meta.dirname, '../../..');
		const run = (...extra: string[]) =>
			execFileSync(
				process.execPath,
				[
					join(root, 'node_modules/tsx/dist/cli.mjs'),
					join(root, 'scripts/generate-demo.ts'),
					'--customers',
					'200',
					'--out',
					dir,
					'--formats',
					'csv,parquet,ndjson',
					'--today',
					TODAY,
					...extra
				],
				{ encoding: 'utf8', cwd: root }
			);
		try {
			const output = run();
			const w = generateWorld({ customers: 200, seed: 42, today: TODAY });
			const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
				params: unknown;
				entities: Record<string, { rows: number }>;
			};
			expect(manifest.params).toEqual({ customers: 200, seed: 42, today: TODAY });
			const instance = await DuckDBInstance.create(':memory:');
			const conn = await instance.connect();
			try {
				for (const e of w.entities) {
					for (const f of ['csv', 'parquet', 'ndjson'])
						expect(existsSync(join(dir, `${e.name}.${f}`)), `${e.name}.${f}`).toBe(true);
					expect(manifest.entities[e.name]?.rows).toBe(e.rowCountEstimate);
					// One line per row plus the header: no generated value contains a line break.
					const csv = readFileSync(join(dir, `${e.name}.csv`), 'utf8');
					expect(csv.split('\n').length - 2).toBe(e.rowCountEstimate);
					expect(csv.startsWith(csvHeader(e))).toBe(true);
					const ndjson = readFileSync(join(dir, `${e.name}.ndjson`), 'utf8')
						.trim()
						.split('\n');
					expect(ndjson).toHaveLength(e.rowCountEstimate);

					const parquet = join(dir, `${e.name}.parquet`).replaceAll("'", "''");
					const types = (
						await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${parquet}')`)
					).getRowObjectsJson();
					expect(types.map((t) => t.column_type)).toEqual(
						e.columns.map((c) =>
							c.type === 'number'
								? c.integer
									? 'INTEGER'
									: 'DOUBLE'
								: { string: 'VARCHAR', date: 'DATE', timestamp: 'TIMESTAMP', boolean: 'BOOLEAN' }[
										c.type
									]
						)
					);
					const n = (
						await conn.runAndReadAll(`SELECT count(*) FROM read_parquet('${parquet}')`)
					).getRows();
					expect(Number(n[0]?.[0])).toBe(e.rowCountEstimate);
				}
				// NULL and '' survive the CSV hop as different values.
				const generated = column(w.entity('Customers'), 'email');
				const parquet = join(dir, 'Customers.parquet').replaceAll("'", "''");
				const counts = (
					await conn.runAndReadAll(
						`SELECT count(*) FILTER (email IS NULL)::INTEGER AS nulls, count(*) FILTER (email = '')::INTEGER AS empties FROM read_parquet('${parquet}')`
					)
				).getRowObjectsJson()[0];
				expect(counts).toEqual({
					nulls: generated.filter((v) => v === null).length,
					empties: generated.filter((v) => v === '').length
				});
			} finally {
				conn.closeSync();
				instance.closeSync();
			}
			expect(output).toContain('ClickStream');
			expect(run()).toContain('up to date');
			expect(run('--force')).not.toContain('up to date');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
