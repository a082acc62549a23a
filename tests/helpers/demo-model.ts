// The demo data model as the brief for the seed world describes it (entities, attributes,
// relationships, profile), written out here so segment tests do not depend on the demo generator.
import type { AttributeType, DataModel, Entity } from '../../src/lib/segments/data-model';

function entity(name: string, attributes: [string, AttributeType][], rowCount = 0): Entity {
	return {
		name,
		displayName: name,
		table: `demo_${name.toLowerCase()}`,
		attributes: attributes.map(([n, type]) => ({
			name: n,
			displayName: n.replaceAll('_', ' '),
			type
		})),
		rowCount,
		sourceFile: 'demo',
		sourceFormat: 'demo',
		importedAt: '2025-01-01T00:00:00Z'
	};
}

export function demoModel(): DataModel {
	return {
		entities: [
			entity('Customers', [
				['id', 'number'],
				['name', 'string'],
				['email', 'string'],
				['country', 'string'],
				['city', 'string'],
				['birth_date', 'date'],
				['signup_date', 'date'],
				['loyalty_tier', 'string'],
				['is_subscribed', 'boolean']
			]),
			entity('Orders', [
				['id', 'number'],
				['customer_id', 'number'],
				['order_date', 'date'],
				['total_amount', 'number'],
				['status', 'string'],
				['channel', 'string']
			]),
			entity('Cases', [
				['id', 'number'],
				['customer_id', 'number'],
				['created_at', 'timestamp'],
				['priority', 'string'],
				['escalated', 'boolean'],
				['status', 'string']
			]),
			entity('OnlineAccounts', [
				['id', 'number'],
				['customer_id', 'number'],
				['created_at', 'timestamp']
			]),
			entity('ClickStream', [
				['session_id', 'string'],
				['online_account_id', 'number'],
				['page', 'string'],
				['event_time', 'timestamp']
			])
		],
		relationships: [
			rel('orders_customer', 'Orders', 'customer_id', 'Customers', 'id'),
			rel('cases_customer', 'Cases', 'customer_id', 'Customers', 'id'),
			rel('online_accounts_customer', 'OnlineAccounts', 'customer_id', 'Customers', 'id'),
			rel('clickstream_online_account', 'ClickStream', 'online_account_id', 'OnlineAccounts', 'id')
		],
		profile: { entity: 'Customers', key: 'id' }
	};
}

function rel(name: string, fromEntity: string, fromAttr: string, toEntity: string, toAttr: string) {
	return {
		name,
		from: { entity: fromEntity, attribute: fromAttr },
		to: { entity: toEntity, attribute: toAttr },
		cardinality: 'many-to-one' as const
	};
}
