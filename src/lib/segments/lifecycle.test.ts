// Lifecycle conditions on a timeline worked out by hand: five customers with known orders, checked
// at three as-of dates. Stopped (active in the 90 days before the last 30, not in the last 30),
// restarted (active in the last 30, not in the 90 before, active earlier) and regularly (in at least
// k of the last n calendar weeks or months). Orders after the as-of date have not happened yet.
// Each answer is also what the reference evaluator says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { demoModel } from '../../../tests/helpers/demo-model';
import { evaluateSegment, type Row, type Tables } from '../../../tests/helpers/reference-evaluator';
import { createTable } from '../../../tests/helpers/segment-db';
import { cond, definition, run } from '../../../tests/helpers/segment-fixture';
import type { ConditionNode, Group, LifecycleCondition } from './definition';
import { summarizeGroup } from './summary';
import { validateSegment } from './validate';

// Ann orders in January and March 2024; Bob in 2023 and again on 2024-06-20; Cid once on
// 2024-03-10 (a Sunday); Dee never; Eve in January 2023 and on 2024-03-12 (a Tuesday).
const TABLES: Tables = {
	Customers: [1, 2, 3, 4, 5].map((id) => ({ id })),
	Orders: [
		[10, 1, '2024-01-10', 100],
		[11, 1, '2024-03-01', 50],
		[12, 1, '2024-03-04', 10],
		[20, 2, '2023-06-01', 500],
		[21, 2, '2023-08-15', 300],
		[22, 2, '2024-06-20', 80],
		[30, 3, '2024-03-10', 200],
		[50, 5, '2023-01-05', 20],
		[51, 5, '2024-03-12', 200]
	].map(([id, customer_id, order_date, total_amount]) => ({
		id,
		customer_id,
		order_date,
		total_amount
	})) as Row[]
};
const CLOCK = { today: '2025-06-01', now: '2025-06-01T12:00:00' }; // replaced by asOf below
const A = '2024-03-15';
const B = '2024-04-30';
const C = '2024-06-30';

const model = demoModel();
let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	createTable(db, {
		table: 'demo_customers',
		columns: [{ name: 'id', type: 'INTEGER' }],
		rows: TABLES.Customers as never
	});
	createTable(db, {
		table: 'demo_orders',
		columns: [
			{ name: 'id', type: 'INTEGER' },
			{ name: 'customer_id', type: 'INTEGER' },
			{ name: 'order_date', type: 'DATE' },
			{ name: 'total_amount', type: 'DOUBLE' }
		],
		rows: TABLES.Orders as never
	});
});
afterAll(() => db?.close());

const time = { entity: 'Orders', attribute: 'order_date' };
const days = (amount: number) => ({ amount, unit: 'days' as const });
const stopped: LifecycleCondition = {
	id: 'l',
	kind: 'stopped',
	time,
	recent: days(30),
	previous: days(90)
};
const restarted: LifecycleCondition = { ...stopped, kind: 'restarted' };
const regularly = (
	atLeast: number,
	periods: number,
	unit: 'week' | 'month'
): LifecycleCondition => ({
	id: 'l',
	kind: 'regularly',
	time,
	atLeast,
	periods,
	unit
});

function ordersGroup(lifecycle: LifecycleCondition, where: ConditionNode | null = null): Group {
	return {
		id: 'g',
		path: { start: 'Orders', steps: [{ relationship: 'orders_customer', direction: 'forward' }] },
		where,
		aggregates: [],
		lifecycles: [lifecycle]
	};
}

/** Members by the compiled SQL on DuckDB, checked against the reference evaluator. */
function members(g: Group, asOf: string): number[] {
	const def = definition([g], { asOf });
	expect(validateSegment(def, model)).toEqual([]);
	const got = run(db, def, model, CLOCK) as number[];
	const expected = [...evaluateSegment(def, model, TABLES, CLOCK).members].map(Number);
	expect(got).toEqual(expected.sort((a, b) => a - b));
	return got;
}

describe('stopped and restarted', () => {
	it('stopped: active in the 90 days before the last 30, not in the last 30, at three dates', () => {
		// A: last 30 days 2024-02-14 … 03-15 hold Ann's, Cid's and Eve's March orders
		expect(members(ordersGroup(stopped), A)).toEqual([]);
		// B: nobody ordered in 2024-03-31 … 04-30; Ann, Cid and Eve did in 2024-01-01 … 03-30
		expect(members(ordersGroup(stopped), B)).toEqual([1, 3, 5]);
		// C: previous window 2024-03-02 … 05-30 (Ann's 03-04, Cid, Eve); Bob is back in the last 30
		expect(members(ordersGroup(stopped), C)).toEqual([1, 3, 5]);
	});
	it('restarted: active in the last 30 days, not in the 90 before, and earlier', () => {
		// A: Eve (2023, then 03-12); Cid has no earlier order; Ann ordered in January
		expect(members(ordersGroup(restarted), A)).toEqual([5]);
		// B: nobody is active in the last 30 days; Bob's 06-20 order has not happened yet
		expect(members(ordersGroup(restarted), B)).toEqual([]);
		expect(members(ordersGroup(restarted), C)).toEqual([2]);
	});
	it("looks only at the group's rows: orders over 150", () => {
		const big = cond('Orders', 'total_amount', 'greaterThan', 150);
		// Ann's orders are all small, so she never was active; Cid and Eve stopped
		expect(members(ordersGroup(stopped, big), B)).toEqual([3, 5]);
	});
});

describe('regularly', () => {
	it('in at least 2 of the last 3 calendar months, and in the current week', () => {
		// A: January to March 2024: Ann (January, March)
		expect(members(ordersGroup(regularly(2, 3, 'month')), A)).toEqual([1]);
		// B: February to April: Ann has March only
		expect(members(ordersGroup(regularly(2, 3, 'month')), B)).toEqual([]);
		// A is a Friday; its week began on Monday 03-11: Eve's Tuesday, not Cid's Sunday
		expect(members(ordersGroup(regularly(1, 1, 'week')), A)).toEqual([5]);
		// the week before began on Monday 03-04: Ann's order that day and Cid's Sunday count too
		expect(members(ordersGroup(regularly(1, 2, 'week')), A)).toEqual([1, 3, 5]);
	});
});

describe('lifecycles in words and problems', () => {
	it('reads as a sentence', () => {
		expect(summarizeGroup(ordersGroup(stopped), model)).toBe(
			'any Orders, for Customers who stopped (active in the 90 days before the last 30 days, not in the last 30 days, by order date)'
		);
		expect(summarizeGroup(ordersGroup(regularly(3, 4, 'month')), model)).toBe(
			'any Orders, for Customers who were active in at least 3 of the last 4 months (by order date)'
		);
	});
	it('names a date that is not one and a count that can never hold', () => {
		const g = ordersGroup({
			...regularly(5, 4, 'week'),
			time: { entity: 'Orders', attribute: 'status' }
		});
		expect(
			validateSegment(definition([g]), model).map((p) => [p.path.slice(4).join('.'), p.message])
		).toEqual([
			[
				'time.attribute',
				'“status” (Orders) does not hold a date; activity can only be dated by a date or a date and time.'
			],
			[
				'atLeast',
				'Active in at least 5 of the last 4 weeks can never hold; the first number must be at most 4.'
			]
		]);
	});
});
