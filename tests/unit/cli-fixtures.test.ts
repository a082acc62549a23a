// The command line on real third-party files (tests/fixtures: Northwind and dbt's jaffle_shop),
// each with a model file naming the files its entities were imported from: the CLI finds the files
// by those names, reads them in place, and gives the same members as the browser engine
// (DuckDB-WASM in Node) on the same files — multi-hop paths and aggregates included.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttributeType, DataModel, Relationship } from '../../src/lib/segments/data-model';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { compileSegment } from '../../src/lib/segments/compile';
import { runCli, writeModelFile } from '../helpers/cli';
import { openTestDb, type TestDb } from '../helpers/duckdb';
import { agg, cond, definition } from '../helpers/segment-fixture';

const AS_OF = '2025-01-01';
const CLOCK = { today: AS_OF, now: `${AS_OF}T23:59:59` };

const rel = (name: string, from: string, fa: string, to: string, ta: string): Relationship => ({
	name,
	from: { entity: from, attribute: fa },
	to: { entity: to, attribute: ta },
	cardinality: 'many-to-one'
});

function entity(name: string, file: string, attributes: [string, AttributeType][]) {
	return {
		name,
		displayName: name,
		table: `t_${name.toLowerCase()}`,
		attributes: attributes.map(([n, type]) => ({ name: n, displayName: n, type })),
		rowCount: 0,
		sourceFile: file,
		sourceFormat: 'csv' as const,
		importedAt: '2025-01-01T00:00:00.000Z'
	};
}

interface World {
	folder: string;
	model: DataModel;
	segments: SegmentDefinition[];
}

const northwind: World = {
	folder: 'tests/fixtures/northwind',
	model: {
		entities: [
			entity('Categories', 'categories.csv', [
				['category_id', 'number'],
				['category_name', 'string']
			]),
			entity('Products', 'products.csv', [
				['product_id', 'number'],
				['category_id', 'number']
			]),
			entity('OrderDetails', 'order_details.csv', [
				['order_id', 'number'],
				['product_id', 'number'],
				['quantity', 'number'],
				['unit_price', 'number']
			]),
			entity('Orders', 'orders.csv', [
				['order_id', 'number'],
				['customer_id', 'string'],
				['order_date', 'date']
			]),
			entity('Customers', 'customers.csv', [
				['customer_id', 'string'],
				['country', 'string']
			])
		],
		relationships: [
			rel('products_category', 'Products', 'category_id', 'Categories', 'category_id'),
			rel('details_product', 'OrderDetails', 'product_id', 'Products', 'product_id'),
			rel('details_order', 'OrderDetails', 'order_id', 'Orders', 'order_id'),
			rel('orders_customer', 'Orders', 'customer_id', 'Customers', 'customer_id')
		],
		profile: { entity: 'Customers', key: 'customer_id' }
	},
	segments: [
		{
			...definition([
				{
					id: 'seafood',
					path: {
						start: 'Categories',
						steps: [
							{ relationship: 'products_category', direction: 'reverse' },
							{ relationship: 'details_product', direction: 'reverse' },
							{ relationship: 'details_order', direction: 'forward' },
							{ relationship: 'orders_customer', direction: 'forward' }
						]
					},
					where: cond('Categories', 'category_name', 'equals', 'Seafood'),
					aggregates: [
						agg({
							function: 'sum',
							entity: 'OrderDetails',
							attribute: 'quantity',
							operator: 'greaterThan',
							value: 100
						} as never)
					]
				}
			]),
			name: 'seafood_buyers'
		},
		{
			...definition([
				{
					id: 'german',
					path: { start: 'Customers', steps: [] },
					where: cond('Customers', 'country', 'inList', ['Germany', 'France']),
					aggregates: []
				},
				{
					id: 'late',
					operator: 'exclude',
					path: {
						start: 'Orders',
						steps: [{ relationship: 'orders_customer', direction: 'forward' }]
					},
					where: cond('Orders', 'order_date', 'after', '1998-01-01'),
					aggregates: []
				}
			]),
			name: 'quiet_since_1998'
		}
	]
};

const jaffle: World = {
	folder: 'tests/fixtures/jaffle_shop',
	model: {
		entities: [
			entity('Customers', 'raw_customers.csv', [
				['id', 'number'],
				['first_name', 'string']
			]),
			entity('Orders', 'raw_orders.csv', [
				['id', 'number'],
				['user_id', 'number'],
				['order_date', 'date'],
				['status', 'string']
			]),
			entity('Payments', 'raw_payments.csv', [
				['id', 'number'],
				['order_id', 'number'],
				['payment_method', 'string'],
				['amount', 'number']
			])
		],
		relationships: [
			rel('orders_customer', 'Orders', 'user_id', 'Customers', 'id'),
			rel('payments_order', 'Payments', 'order_id', 'Orders', 'id')
		],
		profile: { entity: 'Customers', key: 'id' }
	},
	segments: [
		{
			...definition([
				{
					id: 'big',
					path: {
						start: 'Payments',
						steps: [
							{ relationship: 'payments_order', direction: 'forward' },
							{ relationship: 'orders_customer', direction: 'forward' }
						]
					},
					where: cond('Orders', 'status', 'equals', 'completed'),
					aggregates: [
						agg({ function: 'count', entity: 'Payments', operator: 'atLeast', value: 2 } as never)
					]
				}
			]),
			name: 'repeat_payers'
		}
	]
};

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

function browserMembers(world: World, d: SegmentDefinition): string[] {
	for (const e of world.model.entities) {
		const path = wasm.file(`${e.table}.csv`, readFileSync(join(world.folder, e.sourceFile)));
		wasm.run(
			`CREATE OR REPLACE TABLE ${e.table} AS SELECT * FROM read_csv('${path}', header = true, allow_quoted_nulls = false)`
		);
	}
	const compiled = compileSegment(d, world.model, CLOCK);
	if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
	return wasm
		.all(
			`SELECT DISTINCT CAST(member_key AS VARCHAR) AS k FROM (${compiled.sql.members}) ORDER BY k`
		)
		.map((r) => String(r.k));
}

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
				const browser = browserMembers(world, d);
				expect(browser.length, `${d.name} has members`).toBeGreaterThan(0);
				const first =
					cli.find((k) => !browser.includes(k)) ?? browser.find((k) => !cli.includes(k));
				expect(first, `${d.name}: first difference`).toBeUndefined();
				expect(cli).toHaveLength(browser.length);
			}
		});
});
