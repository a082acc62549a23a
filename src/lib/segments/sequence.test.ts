// Sequences on a timeline worked out by hand: six customers with known orders, cases and page
// visits, checked at three as-of dates. "A big order followed by an escalated case within 7 days"
// (a date then a timestamp: compared as days, both ends included, the same day counts), "visited
// /pricing and no order within 14 days" (a side two hops from the customer; a window still open at
// the as-of date counts as not followed), an order followed by another order (a row never follows
// itself) and timestamps compared as instants. Each answer is also what the reference evaluator says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { demoModel } from '../../../tests/helpers/demo-model';
import { evaluateSegment, type Row, type Tables } from '../../../tests/helpers/reference-evaluator';
import { createTable } from '../../../tests/helpers/segment-db';
import { cond, definition, run } from '../../../tests/helpers/segment-fixture';
import type { ConditionNode, Group, SequenceCondition, SequenceStep } from './definition';
import { compileSegment } from './compile';
import { describeLocation } from './problems';
import { summarizeGroup } from './summary';
import { validateSegment } from './validate';

const rows = (columns: string[], values: unknown[][]): Row[] =>
	values.map((v) => Object.fromEntries(columns.map((c, i) => [c, v[i]])) as Row);

// Big orders (> 500): Ann 03-01, Bob 03-01, Cid 03-05 (with a small one the same day), Fay 06-01.
// Escalated cases: Ann 03-08 23:30 (7 days after her order), Bob 03-09 00:10 (8 days), Cid 03-05
// 09:00 (the same day), Dee 03-11 (after a small order), Fay 06-05. Bob's cases on 03-02 10:00 and
// 03-03 10:00 are exactly one day apart. /pricing: Ann 04-20 (an order 11 days later), Dee 03-01
// (an order 9 days later), Eve 03-20 and 12-30 (Eve never orders).
const TABLES: Tables = {
	Customers: [1, 2, 3, 4, 5, 6].map((id) => ({ id })),
	Orders: rows(
		['id', 'customer_id', 'order_date', 'total_amount'],
		[
			[10, 1, '2024-03-01', 800],
			[11, 1, '2024-05-01', 50],
			[20, 2, '2024-03-01', 900],
			[30, 3, '2024-03-05', 600],
			[31, 3, '2024-03-05', 20],
			[40, 4, '2024-03-10', 100],
			[60, 6, '2024-06-01', 700]
		]
	),
	Cases: rows(
		['id', 'customer_id', 'created_at', 'priority', 'escalated'],
		[
			[100, 1, '2024-03-08 23:30:00', 'low', true],
			[200, 2, '2024-03-09 00:10:00', 'low', true],
			[201, 2, '2024-03-02 10:00:00', 'low', false],
			[202, 2, '2024-03-03 10:00:00', 'high', false],
			[300, 3, '2024-03-05 09:00:00', 'low', true],
			[400, 4, '2024-03-11 12:00:00', 'low', true],
			[600, 6, '2024-06-05 12:00:00', 'low', true]
		]
	),
	OnlineAccounts: rows(
		['id', 'customer_id'],
		[
			[1, 1],
			[4, 4],
			[5, 5]
		]
	),
	ClickStream: rows(
		['session_id', 'online_account_id', 'page', 'event_time'],
		[
			['s1', 1, '/pricing', '2024-04-20 10:00:00'],
			['s4', 4, '/pricing', '2024-03-01 08:00:00'],
			['s4b', 4, '/home', '2024-06-01 08:00:00'],
			['s5', 5, '/pricing', '2024-03-20 12:00:00'],
			['s5b', 5, '/pricing', '2024-12-30 12:00:00']
		]
	)
};
const CLOCK = { today: '2025-06-01', now: '2025-06-01T12:00:00' }; // replaced by asOf below
const A = '2024-03-06';
const B = '2024-03-31';
const C = '2024-12-31';

