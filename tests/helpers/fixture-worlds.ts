// Northwind and dbt's jaffle_shop (tests/fixtures) as the app would model them after an import:
// entities named after the files they came from, relationships, and segments with multi-hop paths
// and aggregates. The command line's fixture tests and the PostgreSQL parity test use them.
import type { AttributeType, DataModel, Relationship } from '../../src/lib/segments/data-model';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSegment } from '../../src/lib/segments/compile';
import type { TestDb } from './duckdb';
import { agg, cond, definition } from './segment-fixture';

export const AS_OF = '2025-01-01';
export const CLOCK = { today: AS_OF, now: `${AS_OF}T23:59:59` };

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

export interface World {
	folder: string;
	model: DataModel;
	segments: SegmentDefinition[];
}

export const northwind: World = {
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

export const jaffle: World = {
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

/** A segment's members through the browser engine's path: DuckDB-WASM over the fixture's files. */
export function browserMembers(wasm: TestDb, world: World, d: SegmentDefinition): string[] {
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
