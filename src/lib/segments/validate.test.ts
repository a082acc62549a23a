import { describe, expect, it } from 'vitest';
import { demoModel } from '../../../tests/helpers/demo-model';
import { cond, definition } from '../../../tests/helpers/segment-fixture';
import { compileGroup, compileSegment } from './compile';
import type { DataModel } from './data-model';
import type { ConditionNode, Group, SegmentDefinition } from './definition';
import { validateGroup, validateSegment } from './validate';

const CLOCK = { today: '2025-03-15', now: '2025-03-15T10:00:00' };
const model = demoModel();

const ordersPath: Group['path'] = {
	start: 'Orders',
	steps: [{ relationship: 'orders_customer', direction: 'forward' }]
};
const ordersGroup = (where: ConditionNode | null, extra: Partial<Group> = {}): Group => ({
	id: 'orders',
	path: ordersPath,
	where,
	aggregates: [],
	...extra
});
const one = (where: ConditionNode | null, extra: Partial<Group> = {}) =>
	definition([ordersGroup(where, extra)]);

/** The problems as [code, path] pairs, and their messages. */
function check(def: SegmentDefinition, m: DataModel = model, takenNames?: string[]) {
	const problems = validateSegment(def, m, { takenNames });
	return {
		codes: problems.map((p) => [p.code, p.path]),
		messages: problems.map((p) => p.message)
	};
}

