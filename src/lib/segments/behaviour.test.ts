// Behaviour conditions on a timeline worked out by hand: five customers with known orders, checked
// at three as-of dates. Counts that reach zero (a customer without orders counts as 0), counts of
// different days / weeks / months, the first and last order against relative dates, and ranking
// with ties broken by the customer key. Each answer is also what the reference evaluator says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { demoModel } from '../../../tests/helpers/demo-model';
import { evaluateSegment, type Row, type Tables } from '../../../tests/helpers/reference-evaluator';
import { createTable } from '../../../tests/helpers/segment-db';
import { agg, cond, definition, run } from '../../../tests/helpers/segment-fixture';
import type { AggregateCondition, ConditionNode, Group, RankCondition } from './definition';
import { summarizeGroup } from './summary';
import { validateSegment } from './validate';

// Customer 4 (Dee) has no orders at all. Ann's 2024-03-01 orders are on one day; 2024-03-04 is the
// Monday after. Eve's two orders are in one week (Tue, Wed) and one has no amount.
const TABLES: Tables = {
	Customers: [1, 2, 3, 4, 5].map((id) => ({ id })),
	Orders: [
		[10, 1, '2024-01-10', 100],
		[11, 1, '2024-03-01', 50],
		[12, 1, '2024-03-01', 25],
		[13, 1, '2024-03-04', 10],
		[20, 2, '2023-06-01', 500],
		[21, 2, '2023-08-15', 300],
		[30, 3, '2024-03-10', 200],
		[50, 5, '2024-02-20', 200],
		[51, 5, '2024-02-21', null]
	].map(([id, customer_id, order_date, total_amount]) => ({
		id,
		customer_id,
		order_date,
		total_amount
	})) as Row[]
};
const CLOCK = { today: '2025-06-01', now: '2025-06-01T12:00:00' }; // replaced by asOf below
const A = '2024-03-15';
const B = '2024-06-30';
const C = '2024-12-31';

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

const ORDERS_PATH = {
	start: 'Orders',
	steps: [{ relationship: 'orders_customer', direction: 'forward' as const }]
};
const inLast = (amount: number): ConditionNode =>
	cond('Orders', 'order_date', 'inLast', { amount, unit: 'days' });

