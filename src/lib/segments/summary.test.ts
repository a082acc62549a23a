import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { demoModel } from '../../../tests/helpers/demo-model';
import { cond, definition } from '../../../tests/helpers/segment-fixture';
import type { Condition, Group, SegmentDefinition } from './definition';
import { summarizeCondition, summarizeGroup, summarizeSegment } from './summary';
import { lookupOf } from './dependencies';

const model = demoModel();
const seed = JSON.parse(
	readFileSync('src/lib/demo/examples/seed-example.json', 'utf8')
) as SegmentDefinition;
const say = (c: ReturnType<typeof cond>) => summarizeCondition(c as Condition, model, 'Orders');

describe('summary', () => {
	it('reads the seed example in plain English', () => {
		expect(summarizeSegment(seed, model)).toBe(
			'Orders where total amount is greater than 500 and order date is in the last 90 days; intersect: Cases where escalated is true and created at is in the last 30 days'
		);
	});
	it('phrases every kind of value', () => {
		expect(say(cond('Orders', 'status', 'inList', ['new', 'paid', 'sent']))).toBe(
			'status is one of “new”, “paid” or “sent”'
		);
		expect(say(cond('Orders', 'status', 'notEquals', 'void'))).toBe(
			'status is not “void” (including empty values)'
		);
		expect(say(cond('Orders', 'status', 'contains', 'Re', { matchCase: true }))).toBe(
			'status contains “Re” (matching case)'
		);
		expect(say(cond('Orders', 'total_amount', 'between', { from: 10, to: 20 }))).toBe(
			'total amount is between 10 and 20'
		);
		expect(say(cond('Orders', 'order_date', 'moreThanAgo', { amount: 1, unit: 'years' }))).toBe(
			'order date is more than 1 year ago'
		);
		expect(say(cond('Orders', 'order_date', 'thisPeriod', { unit: 'quarter' }))).toBe(
			'order date is in this quarter'
		);
		expect(say(cond('Orders', 'order_date', 'dayOfWeek', [6, 7]))).toBe(
			'order date falls on Saturday or Sunday'
		);
		expect(
			say(cond('Customers', 'birth_date', 'anniversaryWithin', { amount: 7, unit: 'days' }))
		).toBe('birth date of Customers has its anniversary in the next 7 days');
		expect(say(cond('Orders', 'total_amount', 'greaterThan'))).toBe(
			'total amount is greater than …'
		);
	});
	it('brackets nested blocks and names aggregates', () => {
		const group: Group = {
			id: 'g',
			path: { start: 'Orders', steps: [{ relationship: 'orders_customer', direction: 'forward' }] },
			where: {
				kind: 'and',
				id: 'a',
				children: [
					{
						kind: 'or',
						id: 'o',
						children: [
							cond('Orders', 'channel', 'equals', 'web'),
							cond('Orders', 'channel', 'equals', 'app')
						]
					},
					cond('Customers', 'country', 'equals', 'France')
				]
			},
			aggregates: [
				{ id: 'x', function: 'count', entity: 'Orders', operator: 'atLeast', value: 3 },
				{
					id: 'y',
					function: 'max',
					entity: 'Orders',
					attribute: 'order_date',
					operator: 'lessThan',
					value: '2024-01-01'
				}
			]
		};
		expect(summarizeGroup(group, model)).toBe(
			'Orders where (channel is “web” or channel is “app”) and country of Customers is “France”, for Customers whose number of Orders is at least 3 (among Customers with Orders) and whose latest order date is before 2024-01-01'
		);
		expect(summarizeSegment(definition([{ ...group, where: null, aggregates: [] }]), model)).toBe(
			'any Orders'
		);
	});
	it('still reads when the model lost something', () => {
		expect(
			summarizeGroup(
				{
					id: 'g',
					path: { start: 'Gone', steps: [] },
					where: cond('Gone', 'x', 'isEmpty'),
					aggregates: []
				},
				model
			)
		).toBe('Gone where x isEmpty');
	});
	it('says which segments a customer must (not) be in, and how', () => {
		const big = { ...definition([]), name: 'big', displayName: 'Big spenders' };
		const group: Group = {
			id: 'g',
			path: { start: 'Orders', steps: [] },
			where: cond('Orders', 'total_amount', 'greaterThan', 500),
			aggregates: [],
			memberships: [
				{ id: 'm0', operator: 'inSegment', segment: 'big', source: 'live' },
				{ id: 'm1', operator: 'notInSegment', segment: 'churned', source: 'lastRun' }
			]
		};
		expect(summarizeGroup(group, model, lookupOf([big]))).toBe(
			'Orders where total amount is greater than 500, if the customer is in segment “Big spenders” (live) and is not in segment “churned” (as of its last run)'
		);
		expect(summarizeGroup(group, model)).toContain('is in segment “big” (live)');
	});
});
