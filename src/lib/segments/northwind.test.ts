// Multi-hop segments on the real Northwind files, checked against hand-written SQL: customers who
// bought Seafood, reached from Categories through Products, order lines and Orders. The aggregate
// cases would double count if a hop multiplied rows (an order has many lines).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { agg, cond, definition, entity, run } from '../../../tests/helpers/segment-fixture';
import type { DataModel, Relationship } from './data-model';
import type { AggregateCondition, ConditionNode, Group } from './definition';
import { findPaths } from './paths';

const CLOCK = { today: '2025-01-01', now: '2025-01-01T00:00:00' };
let db: TestDb;

const TABLES = ['categories', 'products', 'order_details', 'orders', 'customers'];

function rel(
	name: string,
	from: string,
	fromAttr: string,
	to: string,
	toAttr: string
): Relationship {
	return {
		name,
		from: { entity: from, attribute: fromAttr },
		to: { entity: to, attribute: toAttr },
		cardinality: 'many-to-one'
	};
}

const model: DataModel = {
	entities: [
		entity('Categories', 'nw_categories', [
			['category_id', 'number'],
			['category_name', 'string']
		]),
		entity('Products', 'nw_products', [
			['product_id', 'number'],
			['category_id', 'number'],
			['product_name', 'string']
		]),
		entity('OrderDetails', 'nw_order_details', [
			['order_id', 'number'],
			['product_id', 'number'],
			['quantity', 'number'],
			['unit_price', 'number']
		]),
		entity('Orders', 'nw_orders', [
			['order_id', 'number'],
			['customer_id', 'string'],
			['order_date', 'date']
		]),
		entity('Customers', 'nw_customers', [
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
};

const FROM_CATEGORIES: Group['path'] = {
	start: 'Categories',
	steps: [
		{ relationship: 'products_category', direction: 'reverse' },
		{ relationship: 'details_product', direction: 'reverse' },
		{ relationship: 'details_order', direction: 'forward' },
		{ relationship: 'orders_customer', direction: 'forward' }
	]
};

beforeAll(async () => {
	db = await openTestDb();
	for (const t of TABLES) {
		const path = db.file(`${t}.csv`, readFileSync(`tests/fixtures/northwind/${t}.csv`));
		db.run(`CREATE TABLE nw_${t} AS SELECT * FROM read_csv('${path}')`);
	}
});
afterAll(() => db?.close());

const keys = (sql: string) =>
	db
		.all(sql)
		.map((r) => Object.values(r)[0] as string)
		.sort();

function segment(
	where: ConditionNode | null,
	aggregates: Omit<AggregateCondition, 'id'>[] = [],
	path = FROM_CATEGORIES
) {
	const def = definition([{ id: 'g', path, where, aggregates: aggregates.map(agg) }]);
	return run(db, def, model, CLOCK) as string[];
}

const seafood = (extra: ConditionNode[] = []): ConditionNode => ({
	kind: 'and',
	id: 'all',
	children: [cond('Categories', 'category_name', 'equals', 'Seafood'), ...extra]
});

const SEAFOOD_LINES = `
	FROM nw_order_details d
	JOIN nw_products p ON p.product_id = d.product_id
	JOIN nw_categories k ON k.category_id = p.category_id
	JOIN nw_orders o ON o.order_id = d.order_id
	JOIN nw_customers c ON c.customer_id = o.customer_id
	WHERE k.category_name = 'Seafood'`;

describe('Northwind: Categories → Products → order lines → Orders → Customers', () => {
	it('proposes that path as the shortest', () => {
		expect(findPaths(model, 'Categories')[0]?.steps).toEqual(FROM_CATEGORIES.steps);
	});

	it('customers who bought Seafood, 20 or more at a time', () => {
		const got = segment(seafood([cond('OrderDetails', 'quantity', 'atLeast', 20)]));
		const want = keys(`SELECT DISTINCT c.customer_id ${SEAFOOD_LINES} AND d.quantity >= 20`);
		expect(want.length).toBeGreaterThan(20);
		expect(got).toEqual(want);
	});

	it('counts orders, not order lines (an order with several Seafood lines is one order)', () => {
		const got = segment(seafood(), [
			{ function: 'count', entity: 'Orders', operator: 'atLeast', value: 5 }
		]);
		const want = keys(
			`SELECT c.customer_id ${SEAFOOD_LINES} GROUP BY c.customer_id HAVING count(DISTINCT o.order_id) >= 5`
		);
		const doubleCounted = keys(
			`SELECT c.customer_id ${SEAFOOD_LINES} GROUP BY c.customer_id HAVING count(*) >= 5`
		);
		expect(want.length).toBeGreaterThan(0);
		expect(doubleCounted.length).toBeGreaterThan(want.length);
		expect(got).toEqual(want);
	});

	it('sums quantities over distinct order lines, together with an order count', () => {
		const got = segment(seafood(), [
			{ function: 'count', entity: 'Orders', operator: 'atLeast', value: 3 },
			{
				function: 'sum',
				entity: 'OrderDetails',
				attribute: 'quantity',
				operator: 'atLeast',
				value: 150
			}
		]);
		const want = keys(
			`SELECT c.customer_id ${SEAFOOD_LINES} GROUP BY c.customer_id
			 HAVING count(DISTINCT o.order_id) >= 3 AND sum(d.quantity) >= 150`
		);
		expect(want.length).toBeGreaterThan(0);
		expect(got).toEqual(want);
	});

	it('customers with at least 10 orders, starting from order lines', () => {
		const path: Group['path'] = {
			start: 'OrderDetails',
			steps: [
				{ relationship: 'details_order', direction: 'forward' },
				{ relationship: 'orders_customer', direction: 'forward' }
			]
		};
		const got = segment(
			null,
			[{ function: 'count', entity: 'Orders', operator: 'atLeast', value: 10 }],
			path
		);
		const want = keys(
			`SELECT customer_id FROM nw_orders GROUP BY customer_id HAVING count(*) >= 10`
		);
		const perLine = keys(
			`SELECT o.customer_id FROM nw_orders o JOIN nw_order_details d ON d.order_id = o.order_id
			 GROUP BY o.customer_id HAVING count(*) >= 10`
		);
		expect(perLine.length).toBeGreaterThan(want.length);
		expect(got).toEqual(want);
	});

	it('total quantity per customer over all their lines', () => {
		const path: Group['path'] = {
			start: 'OrderDetails',
			steps: [
				{ relationship: 'details_order', direction: 'forward' },
				{ relationship: 'orders_customer', direction: 'forward' }
			]
		};
		const got = segment(
			null,
			[
				{
					function: 'sum',
					entity: 'OrderDetails',
					attribute: 'quantity',
					operator: 'greaterThan',
					value: 1000
				}
			],
			path
		);
		const want = keys(
			`SELECT o.customer_id FROM nw_orders o JOIN nw_order_details d ON d.order_id = o.order_id
			 GROUP BY o.customer_id HAVING sum(d.quantity) > 1000`
		);
		expect(want.length).toBeGreaterThan(0);
		expect(got).toEqual(want);
	});
});
