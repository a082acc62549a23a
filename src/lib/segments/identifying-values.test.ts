import { describe, expect, it } from 'vitest';
import { emptyDefinition, type SegmentDefinition } from './definition';
import type { DataModel, Entity } from './data-model';
import { identifyingAttribute, identifyingName, identifyingValues } from './identifying-values';

const entity = (name: string, attributes: string[]): Entity => ({
	name,
	displayName: name,
	table: `t_${name}`,
	attributes: attributes.map((a) => ({ name: a, displayName: a, type: 'string' as const })),
	rowCount: 1,
	sourceFile: '',
	sourceFormat: 'csv',
	importedAt: ''
});
const model: DataModel = {
	entities: [
		entity('Customers', ['id', 'name', 'email', 'segment']),
		entity('Orders', ['order_id', 'customer_id', 'product_name', 'status'])
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

describe('identifying attribute names', () => {
	it.each([
		['email', 'looks like an email address'],
		['E-Mail Address', 'looks like an email address'],
		['contactEmail', 'looks like an email address'],
		['mobile_phone', 'looks like a phone number'],
		['Tel', 'looks like a phone number'],
		['first_name', "looks like a person's name"],
		['LastName', "looks like a person's name"],
		['surname', "looks like a person's name"],
		['customer name', "looks like a person's name"],
		['street', 'looks like a postal address'],
		['IBAN', 'looks like an official number'],
		['date_of_birth', 'looks like a date of birth']
	])('%s %s', (name, why) => {
		expect(identifyingName(name, false)).toBe(why);
	});
	it.each(['status', 'product_name', 'segment', 'total_amount', 'mailing_opt_in_count'])(
		'%s does not',
		(name) => {
			expect(identifyingName(name, false)).toBeNull();
		}
	);
	it('a bare "name" on the Customer Profile entity is a person\'s name', () => {
		expect(identifyingAttribute(model, 'Customers', 'name')).toBe("looks like a person's name");
		expect(identifyingAttribute(model, 'Orders', 'product_name')).toBeNull();
	});
	it('the profile key, and keys joined to it, identify customers', () => {
		expect(identifyingAttribute(model, 'Customers', 'id')).toBe('is the Customer Profile key');
		expect(identifyingAttribute(model, 'Orders', 'customer_id')).toBe(
			'holds Customer Profile keys'
		);
		expect(identifyingAttribute(model, 'Orders', 'order_id')).toBeNull();
		expect(identifyingAttribute({ ...model, profile: null }, 'Customers', 'id')).toBeNull();
	});
});

describe('identifying values of definitions', () => {
	const definition = (): SegmentDefinition => ({
		...emptyDefinition('vip', 'dynamic'),
		displayName: 'VIP list',
		groups: [
			{
				id: 'g1',
				path: { start: 'Customers', steps: [] },
				aggregates: [],
				where: {
					kind: 'and',
					id: 'b1',
					children: [
						{
							kind: 'condition',
							id: 'c1',
							entity: 'Customers',
							attribute: 'email',
							operator: 'inList',
							value: ['ann@example.com', 'bob@example.com']
						},
						{
							kind: 'condition',
							id: 'c2',
							entity: 'Customers',
							attribute: 'email',
							operator: 'endsWith',
							value: '@example.com'
						},
						{
							kind: 'condition',
							id: 'c3',
							entity: 'Customers',
							attribute: 'segment',
							operator: 'equals',
							value: 'gold'
						},
						{
							kind: 'condition',
							id: 'c4',
							entity: 'Customers',
							attribute: 'id',
							operator: 'equals',
							value: 42
						},
						{
							kind: 'condition',
							id: 'c5',
							entity: 'Customers',
							attribute: 'name',
							operator: 'isNotEmpty'
						}
					]
				}
			}
		]
	});
	it('lists the values per attribute with the reason, and nothing else', () => {
		expect(identifyingValues([definition()], model)).toEqual([
			{
				segment: 'VIP list',
				entity: 'Customers',
				attribute: 'email',
				why: 'looks like an email address',
				values: ['ann@example.com', 'bob@example.com', '@example.com']
			},
			{
				segment: 'VIP list',
				entity: 'Customers',
				attribute: 'id',
				why: 'is the Customer Profile key',
				values: ['42']
			}
		]);
	});
	it('a definition without such values has none', () => {
		const d = definition();
		d.groups[0]!.where = null;
		expect(identifyingValues([d], model)).toEqual([]);
	});
});
