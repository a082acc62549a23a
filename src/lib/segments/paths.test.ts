import { describe, expect, it } from 'vitest';
import { demoModel } from '../../../tests/helpers/demo-model';
import type { DataModel } from './data-model';
import { findPaths, reachability, resolvePath } from './paths';

const model = demoModel();

describe('paths', () => {
	it('resolves a path into entities and join columns', () => {
		const r = resolvePath(model, {
			start: 'ClickStream',
			steps: [
				{ relationship: 'clickstream_online_account', direction: 'forward' },
				{ relationship: 'online_accounts_customer', direction: 'forward' }
			]
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.path.entities).toEqual(['ClickStream', 'OnlineAccounts', 'Customers']);
		expect(r.path.hops[0]).toEqual({
			relationship: 'clickstream_online_account',
			direction: 'forward',
			current: { entity: 'ClickStream', attribute: 'online_account_id' },
			next: { entity: 'OnlineAccounts', attribute: 'id' }
		});
	});
	it('follows a relationship in reverse', () => {
		const profileIsOrders: DataModel = { ...model, profile: { entity: 'Orders', key: 'id' } };
		const r = resolvePath(profileIsOrders, {
			start: 'Customers',
			steps: [{ relationship: 'orders_customer', direction: 'reverse' }]
		});
		expect(r.ok && r.path.hops[0]).toEqual({
			relationship: 'orders_customer',
			direction: 'reverse',
			current: { entity: 'Customers', attribute: 'id' },
			next: { entity: 'Orders', attribute: 'customer_id' }
		});
	});
	it('proposes every simple path, shortest first, ties by relationship name', () => {
		const m: DataModel = {
			...model,
			relationships: [
				...model.relationships,
				{
					name: 'b_orders_buyer',
					from: { entity: 'Orders', attribute: 'customer_id' },
					to: { entity: 'Customers', attribute: 'id' },
					cardinality: 'many-to-one'
				},
				{
					name: 'a_case_order',
					from: { entity: 'Cases', attribute: 'id' },
					to: { entity: 'Orders', attribute: 'id' },
					cardinality: 'one-to-one'
				}
			]
		};
		const paths = findPaths(m, 'Orders');
		expect(
			paths.map((p) => p.steps.map((s) => `${s.relationship}:${s.direction}`).join(' '))
		).toEqual([
			'b_orders_buyer:forward',
			'orders_customer:forward',
			'a_case_order:reverse cases_customer:forward'
		]);
		expect(paths[2]?.entities).toEqual(['Orders', 'Cases', 'Customers']);
		expect(findPaths(m, 'Customers')).toEqual([{ steps: [], entities: ['Customers'] }]);
		expect(findPaths(m, 'Orders', 1)).toHaveLength(2);
	});
	it('tells which entities can reach the profile', () => {
		const m: DataModel = {
			...model,
			entities: [
				...model.entities,
				{ ...(model.entities[0] as DataModel['entities'][number]), name: 'Island', table: 'island' }
			]
		};
		const r = reachability(m);
		expect(r.ClickStream?.steps).toHaveLength(2);
		expect(r.Customers?.steps).toEqual([]);
		expect(r.Island).toBeNull();
		expect(reachability({ ...m, profile: null }).Orders).toBeNull();
	});
});
