// Finding customers and suggesting keys, on the demo world in the real DuckDB-WASM engine,
// against hand-written queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDemoDb, type DemoDb } from '../../../tests/helpers/demo-db';
import { findCustomersSql, suggestedKeysSql } from './customer-sql';

let demo: DemoDb;
beforeAll(async () => {
	demo = await openDemoDb(2000);
	demo.db.run(
		'CREATE TABLE main.segment_members (segment_id VARCHAR NOT NULL, member_key VARCHAR NOT NULL)'
	);
	demo.db.run(
		"INSERT INTO main.segment_members SELECT 'vip', CAST(id AS VARCHAR) FROM demo_customers WHERE id % 10 = 0"
	);
}, 120_000);
afterAll(() => demo?.db.close());

describe('customer search', () => {
	it('finds a customer by key, the key match first', () => {
		const rows = demo.db.all(findCustomersSql(demo.model, '17', ['name', 'email'])!);
		expect(rows[0]?.k).toBe('17');
		expect(rows[0]?.id).toBe(17);
	});

	it('finds customers by part of a name or e-mail, case ignored, as a hand-written query does', () => {
		const [first] = demo.db.all('SELECT name FROM demo_customers ORDER BY id LIMIT 1');
		const part = String(first!.name).split(' ')[0]!.toUpperCase();
		const got = demo.db
			.all(findCustomersSql(demo.model, part, ['name', 'email'], 10_000)!)
			.map((r) => r.k);
		const want = demo.db
			.all(
				`SELECT CAST(id AS VARCHAR) AS k FROM demo_customers
				 WHERE lower(name) LIKE '%${part.toLowerCase()}%' OR lower(email) LIKE '%${part.toLowerCase()}%'
				 ORDER BY id`
			)
			.map((r) => r.k);
		expect(want.length).toBeGreaterThan(0);
		expect(got).toEqual(want);
	});

	it('keeps a quote in the search text as text', () => {
		expect(
			demo.db.all(findCustomersSql(demo.model, "o'; DROP TABLE demo_customers; --", ['name'])!)
		).toEqual([]);
		expect(demo.db.all('SELECT count(*) AS n FROM demo_customers')[0]?.n).toBe(2000);
	});

	it('suggests members of the latest run and customers outside it', () => {
		const rows = demo.db.all(suggestedKeysSql(demo.model, 'vip', 3)!);
		const members = rows.filter((r) => r.member === true).map((r) => Number(r.k));
		const others = rows.filter((r) => r.member === false).map((r) => Number(r.k));
		expect(members).toHaveLength(3);
		expect(others).toHaveLength(3);
		expect(members.every((k) => k % 10 === 0)).toBe(true);
		expect(others.every((k) => k % 10 !== 0)).toBe(true);
	});
});