const model = demoModel();
let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
	const table = (name: string, columns: [string, string][]) =>
		createTable(db, {
			table: `demo_${name.toLowerCase()}`,
			columns: columns.map(([n, type]) => ({ name: n, type: type as never })),
			rows: TABLES[name] as never
		});
	table('Customers', [['id', 'INTEGER']]);
	table('Orders', [
		['id', 'INTEGER'],
		['customer_id', 'INTEGER'],
		['order_date', 'DATE'],
		['total_amount', 'DOUBLE']
	]);
	table('Cases', [
		['id', 'INTEGER'],
		['customer_id', 'INTEGER'],
		['created_at', 'TIMESTAMP'],
		['priority', 'VARCHAR'],
		['escalated', 'BOOLEAN']
	]);
	table('OnlineAccounts', [
		['id', 'INTEGER'],
		['customer_id', 'INTEGER']
	]);
	table('ClickStream', [
		['session_id', 'VARCHAR'],
		['online_account_id', 'INTEGER'],
		['page', 'VARCHAR'],
		['event_time', 'TIMESTAMP']
	]);
});
afterAll(() => db?.close());

const hop = (relationship: string) => ({ relationship, direction: 'forward' as const });
const orders = (where: ConditionNode | null): SequenceStep => ({
	path: { start: 'Orders', steps: [hop('orders_customer')] },
	where,
	time: { entity: 'Orders', attribute: 'order_date' }
});
const cases = (where: ConditionNode | null): SequenceStep => ({
	path: { start: 'Cases', steps: [hop('cases_customer')] },
	where,
	time: { entity: 'Cases', attribute: 'created_at' }
});
const visits = (where: ConditionNode | null): SequenceStep => ({
	path: {
		start: 'ClickStream',
		steps: [hop('clickstream_online_account'), hop('online_accounts_customer')]
	},
	where,
	time: { entity: 'ClickStream', attribute: 'event_time' }
});
const big = cond('Orders', 'total_amount', 'greaterThan', 500);
const escalated = cond('Cases', 'escalated', 'isTrue');
const pricing = cond('ClickStream', 'page', 'equals', '/pricing');

