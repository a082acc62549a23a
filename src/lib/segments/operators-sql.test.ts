// Every operator, compiled and run on the real DuckDB engine against small tables whose answers
// are worked out by hand: NULLs, '', case, % and _ in values, wall-clock edges (23:59:59 vs
// 00:00:00), month clamping, 29 February anniversaries, weeks starting on Monday.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { createTable } from '../../../tests/helpers/segment-db';
import {
	agg,
	cond,
	definition,
	entity,
	group,
	run,
	valueWorld
} from '../../../tests/helpers/segment-fixture';
import type { DataModel } from './data-model';
import type { AggregateFunction } from './definition';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db?.close());

const CLOCK = { today: '2024-03-15', now: '2024-03-15T13:45:30' }; // a Friday

describe('number', () => {
	let w: ReturnType<typeof valueWorld>;
	beforeAll(() => {
		w = valueWorld(db, 'numbers', 'number', 'DOUBLE', [10, 5.5, -1, null, 0, 100, 7]);
	});
	it('compares', () => {
		expect(w.ids('equals', 10)).toEqual([1]);
		expect(w.ids('equals', 5.5)).toEqual([2]);
		expect(w.ids('greaterThan', 7)).toEqual([1, 6]);
		expect(w.ids('atLeast', 7)).toEqual([1, 6, 7]);
		expect(w.ids('lessThan', 0)).toEqual([3]);
		expect(w.ids('atMost', 0)).toEqual([3, 5]);
		expect(w.ids('between', { from: 0, to: 10 })).toEqual([1, 2, 5, 7]);
		expect(w.ids('inList', [0, 100, 5.5])).toEqual([2, 5, 6]);
	});
	it('negative operators include empty values', () => {
		expect(w.ids('notEquals', 10)).toEqual([2, 3, 4, 5, 6, 7]);
		expect(w.ids('notBetween', { from: 0, to: 10 })).toEqual([3, 4, 6]);
		expect(w.ids('notInList', [0, 100])).toEqual([1, 2, 3, 4, 7]);
	});
	it('empty means NULL', () => {
		expect(w.ids('isEmpty')).toEqual([4]);
		expect(w.ids('isNotEmpty')).toEqual([1, 2, 3, 5, 6, 7]);
	});
	it('works on INTEGER and DECIMAL columns with fractional values', () => {
		const i = valueWorld(db, 'integers', 'number', 'INTEGER', [1, 2, 3, null]);
		expect(i.ids('greaterThan', 1.5)).toEqual([2, 3]);
		expect(i.ids('equals', 2)).toEqual([2]);
		db.run(
			'CREATE OR REPLACE TABLE decimals AS SELECT * FROM (VALUES (1, 5.50::DECIMAL(10,2)), (2, 0.10::DECIMAL(10,2)), (3, NULL)) t(id, v)'
		);
		const model: DataModel = {
			entities: [
				entity('T', 'decimals', [
					['id', 'number'],
					['v', 'number']
				])
			],
			relationships: [],
			profile: { entity: 'T', key: 'id' }
		};
		const ids = (op: string, value: unknown) =>
			run(db, definition([group('T', cond('T', 'v', op, value))]), model, CLOCK);
		expect(ids('equals', 5.5)).toEqual([1]);
		expect(ids('equals', 0.1)).toEqual([2]);
		expect(ids('atMost', 0.1)).toEqual([2]);
	});
});