function ordersGroup(
	where: ConditionNode | null,
	aggregates: Omit<AggregateCondition, 'id'>[],
	rank?: RankCondition
): Group {
	return {
		id: 'g',
		path: ORDERS_PATH,
		where,
		aggregates: aggregates.map(agg),
		...(rank ? { rank } : {})
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

const count = (operator: AggregateCondition['operator'], value: number, includeZero = true) => ({
	function: 'count' as const,
	entity: 'Orders',
	operator,
	value,
	...(includeZero ? { includeZero } : {})
});

describe('counts in a window, including zero', () => {
	it('exactly 0, at most 2 and at least 1 order in the last 90 days, at three dates', () => {
		// at A the window is 2023-12-16 … 2024-03-15: Ann 4, Bob 0, Cid 1, Dee 0 (no orders), Eve 2
		expect(members(ordersGroup(inLast(90), [count('equals', 0)]), A)).toEqual([2, 4]);
		expect(members(ordersGroup(inLast(90), [count('atMost', 2)]), A)).toEqual([2, 3, 4, 5]);
		expect(members(ordersGroup(inLast(90), [count('atLeast', 1)]), A)).toEqual([1, 3, 5]);
		// B (2024-04-01 … 06-30) and C: nobody ordered, so everyone has exactly 0
		expect(members(ordersGroup(inLast(90), [count('equals', 0)]), B)).toEqual([1, 2, 3, 4, 5]);
		expect(members(ordersGroup(inLast(90), [count('atMost', 2)]), C)).toEqual([1, 2, 3, 4, 5]);
		expect(members(ordersGroup(inLast(90), [count('atLeast', 1)]), C)).toEqual([]);
	});

	it('without includeZero a count speaks only of customers with rows, as in version 1', () => {
		expect(members(ordersGroup(inLast(90), [count('atMost', 2, false)]), A)).toEqual([3, 5]);
		expect(members(ordersGroup(inLast(90), [count('equals', 0, false)]), A)).toEqual([]);
	});

	it('counts each customer once, however many rows reach them', () => {
		// two path rows for Ann on 2024-03-01 are two orders but one day
		const days = (operator: AggregateCondition['operator'], value: number) => ({
			function: 'distinctDays' as const,
			entity: 'Orders',
			attribute: 'order_date',
			operator,
			value,
			includeZero: true
		});
		expect(members(ordersGroup(inLast(90), [days('atLeast', 3)]), A)).toEqual([1]);
		expect(members(ordersGroup(inLast(90), [days('equals', 2)]), A)).toEqual([5]);
		expect(members(ordersGroup(inLast(90), [days('atMost', 1)]), A)).toEqual([2, 3, 4]);
	});

	it('on different weeks (Monday to Sunday) and months', () => {
		const weeks = {
			function: 'distinctWeeks' as const,
			entity: 'Orders',
			attribute: 'order_date',
			operator: 'atLeast' as const,
			value: 2
		};
		// Ann: weeks of 8 Jan, 26 Feb, 4 Mar; Eve: Tue and Wed of one week
		expect(members(ordersGroup(inLast(90), [weeks]), A)).toEqual([1]);
		const months = { ...weeks, function: 'distinctMonths' as const, operator: 'equals' as const };
		// all time: Ann Jan + Mar, Bob Jun + Aug 2023
		expect(members(ordersGroup(null, [months]), A)).toEqual([1, 2]);
	});
});

describe('first and last', () => {
	const first = (
		operator: AggregateCondition['operator'],
		value?: AggregateCondition['value']
	) => ({
		function: 'min' as const,
		entity: 'Orders',
		attribute: 'order_date',
		operator,
		...(value === undefined ? {} : { value })
	});
	const last = (operator: AggregateCondition['operator'], value?: AggregateCondition['value']) => ({
		...first(operator, value),
		function: 'max' as const
	});
	it('first order in the last 30 days', () => {
		// A: 2024-02-14 … 03-15 holds the first orders of Cid (03-10) and Eve (02-20)
		expect(members(ordersGroup(null, [first('inLast', { amount: 30, unit: 'days' })]), A)).toEqual([
			3, 5
		]);
		expect(members(ordersGroup(null, [first('inLast', { amount: 30, unit: 'days' })]), B)).toEqual(
			[]
		);
	});
	it('last order more than 180 days ago (lapsed); a customer without orders is not lapsed', () => {
		const lapsed = ordersGroup(null, [last('moreThanAgo', { amount: 180, unit: 'days' })]);
		expect(members(lapsed, A)).toEqual([2]); // before 2023-09-17
		expect(members(lapsed, B)).toEqual([2]); // before 2024-01-02
		expect(members(lapsed, C)).toEqual([1, 2, 3, 5]); // before 2024-07-04
	});
	it('other date operators: not in the last, this period, day of week', () => {
		// A: outside 2024-03-05 … 03-15 are Ann's 03-04, Bob's 2023 and Eve's 02-21
		expect(
			members(ordersGroup(null, [last('notInLast', { amount: 10, unit: 'days' })]), A)
		).toEqual([1, 2, 5]);
		expect(members(ordersGroup(null, [first('thisPeriod', { unit: 'year' })]), A)).toEqual([
			1, 3, 5
		]);
		// Ann's last order, 2024-03-04, was a Monday; Cid's 2024-03-10 a Sunday
		expect(members(ordersGroup(null, [last('dayOfWeek', [1])]), A)).toEqual([1]);
	});
});

describe('ranking', () => {
	const bySpend = (
		direction: 'top' | 'bottom',
		amount: number,
		unit: 'percent' | 'customers'
	): RankCondition => ({
		direction,
		amount,
		unit,
		function: 'sum',
		entity: 'Orders',
		attribute: 'total_amount'
	});
	it('top and bottom by total spend; ties by the smaller customer key; no value, no rank', () => {
		// totals: Ann 185, Bob 800, Cid 200, Eve 200 (her empty amount is skipped); Dee has none
		const rank = (r: RankCondition, asOf = A) => members(ordersGroup(null, [], r), asOf);
		expect(rank(bySpend('top', 1, 'customers'))).toEqual([2]);
		expect(rank(bySpend('top', 2, 'customers'))).toEqual([2, 3]);
		expect(rank(bySpend('top', 50, 'percent'))).toEqual([2, 3]); // ⌈4 × 50 / 100⌉ = 2
		expect(rank(bySpend('top', 10, 'percent'))).toEqual([2]); // ⌈0.4⌉ = 1
		expect(rank(bySpend('bottom', 2, 'customers'))).toEqual([1, 3]);
		expect(rank(bySpend('top', 100, 'percent'))).toEqual([1, 2, 3, 5]);
	});
	it('ranks within the window and after the aggregates', () => {
		const inYear = inLast(365);
		// C: 2023-12-31 … 2024-12-31 leaves Ann 185, Cid 200, Eve 200
		expect(members(ordersGroup(inYear, [], bySpend('top', 1, 'customers')), C)).toEqual([3]);
		expect(members(ordersGroup(inYear, [], bySpend('top', 34, 'percent')), C)).toEqual([3, 5]);
		// at least 2 orders in the window first: Ann and Eve; then the top one of them
		const twoOrders = count('atLeast', 2, false);
		expect(members(ordersGroup(inYear, [twoOrders], bySpend('top', 1, 'customers')), C)).toEqual([
			5
		]);
	});
	it('says in the summary which customers a count speaks of, and how a ranking reads', () => {
		expect(summarizeGroup(ordersGroup(inLast(90), [count('atMost', 2)]), model)).toBe(
			'Orders where order date is in the last 90 days, for Customers whose number of Orders is at most 2 (Customers without Orders count as 0)'
		);
		expect(
			summarizeGroup(
				ordersGroup(null, [
					{
						function: 'max',
						entity: 'Orders',
						attribute: 'order_date',
						operator: 'moreThanAgo',
						value: { amount: 180, unit: 'days' }
					}
				]),
				model
			)
		).toBe('any Orders, for Customers whose latest order date is more than 180 days ago');
		expect(summarizeGroup(ordersGroup(null, [], bySpend('top', 10, 'percent')), model)).toBe(
			'any Orders; the top 10 % of them by total of total amount'
		);
	});
});