function sequence(
	kind: SequenceCondition['kind'],
	first: SequenceStep,
	then: SequenceStep,
	withinDays: number
): Group {
	return {
		id: 'g',
		path: { start: 'Customers', steps: [] },
		where: null,
		aggregates: [],
		sequences: [{ id: 's', kind, first, then, withinDays }]
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

describe('A then B within N days', () => {
	const bigThenEscalated = (days: number) =>
		sequence('followedBy', orders(big), cases(escalated), days);
	it('a big order followed by an escalated case within 7 days, at three dates', () => {
		// A: Ann's case (03-08) has not happened yet; Cid's came the same day as his order
		expect(members(bigThenEscalated(7), A)).toEqual([3]);
		// B: Ann's case is on the 7th day after her order (a date and a timestamp compare as days);
		// Bob's is on the 8th
		expect(members(bigThenEscalated(7), B)).toEqual([1, 3]);
		// C: Fay's order of 06-01 and case of 06-05 have happened too
		expect(members(bigThenEscalated(7), C)).toEqual([1, 3, 6]);
	});
	it('both ends are included: 8 days reaches Bob, 0 days only the same day', () => {
		expect(members(bigThenEscalated(8), B)).toEqual([1, 2, 3]);
		expect(members(bigThenEscalated(0), B)).toEqual([3]);
	});
	it('an order followed by another order: a row never follows itself, one of the same day does', () => {
		const again = (days: number) => sequence('followedBy', orders(null), orders(null), days);
		// Cid's two orders are on one day; Ann's are 61 days apart; Bob has one
		expect(members(again(60), C)).toEqual([3]);
		expect(members(again(61), C)).toEqual([1, 3]);
	});
	it('timestamps compare as instants: exactly one day later is within 1 day, not within 0', () => {
		const urgent = cond('Cases', 'priority', 'equals', 'high');
		// Bob's 03-02 10:00 case is followed by his 03-03 10:00 high-priority one
		expect(members(sequence('followedBy', cases(null), cases(urgent), 1), B)).toEqual([2]);
		expect(members(sequence('followedBy', cases(null), cases(urgent), 0), B)).toEqual([]);
	});
});

describe('A not followed by B within N days', () => {
	const pricingNoOrder = sequence('notFollowedBy', visits(pricing), orders(null), 14);
	it('visited /pricing and no order within 14 days, at three dates', () => {
		// A: Dee's visit (03-01) is still waiting for her order of 03-10: not followed, so far
		expect(members(pricingNoOrder, A)).toEqual([4]);
		// B: Dee ordered 9 days after; Eve visited on 03-20 and never orders
		expect(members(pricingNoOrder, B)).toEqual([5]);
		// C: Ann's visit of 04-20 was followed by her order of 05-01
		expect(members(pricingNoOrder, C)).toEqual([5]);
	});
	it('a big order not followed by an escalated case: Bob (8 days) and, before it came, Ann', () => {
		const bigNoCase = sequence('notFollowedBy', orders(big), cases(escalated), 7);
		expect(members(bigNoCase, A)).toEqual([1, 2]);
		expect(members(bigNoCase, C)).toEqual([2]);
	});
	it('keeps the group: only customers of the group who also meet the sequence', () => {
		const g = {
			...sequence('notFollowedBy', visits(pricing), orders(null), 14),
			path: { start: 'Orders', steps: [hop('orders_customer')] }
		};
		// of those with an order (Ann, Bob, Cid, Dee, Fay) only Dee, at A
		expect(members(g, A)).toEqual([4]);
		expect(members(g, B)).toEqual([]);
	});
});

describe('sequences with the rest of a group', () => {
	it('a ranking ranks only the customers who meet the sequence', () => {
		const g: Group = {
			...sequence('followedBy', orders(big), cases(escalated), 7),
			path: { start: 'Orders', steps: [hop('orders_customer')] },
			rank: {
				direction: 'top',
				amount: 1,
				unit: 'customers',
				function: 'sum',
				entity: 'Orders',
				attribute: 'total_amount'
			}
		};
		// at C Ann (850), Cid (620) and Fay (700) meet it; Bob spent most (900) but does not
		expect(members(g, C)).toEqual([1]);
	});
	it('problems name the side: a missing date, a date that is not one, a condition off its path', () => {
		const g = sequence(
			'followedBy',
			{
				...orders(cond('Cases', 'escalated', 'isTrue')),
				time: { entity: 'Orders', attribute: 'total_amount' }
			},
			{ ...cases(null), time: { entity: '', attribute: '' } },
			7
		);
		const problems = validateSegment(definition([g]), model).map((p) => [
			p.path.slice(4).join('.'),
			p.message
		]);
		expect(problems).toEqual([
			[
				'first.where.entity',
				"Cases is not on this group's path from Orders, so its attributes cannot be used here."
			],
			[
				'first.time.attribute',
				'“total amount” (Orders) does not hold a date; A can only be placed in time by a date or a date and time.'
			],
			['then.time.entity', 'Choose the date or timestamp that places B in time in this sequence.']
		]);
	});
});

describe('sequences in words and SQL', () => {
	it('reads as a sentence', () => {
		const g = sequence('followedBy', orders(big), cases(escalated), 7);
		expect(summarizeGroup(g, model)).toBe(
			'all Customers, for Customers with Orders where total amount is greater than 500 (by order date) followed by Cases where escalated is true (by created at) within 7 days'
		);
		const n = sequence('notFollowedBy', visits(pricing), orders(null), 1);
		expect(summarizeGroup(n, model)).toContain(
			'ClickStream where page is “/pricing” (by event time) not followed by Orders (by order date) within 1 day'
		);
	});
	it('says where a problem is: the sequence, its side and the condition', () => {
		expect(
			describeLocation(['groups', 0, 'sequences', 1, 'then', 'where', 'children', 1, 'value'])
		).toBe('group 1, sequence 2 (B), condition 2, field “value”');
		expect(describeLocation(['groups', 2, 'sequences', 0, 'first', 'time', 'attribute'])).toBe(
			'group 3, sequence 1 (A), field “time” › “attribute”'
		);
	});
	it('joins on the customer key and a time range (EXISTS), never a cross product', () => {
		const compiled = compileSegment(
			definition([sequence('followedBy', orders(big), cases(escalated), 7)]),
			model,
			CLOCK
		);
		if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
		const sql = compiled.sql.members;
		expect(sql).toContain('WHERE EXISTS (');
		expect(sql).toContain('WHERE b.member_key = a.member_key');
		expect(sql).toContain('AND b.event_at <= a.event_at + 7');
		expect(sql).not.toMatch(/CROSS JOIN|FROM [^\n]+,/);
	});
});