describe('string', () => {
	let w: ReturnType<typeof valueWorld>;
	beforeAll(() => {
		w = valueWorld(db, 'strings', 'string', 'VARCHAR', [
			'Apple', // 1
			'apple', // 2
			'', // 3
			null, // 4
			'50% off', // 5
			'a_b', // 6
			'AB', // 7
			"O'Brien", // 8
			'abc', // 9
			'100%' // 10
		]);
	});
	it('ignores case unless asked', () => {
		expect(w.ids('equals', 'APPLE')).toEqual([1, 2]);
		expect(w.ids('equals', 'Apple', { matchCase: true })).toEqual([1]);
		expect(w.ids('startsWith', 'a')).toEqual([1, 2, 6, 7, 9]);
		expect(w.ids('startsWith', 'a', { matchCase: true })).toEqual([2, 6, 9]);
		expect(w.ids('endsWith', 'C')).toEqual([9]);
		expect(w.ids('contains', 'B', { matchCase: true })).toEqual([7, 8]);
		expect(w.ids('inList', ['APPLE', "o'brien"])).toEqual([1, 2, 8]);
		expect(w.ids('inList', ['APPLE', "O'Brien"], { matchCase: true })).toEqual([8]);
	});
	it('treats % and _ as plain characters', () => {
		expect(w.ids('contains', '%')).toEqual([5, 10]);
		expect(w.ids('contains', '_')).toEqual([6]);
		expect(w.ids('endsWith', '%')).toEqual([10]);
		expect(w.ids('startsWith', '_')).toEqual([]);
		expect(w.ids('contains', 'b')).toEqual([6, 7, 8, 9]);
	});
	it('negative operators include NULL and empty text', () => {
		expect(w.ids('notEquals', 'apple')).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
		expect(w.ids('notEquals', 'apple', { matchCase: true })).toEqual([1, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(w.ids('notContains', '%')).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
		expect(w.ids('notInList', ['apple', 'ab'])).toEqual([3, 4, 5, 6, 8, 9, 10]);
	});
	it("empty means NULL or ''", () => {
		expect(w.ids('isEmpty')).toEqual([3, 4]);
		expect(w.ids('isNotEmpty')).toEqual([1, 2, 5, 6, 7, 8, 9, 10]);
	});
});

describe('boolean', () => {
	it('true, false, empty', () => {
		const w = valueWorld(db, 'booleans', 'boolean', 'BOOLEAN', [true, false, null]);
		expect(w.ids('isTrue')).toEqual([1]);
		expect(w.ids('isFalse')).toEqual([2]);
		expect(w.ids('isEmpty')).toEqual([3]);
		expect(w.ids('isNotEmpty')).toEqual([1, 2]);
	});
});

describe('date (today 2024-03-15, a Friday)', () => {
	let w: ReturnType<typeof valueWorld>;
	beforeAll(() => {
		w = valueWorld(db, 'dates', 'date', 'DATE', [
			'2024-03-15', // 1 today
			'2024-03-14', // 2 yesterday
			'2023-12-16', // 3 exactly 90 days ago (a Saturday)
			'2023-12-15', // 4 91 days ago
			null, // 5
			'2024-03-11', // 6 Monday of this week
			'2024-03-10', // 7 Sunday of last week
			'2024-03-17', // 8 Sunday of this week
			'2024-03-18', // 9 Monday of next week
			'2024-06-15', // 10 exactly 3 months ahead (a Saturday)
			'2024-04-01', // 11 next month, next quarter (a Monday)
			'2024-02-29', // 12 last month
			'2024-01-01', // 13 start of the quarter and year (a Monday)
			'2023-12-31' // 14 last quarter, last year (a Sunday)
		]);
	});
	it('fixed dates', () => {
		expect(w.ids('on', '2024-03-15')).toEqual([1]);
		expect(w.ids('before', '2024-03-14')).toEqual([3, 4, 6, 7, 12, 13, 14]);
		expect(w.ids('after', '2024-03-15')).toEqual([8, 9, 10, 11]);
		expect(w.ids('between', { from: '2024-03-10', to: '2024-03-15' })).toEqual([1, 2, 6, 7]);
	});
	it('relative to today, bounds included', () => {
		expect(w.ids('inLast', { amount: 90, unit: 'days' })).toEqual([1, 2, 3, 6, 7, 12, 13, 14]);
		expect(w.ids('notInLast', { amount: 90, unit: 'days' })).toEqual([4, 5, 8, 9, 10, 11]);
		expect(w.ids('inNext', { amount: 3, unit: 'months' })).toEqual([1, 8, 9, 10, 11]);
		expect(w.ids('moreThanAgo', { amount: 90, unit: 'days' })).toEqual([4]);
		expect(w.ids('inLast', { amount: 1, unit: 'weeks' })).toEqual([1, 2, 6, 7]);
		expect(w.ids('today')).toEqual([1]);
		expect(w.ids('yesterday')).toEqual([2]);
	});
	it('weeks start on Monday', () => {
		expect(w.ids('thisPeriod', { unit: 'week' })).toEqual([1, 2, 6, 8]);
		expect(w.ids('lastPeriod', { unit: 'week' })).toEqual([7]);
		expect(w.ids('nextPeriod', { unit: 'week' })).toEqual([9]);
		// on a Sunday, "this week" is the week that started six days before
		const sunday = { today: '2024-03-17', now: '2024-03-17T10:00:00' };
		expect(w.ids('thisPeriod', { unit: 'week' }, {}, sunday)).toEqual([1, 2, 6, 8]);
	});
	it('months, quarters, years', () => {
		expect(w.ids('thisPeriod', { unit: 'month' })).toEqual([1, 2, 6, 7, 8, 9]);
		expect(w.ids('lastPeriod', { unit: 'month' })).toEqual([12]);
		expect(w.ids('nextPeriod', { unit: 'month' })).toEqual([11]);
		expect(w.ids('thisPeriod', { unit: 'quarter' })).toEqual([1, 2, 6, 7, 8, 9, 12, 13]);
		expect(w.ids('lastPeriod', { unit: 'quarter' })).toEqual([3, 4, 14]);
		expect(w.ids('nextPeriod', { unit: 'quarter' })).toEqual([10, 11]);
		expect(w.ids('thisPeriod', { unit: 'year' })).toEqual([1, 2, 6, 7, 8, 9, 10, 11, 12, 13]);
		expect(w.ids('lastPeriod', { unit: 'year' })).toEqual([3, 4, 14]);
	});
	it('day of the week (ISO: 1 = Monday … 7 = Sunday)', () => {
		expect(w.ids('dayOfWeek', [6, 7])).toEqual([3, 7, 8, 10, 14]);
		expect(w.ids('dayOfWeek', [1])).toEqual([6, 9, 11, 13]);
	});
	it('empty', () => {
		expect(w.ids('isEmpty')).toEqual([5]);
		expect(w.ids('isNotEmpty')).toHaveLength(13);
	});
	it('as-of date replaces the clock', () => {
		expect(w.ids('today', undefined, {}, CLOCK, '2024-03-14')).toEqual([2]);
		expect(w.ids('inLast', { amount: 0, unit: 'days' }, {}, CLOCK, '2024-03-18T09:00')).toEqual([
			9
		]);
	});
});

describe('month arithmetic clamps the day', () => {
	it('31 May − 3 months = 29 Feb (leap) / 28 Feb', () => {
		const w = valueWorld(db, 'clamp', 'date', 'DATE', [
			'2024-02-28',
			'2024-02-29',
			'2024-03-01',
			'2025-02-27',
			'2025-02-28'
		]);
		const may31 = { today: '2024-05-31', now: '2024-05-31T12:00:00' };
		expect(w.ids('inLast', { amount: 3, unit: 'months' }, {}, may31)).toEqual([2, 3]);
		const may31next = { today: '2025-05-31', now: '2025-05-31T12:00:00' };
		expect(w.ids('inLast', { amount: 3, unit: 'months' }, {}, may31next)).toEqual([5]);
		const jan31 = { today: '2024-01-31', now: '2024-01-31T12:00:00' };
		expect(w.ids('inNext', { amount: 1, unit: 'months' }, {}, jan31)).toEqual([1, 2]);
		// 29 Feb 2024 minus one year is 28 Feb 2023; plus one year is 28 Feb 2025
		const leapDay = { today: '2024-02-29', now: '2024-02-29T12:00:00' };
		expect(w.ids('inNext', { amount: 1, unit: 'years' }, {}, leapDay)).toEqual([2, 3, 4, 5]);
		expect(
			w.ids(
				'moreThanAgo',
				{ amount: 1, unit: 'months' },
				{},
				{ today: '2024-03-31', now: '2024-03-31T00:00:00' }
			)
		).toEqual([1]);
	});
});

describe('anniversaries and 29 February', () => {
	let w: ReturnType<typeof valueWorld>;
	beforeAll(() => {
		w = valueWorld(db, 'birthdays', 'date', 'DATE', [
			'2000-02-29', // 1
			'1999-02-28', // 2
			'1990-03-01', // 3
			'1985-12-31', // 4
			'1985-01-02', // 5
			null // 6
		]);
	});
	const on = (today: string) => ({ today, now: `${today}T12:00:00` });
	const within = (n: number, today: string) =>
		w.ids('anniversaryWithin', { amount: n, unit: 'days' }, {}, on(today));
	it('a 29 February birthday counts on 28 February in non-leap years', () => {
		expect(within(1, '2025-02-27')).toEqual([1, 2]);
		expect(within(0, '2025-02-28')).toEqual([1, 2]);
		expect(within(0, '2025-03-01')).toEqual([3]);
	});
	it('… but on 29 February itself in leap years', () => {
		expect(within(1, '2024-02-27')).toEqual([2]);
		expect(within(1, '2024-02-28')).toEqual([1, 2]);
		expect(within(0, '2024-02-29')).toEqual([1]);
	});
	it('wraps around the new year, and a full year covers everyone', () => {
		expect(within(5, '2024-12-30')).toEqual([4, 5]);
		expect(within(365, '2024-06-01')).toEqual([1, 2, 3, 4, 5]);
	});
	it('works on timestamps too', () => {
		const t = valueWorld(db, 'birth_ts', 'timestamp', 'TIMESTAMP', [
			'2000-02-29 23:59:59',
			'1999-03-02 00:00:00'
		]);
		expect(t.ids('anniversaryWithin', { amount: 1, unit: 'days' }, {}, on('2025-02-28'))).toEqual([
			1
		]);
		expect(t.ids('anniversaryWithin', { amount: 2, unit: 'days' }, {}, on('2025-02-28'))).toEqual([
			1, 2
		]);
	});
});

describe('timestamp (now 2024-03-15 13:45:30, wall clock)', () => {
	let w: ReturnType<typeof valueWorld>;
	beforeAll(() => {
		w = valueWorld(db, 'stamps', 'timestamp', 'TIMESTAMP', [
			'2024-03-14 23:59:59', // 1 last second of yesterday
			'2024-03-15 00:00:00', // 2 first second of today
			'2024-03-15 13:45:30', // 3 now
			'2024-03-15 13:45:31', // 4 one second after now
			'2024-03-15 23:59:59', // 5 last second of today
			'2024-03-16 00:00:00', // 6 tomorrow
			'2023-12-16 13:45:30', // 7 exactly 90 days before now
			'2023-12-16 13:45:29', // 8 one second earlier
			null, // 9
			'2024-03-11 00:00:00', // 10 start of this week (Monday)
			'2024-03-10 23:59:59', // 11 end of last week (Sunday)
			'2024-03-17 23:59:59', // 12 end of this week (Sunday)
			'2024-03-18 00:00:00' // 13 start of next week
		]);
	});
	it('days run from 00:00:00 to 23:59:59', () => {
		expect(w.ids('today')).toEqual([2, 3, 4, 5]);
		expect(w.ids('yesterday')).toEqual([1]);
		expect(w.ids('on', '2024-03-15')).toEqual([2, 3, 4, 5]);
		expect(w.ids('before', '2024-03-15')).toEqual([1, 7, 8, 10, 11]);
		expect(w.ids('after', '2024-03-15')).toEqual([6, 12, 13]);
		expect(w.ids('between', { from: '2024-03-14', to: '2024-03-15' })).toEqual([1, 2, 3, 4, 5]);
	});
	it('a date and time is used exactly', () => {
		expect(w.ids('before', '2024-03-15T13:45:30')).toEqual([1, 2, 7, 8, 10, 11]);
		expect(w.ids('after', '2024-03-15T13:45:30')).toEqual([4, 5, 6, 12, 13]);
		expect(w.ids('between', { from: '2024-03-15T00:00', to: '2024-03-15T13:45:30' })).toEqual([
			2, 3
		]);
		expect(w.ids('between', { from: '2024-03-15T13:45:30', to: '2024-03-16' })).toEqual([
			3, 4, 5, 6
		]);
	});
	it('relative to now, to the second', () => {
		expect(w.ids('inLast', { amount: 90, unit: 'days' })).toEqual([1, 2, 3, 7, 10, 11]);
		expect(w.ids('notInLast', { amount: 90, unit: 'days' })).toEqual([4, 5, 6, 8, 9, 12, 13]);
		expect(w.ids('moreThanAgo', { amount: 90, unit: 'days' })).toEqual([8]);
		expect(w.ids('inNext', { amount: 2, unit: 'days' })).toEqual([3, 4, 5, 6]);
		expect(w.ids('inLast', { amount: 0, unit: 'days' })).toEqual([3]);
	});
	it('weeks start on Monday', () => {
		expect(w.ids('thisPeriod', { unit: 'week' })).toEqual([1, 2, 3, 4, 5, 6, 10, 12]);
		expect(w.ids('lastPeriod', { unit: 'week' })).toEqual([11]);
		expect(w.ids('nextPeriod', { unit: 'week' })).toEqual([13]);
		expect(w.ids('dayOfWeek', [7])).toEqual([11, 12]);
	});
	it('empty', () => {
		expect(w.ids('isEmpty')).toEqual([9]);
	});
	it('a date-only as-of means the end of that day', () => {
		expect(w.ids('today', undefined, {}, CLOCK, '2024-03-14')).toEqual([1]);
		expect(w.ids('inLast', { amount: 0, unit: 'days' }, {}, CLOCK, '2024-03-14')).toEqual([1]);
	});
});

describe('aggregates, conditions trees and set operators', () => {
	let model: DataModel;
	beforeAll(() => {
		createTable(db, {
			table: 'agg_customers',
			columns: [{ name: 'id', type: 'INTEGER' }],
			rows: [1, 2, 3, 4].map((id) => ({ id }))
		});
		createTable(db, {
			table: 'agg_orders',
			columns: [
				{ name: 'id', type: 'INTEGER' },
				{ name: 'customer_id', type: 'BIGINT' },
				{ name: 'amount', type: 'DOUBLE' },
				{ name: 'day', type: 'DATE' },
				{ name: 'at', type: 'TIMESTAMP' }
			],
			rows: [
				{ id: 1, customer_id: 1, amount: 10, day: '2024-01-01', at: '2024-01-01 10:00:00' },
				{ id: 2, customer_id: 1, amount: 20, day: '2024-02-01', at: '2024-02-01 10:00:00' },
				{ id: 3, customer_id: 1, amount: null, day: '2024-03-01', at: '2024-03-01 10:00:00' },
				{ id: 4, customer_id: 2, amount: 5, day: '2024-01-15', at: '2024-01-15 23:59:59' },
				{ id: 5, customer_id: 2, amount: 5, day: '2023-05-05', at: '2023-05-05 00:00:00' },
				{ id: 6, customer_id: 3, amount: null, day: null, at: null },
				{ id: 7, customer_id: null, amount: 100, day: '2024-01-01', at: null },
				{ id: 8, customer_id: 9, amount: 1000, day: '2024-01-01', at: null }
			]
		});
		model = {
			entities: [
				entity('Customers', 'agg_customers', [['id', 'number']]),
				entity('Orders', 'agg_orders', [
					['id', 'number'],
					['customer_id', 'number'],
					['amount', 'number'],
					['day', 'date'],
					['at', 'timestamp']
				])
			],
			relationships: [
				{
					name: 'orders_customer',
					from: { entity: 'Orders', attribute: 'customer_id' },
					to: { entity: 'Customers', attribute: 'id' },
					cardinality: 'many-to-one'
				}
			],
			profile: { entity: 'Customers', key: 'id' }
		};
	});
	const orders = (
		aggregates: Parameters<typeof agg>[0][],
		where: ReturnType<typeof cond> | null = null
	) =>
		run(
			db,
			definition([
				group('Orders', where, {
					path: {
						start: 'Orders',
						steps: [{ relationship: 'orders_customer', direction: 'forward' }]
					},
					aggregates: aggregates.map(agg)
				})
			]),
			model,
			CLOCK
		);
	const count = { function: 'count', entity: 'Orders' } as const;
	const of = (fn: AggregateFunction, attribute: string) => ({
		function: fn,
		entity: 'Orders',
		attribute
	});

	it('INTEGER keys join BIGINT keys; orphans and NULL keys join nothing', () => {
		expect(orders([])).toEqual([1, 2, 3]);
	});
	it('count and count of different values', () => {
		expect(orders([{ ...count, operator: 'atLeast', value: 2 }])).toEqual([1, 2]);
		expect(orders([{ ...count, operator: 'equals', value: 1 }])).toEqual([3]);
		expect(orders([{ ...of('countDistinct', 'amount'), operator: 'equals', value: 1 }])).toEqual([
			2
		]);
		expect(orders([{ ...of('countDistinct', 'amount'), operator: 'equals', value: 0 }])).toEqual([
			3
		]);
	});
	it('sum, average, lowest, highest over non-empty values; no values is never a match', () => {
		expect(orders([{ ...of('sum', 'amount'), operator: 'greaterThan', value: 20 }])).toEqual([1]);
		expect(orders([{ ...of('sum', 'amount'), operator: 'lessThan', value: 100 }])).toEqual([1, 2]);
		expect(orders([{ ...of('sum', 'amount'), operator: 'notEquals', value: 30 }])).toEqual([2]);
		expect(orders([{ ...of('avg', 'amount'), operator: 'equals', value: 15 }])).toEqual([1]);
		expect(orders([{ ...of('avg', 'amount'), operator: 'equals', value: 5 }])).toEqual([2]);
		expect(orders([{ ...of('min', 'amount'), operator: 'atMost', value: 5 }])).toEqual([2]);
		expect(
			orders([{ ...of('max', 'amount'), operator: 'between', value: { from: 10, to: 20 } }])
		).toEqual([1]);
	});
	it('sums and averages are exact: the order rows are added in cannot move a customer across a threshold', () => {
		createTable(db, {
			table: 'agg_cents',
			columns: [
				{ name: 'customer_id', type: 'BIGINT' },
				{ name: 'amount', type: 'DOUBLE' }
			],
			// As doubles, 0.1 + 0.2 + 0.3 is 0.6000000000000001 but 0.3 + 0.2 + 0.1 is 0.6.
			rows: [
				{ customer_id: 1, amount: 0.1 },
				{ customer_id: 1, amount: 0.2 },
				{ customer_id: 1, amount: 0.3 },
				{ customer_id: 2, amount: 0.3 },
				{ customer_id: 2, amount: 0.2 },
				{ customer_id: 2, amount: 0.1 }
			]
		});
		const cents: DataModel = {
			...model,
			entities: [
				model.entities[0] as DataModel['entities'][number],
				entity('Orders', 'agg_cents', [
					['customer_id', 'number'],
					['amount', 'number']
				])
			]
		};
		const members = (a: Parameters<typeof agg>[0]) =>
			run(
				db,
				definition([
					group('Orders', null, {
						path: {
							start: 'Orders',
							steps: [{ relationship: 'orders_customer', direction: 'forward' }]
						},
						aggregates: [agg(a)]
					})
				]),
				cents,
				CLOCK
			);
		expect(members({ ...of('sum', 'amount'), operator: 'greaterThan', value: 0.6 })).toEqual([]);
		expect(members({ ...of('sum', 'amount'), operator: 'equals', value: 0.6 })).toEqual([1, 2]);
		expect(members({ ...of('avg', 'amount'), operator: 'equals', value: 0.2 })).toEqual([1, 2]);
	});
	it('earliest and latest dates', () => {
		expect(orders([{ ...of('max', 'day'), operator: 'greaterThan', value: '2024-02-15' }])).toEqual(
			[1]
		);
		expect(orders([{ ...of('min', 'day'), operator: 'lessThan', value: '2024-01-01' }])).toEqual([
			2
		]);
		expect(orders([{ ...of('max', 'day'), operator: 'equals', value: '2024-01-15' }])).toEqual([2]);
		expect(orders([{ ...of('max', 'day'), operator: 'notEquals', value: '2024-01-15' }])).toEqual([
			1
		]);
		// a date against a timestamp means the whole day
		expect(orders([{ ...of('max', 'at'), operator: 'equals', value: '2024-01-15' }])).toEqual([2]);
		expect(orders([{ ...of('max', 'at'), operator: 'greaterThan', value: '2024-01-15' }])).toEqual([
			1
		]);
		expect(orders([{ ...of('max', 'at'), operator: 'atMost', value: '2024-01-15' }])).toEqual([2]);
		expect(
			orders([{ ...of('max', 'at'), operator: 'atMost', value: '2024-01-15T23:59:58' }])
		).toEqual([]);
		expect(
			orders([
				{ ...of('min', 'at'), operator: 'between', value: { from: '2023-05-05', to: '2024-01-01' } }
			])
		).toEqual([1, 2]);
	});
	it('several aggregates must all hold, over the rows that pass the conditions', () => {
		expect(
			orders([
				{ ...count, operator: 'atLeast', value: 2 },
				{ ...of('sum', 'amount'), operator: 'greaterThan', value: 20 }
			])
		).toEqual([1]);
		expect(
			orders(
				[{ ...count, operator: 'atLeast', value: 2 }],
				cond('Orders', 'amount', 'greaterThan', 6)
			)
		).toEqual([1]);
		expect(
			orders([{ ...count, operator: 'atLeast', value: 2 }], cond('Orders', 'amount', 'atMost', 6))
		).toEqual([2]);
	});
	it('and/or trees', () => {
		const tree = {
			kind: 'or',
			id: 'o',
			children: [
				{
					kind: 'and',
					id: 'a',
					children: [
						cond('Orders', 'amount', 'atLeast', 10),
						cond('Orders', 'day', 'before', '2024-01-15')
					]
				},
				cond('Orders', 'day', 'before', '2024-01-01')
			]
		} as never;
		expect(orders([], tree)).toEqual([1, 2]);
	});
	it('set operators combine left to right, whatever SQL precedence says', () => {
		const only = (ids: number[]) => cond('Customers', 'id', 'inList', ids);
		const g = (ids: number[], operator?: 'union' | 'intersect' | 'exclude') =>
			group('Customers', only(ids), operator ? { operator } : {});
		// (A ∪ B) ∩ C = {2}; with INTERSECT binding tighter it would be {1, 2}
		expect(
			run(db, definition([g([1]), g([2], 'union'), g([2], 'intersect')]), model, CLOCK)
		).toEqual([2]);
		// (A ∪ B) − C
		expect(
			run(db, definition([g([1, 2, 3]), g([4], 'union'), g([2, 4], 'exclude')]), model, CLOCK)
		).toEqual([1, 3]);
		// (A − B) ∪ C
		expect(
			run(db, definition([g([1, 2]), g([2], 'exclude'), g([2, 3], 'union')]), model, CLOCK)
		).toEqual([1, 2, 3]);
	});
});