describe('validateSegment', () => {
	it('accepts a valid definition', () => {
		expect(check(one(cond('Orders', 'total_amount', 'greaterThan', 500))).codes).toEqual([]);
	});

	it('segment name: identifier rules and uniqueness ignoring case', () => {
		const bad = check({ ...one(null), name: 'bad name' });
		expect(bad.codes).toEqual([['invalidName', ['name']]]);
		expect(bad.messages[0]).toBe('A name cannot contain spaces; use _ instead.');
		const taken = check({ ...one(null), name: 'high_value' }, model, ['HIGH_VALUE']);
		expect(taken.codes).toEqual([['invalidName', ['name']]]);
		expect(taken.messages[0]).toContain('already used');
	});

	it('no groups, no Customer Profile', () => {
		expect(check(definition([])).codes).toEqual([['noGroups', ['groups']]]);
		const r = check(one(null), { ...model, profile: null });
		expect(r.codes).toEqual([['noProfile', []]]);
		expect(r.messages[0]).toContain('Customer Profile');
		const gone = check(one(null), { ...model, profile: { entity: 'Clients', key: 'id' } });
		expect(gone.messages[0]).toContain('“Clients” no longer exists');
	});

	it('start entity missing or unknown', () => {
		expect(
			check(definition([{ ...ordersGroup(null), path: { start: '', steps: [] } }])).codes
		).toEqual([['noStart', ['groups', 0, 'path', 'start']]]);
		const r = check(definition([{ ...ordersGroup(null), path: { start: 'Invoices', steps: [] } }]));
		expect(r.codes).toEqual([['unknownEntity', ['groups', 0, 'path', 'start']]]);
		expect(r.messages[0]).toBe(
			'The data model has no entity “Invoices”: it was deleted or renamed, or its data is not imported here.'
		);
	});

	it('relationships that are gone, do not connect, or lost a column', () => {
		const gone = check(
			definition([
				{
					...ordersGroup(null),
					path: { start: 'Orders', steps: [{ relationship: 'orders_buyer', direction: 'forward' }] }
				}
			])
		);
		expect(gone.codes).toEqual([
			['unknownRelationship', ['groups', 0, 'path', 'steps', 0, 'relationship']]
		]);
		expect(gone.messages[0]).toContain('“orders_buyer”');

		const wrong = check(
			definition([
				{
					...ordersGroup(null),
					path: {
						start: 'Orders',
						steps: [{ relationship: 'cases_customer', direction: 'forward' }]
					}
				}
			])
		);
		expect(wrong.codes).toEqual([['stepDoesNotConnect', ['groups', 0, 'path', 'steps', 0]]]);
		expect(wrong.messages[0]).toContain('links Cases to Customers');

		const dropped: DataModel = {
			...model,
			entities: model.entities.map((e) =>
				e.name === 'Orders'
					? { ...e, attributes: e.attributes.filter((a) => a.name !== 'customer_id') }
					: e
			)
		};
		const lost = check(one(null), dropped);
		expect(lost.codes).toEqual([['unknownAttribute', ['groups', 0, 'path', 'steps', 0]]]);
		expect(lost.messages[0]).toContain('Orders.customer_id');
	});

	it('paths that do not reach the Customer Profile, cannot, or visit an entity twice', () => {
		const short = check(
			definition([
				{
					...ordersGroup(null),
					path: {
						start: 'ClickStream',
						steps: [{ relationship: 'clickstream_online_account', direction: 'forward' }]
					}
				}
			])
		);
		expect(short.codes).toEqual([['pathNotAtProfile', ['groups', 0, 'path', 'steps']]]);
		expect(short.messages[0]).toBe(
			'The path from ClickStream ends at OnlineAccounts, not at Customers (the Customer Profile).'
		);

		const island: DataModel = {
			...model,
			entities: [
				...model.entities,
				{
					...(model.entities[1] as DataModel['entities'][number]),
					name: 'Products',
					displayName: 'Products',
					table: 'p'
				}
			]
		};
		const none = check(
			definition([{ ...ordersGroup(null), path: { start: 'Products', steps: [] } }]),
			island
		);
		expect(none.codes).toEqual([['noPath', ['groups', 0, 'path', 'start']]]);
		expect(none.messages[0]).toContain('not connected to Customers');

		const twice = check(
			definition([
				{
					...ordersGroup(null),
					path: {
						start: 'Orders',
						steps: [
							{ relationship: 'orders_customer', direction: 'forward' },
							{ relationship: 'cases_customer', direction: 'reverse' },
							{ relationship: 'cases_customer', direction: 'forward' }
						]
					}
				}
			])
		);
		expect(twice.codes).toEqual([['pathRevisits', ['groups', 0, 'path', 'steps', 2]]]);
		expect(twice.messages[0]).toContain('visits Customers twice');
	});

	it('conditions: entity off the path, unknown attribute, operator for another type', () => {
		const r = check(
			one({
				kind: 'and',
				id: 'all',
				children: [
					cond('Cases', 'escalated', 'isTrue'),
					cond('Orders', 'discount', 'greaterThan', 1),
					cond('Orders', 'total_amount', 'contains', '5')
				]
			})
		);
		expect(r.codes).toEqual([
			['entityNotOnPath', ['groups', 0, 'where', 'children', 0, 'entity']],
			['unknownAttribute', ['groups', 0, 'where', 'children', 1, 'attribute']],
			['operatorNotForType', ['groups', 0, 'where', 'children', 2, 'operator']]
		]);
		expect(r.messages).toEqual([
			"Cases is not on this group's path from Orders, so its attributes cannot be used here.",
			'Orders has no attribute “discount”: it was renamed, or the data imported here does not have it.',
			'The operator “contains” does not apply to “total amount” (Orders), which holds a number.'
		]);
	});

	it('values: missing, wrongly typed, empty lists, reversed ranges', () => {
		const at = (i: number) => ['groups', 0, 'where', 'children', i, 'value'];
		const r = check(
			one({
				kind: 'and',
				id: 'all',
				children: [
					cond('Orders', 'total_amount', 'greaterThan'),
					cond('Orders', 'total_amount', 'greaterThan', 'lots'),
					cond('Orders', 'order_date', 'before', '2024-01-01T10:00'),
					cond('Orders', 'status', 'inList', []),
					cond('Orders', 'total_amount', 'between', { from: 10, to: 5 }),
					cond('Orders', 'order_date', 'between', { from: '2024-05-01', to: '2024-04-01' }),
					cond('Orders', 'status', 'equals', ''),
					cond('Orders', 'order_date', 'on', '2024-02-30'),
					cond('Customers', 'birth_date', 'dayOfWeek', [])
				]
			})
		);
		expect(r.codes).toEqual([
			['missingValue', at(0)],
			['wrongValueType', at(1)],
			['wrongValueType', at(2)],
			['emptyList', at(3)],
			['rangeReversed', at(4)],
			['rangeReversed', at(5)],
			['missingValue', at(6)],
			['wrongValueType', at(7)],
			['emptyList', at(8)]
		]);
		expect(r.messages[0]).toBe('Enter a value for “total amount” (Orders).');
		expect(r.messages[1]).toBe('The value for “total amount” (Orders) must be a number.');
		expect(r.messages[2]).toBe('The value for “order date” (Orders) must be a date (YYYY-MM-DD).');
		expect(r.messages[5]).toBe(
			'The start 2024-05-01 is after the end 2024-04-01 for “order date” (Orders).'
		);
	});

	it('a date and time is fine for a timestamp; a range ending on the same day is not reversed', () => {
		expect(
			check(
				definition([
					{
						id: 'c',
						path: {
							start: 'Cases',
							steps: [{ relationship: 'cases_customer', direction: 'forward' }]
						},
						where: {
							kind: 'and',
							id: 'x',
							children: [
								cond('Cases', 'created_at', 'before', '2024-01-01T10:00'),
								cond('Cases', 'created_at', 'between', {
									from: '2024-01-01T10:00',
									to: '2024-01-01'
								})
							]
						},
						aggregates: []
					}
				])
			).codes
		).toEqual([]);
	});

	it('aggregates: attribute needed, of the right type, with a value', () => {
		const r = check(
			one(null, {
				aggregates: [
					{ id: 'a', function: 'sum', entity: 'Orders', operator: 'greaterThan', value: 1 },
					{
						id: 'b',
						function: 'sum',
						entity: 'Orders',
						attribute: 'status',
						operator: 'greaterThan',
						value: 1
					},
					{ id: 'c', function: 'count', entity: 'Orders', operator: 'atLeast' },
					{
						id: 'd',
						function: 'max',
						entity: 'Orders',
						attribute: 'order_date',
						operator: 'greaterThan',
						value: 5
					},
					{ id: 'e', function: 'count', entity: 'Cases', operator: 'atLeast', value: 1 }
				]
			})
		);
		expect(r.codes).toEqual([
			['aggregateNeedsAttribute', ['groups', 0, 'aggregates', 0, 'attribute']],
			['aggregateAttributeType', ['groups', 0, 'aggregates', 1, 'attribute']],
			['missingValue', ['groups', 0, 'aggregates', 2, 'value']],
			['wrongValueType', ['groups', 0, 'aggregates', 3, 'value']],
			['entityNotOnPath', ['groups', 0, 'aggregates', 4, 'entity']]
		]);
		expect(r.messages[1]).toBe(
			'“total of …” cannot be taken of “status” (Orders), which holds text.'
		);
		expect(r.messages[3]).toBe(
			'The value for the latest “order date” (Orders) must be a date (YYYY-MM-DD).'
		);
	});

	it('counts that reach zero, date operators on aggregates, and rankings: draft reasons', () => {
		const r = check(
			one(null, {
				aggregates: [
					{
						id: 'a',
						function: 'sum',
						entity: 'Orders',
						attribute: 'total_amount',
						operator: 'atMost',
						value: 1,
						includeZero: true
					},
					{
						id: 'b',
						function: 'sum',
						entity: 'Orders',
						attribute: 'total_amount',
						operator: 'inLast',
						value: { amount: 3, unit: 'days' }
					},
					{
						id: 'c',
						function: 'distinctWeeks',
						entity: 'Orders',
						attribute: 'total_amount',
						operator: 'atLeast',
						value: 2
					},
					{
						id: 'd',
						function: 'min',
						entity: 'Orders',
						attribute: 'order_date',
						operator: 'inLast',
						value: { amount: 1.5, unit: 'days' }
					}
				],
				rank: { direction: 'top', amount: 150, unit: 'percent', function: 'sum', entity: 'Orders' }
			})
		);
		expect(r.codes).toEqual([
			['zeroNotForFunction', ['groups', 0, 'aggregates', 0, 'includeZero']],
			['operatorNotForType', ['groups', 0, 'aggregates', 1, 'operator']],
			['aggregateAttributeType', ['groups', 0, 'aggregates', 2, 'attribute']],
			['wrongValueType', ['groups', 0, 'aggregates', 3, 'value']],
			['rankNeedsAttribute', ['groups', 0, 'rank', 'attribute']]
		]);
		expect(r.messages[0]).toBe(
			'Only counts can treat customers without rows as 0; “total of …” has no value for them.'
		);
		expect(r.messages[4]).toBe('Choose the attribute of Orders that customers are ranked by.');
		const percent = check(
			one(null, {
				rank: {
					direction: 'top',
					amount: 150,
					unit: 'percent',
					function: 'sum',
					entity: 'Orders',
					attribute: 'total_amount'
				}
			})
		);
		expect(percent.messages).toEqual(['A share of customers is at most 100 %; 150 % was given.']);
	});

	it('set operators: required from the second group on, refused on the first', () => {
		const r = check(
			definition([ordersGroup(null, { operator: 'union' }), ordersGroup(null, { id: 'second' })])
		);
		expect(r.codes).toEqual([
			['setOperatorOnFirst', ['groups', 0, 'operator']],
			['setOperatorMissing', ['groups', 1, 'operator']]
		]);
	});

	it('empty blocks, too deep nesting, duplicate ids', () => {
		let deep: ConditionNode = cond('Orders', 'total_amount', 'greaterThan', 1);
		for (let i = 0; i < 13; i++) deep = { kind: 'and', id: `b${i}`, children: [deep] };
		const r = check(
			definition([
				ordersGroup({ kind: 'or', id: 'empty', children: [] }),
				ordersGroup(deep, { operator: 'union' }),
				ordersGroup(null, { id: 'x', operator: 'union' }),
				ordersGroup(null, { id: 'x', operator: 'union' })
			])
		);
		const deepPath = [
			'groups',
			1,
			'where',
			...Array(24)
				.fill(0)
				.map((_x, i) => (i % 2 ? 0 : 'children'))
		];
		expect(r.codes).toEqual([
			['emptyBlock', ['groups', 0, 'where', 'children']],
			['duplicateId', ['groups', 1, 'id']],
			['tooDeep', deepPath],
			['duplicateId', ['groups', 3, 'id']]
		]);
	});

	it('reports every problem at once', () => {
		const r = check({
			...definition([
				ordersGroup(cond('Orders', 'total_amount', 'greaterThan'), { operator: 'exclude' }),
				{ ...ordersGroup(null, { id: 'b' }), path: { start: '', steps: [] } }
			]),
			name: '1st'
		});
		expect(r.codes.map((c) => c[0])).toEqual([
			'invalidName',
			'setOperatorOnFirst',
			'missingValue',
			'setOperatorMissing',
			'noStart'
		]);
	});
});

describe('validateGroup and compileGroup', () => {
	it('a valid group counts while another group is still unfinished', () => {
		const good = ordersGroup(cond('Orders', 'total_amount', 'greaterThan', 5), {
			operator: 'union'
		});
		const bad = { ...ordersGroup(null, { id: 'bad' }), path: { start: '', steps: [] } };
		const def = definition([bad, good]);
		expect(compileSegment(def, model, CLOCK).ok).toBe(false);
		expect(validateGroup(bad, 0, model).map((p) => p.code)).toEqual(['noStart']);
		expect(validateGroup(good, 1, model)).toEqual([]);
		const compiled = compileGroup(good, 1, model, CLOCK);
		expect(compiled.ok).toBe(true);
		// the set operator does not matter for a group on its own
		expect(compileGroup({ ...good, operator: undefined }, 1, model, CLOCK).ok).toBe(true);
	});
	it('an invalid name does not stop compiling', () => {
		expect(compileSegment({ ...one(null), name: 'not valid!' }, model, CLOCK).ok).toBe(true);
	});
});
