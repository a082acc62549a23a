import { describe, expect, it } from 'vitest';
import { demoModel } from '../../../tests/helpers/demo-model';
import type { DataModel, Relationship } from './data-model';
import {
	describeJoin,
	findPaths,
	pathMatchRate,
	rankPaths,
	reachability,
	repairPath,
	resolvePath
} from './paths';

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

const rel = (
	name: string,
	from: [string, string],
	to: [string, string],
	cardinality: Relationship['cardinality'] = 'many-to-one'
): Relationship => ({
	name,
	from: { entity: from[0], attribute: from[1] },
	to: { entity: to[0], attribute: to[1] },
	cardinality
});
const names = (paths: { steps: { relationship: string }[] }[]) =>
	paths.map((p) => p.steps.map((s) => s.relationship).join(' '));

describe('ranking paths by match rate', () => {
	// a second, weaker way from Orders to Customers, named so that it sorts first
	const twoWays: DataModel = {
		...model,
		relationships: [
			...model.relationships,
			rel('a_orders_by_id', ['Orders', 'id'], ['Customers', 'id'])
		]
	};

	it("multiplies the steps' match rates; unknown when one is missing", () => {
		const steps = [
			{ relationship: 'x', direction: 'forward' as const },
			{ relationship: 'y', direction: 'reverse' as const }
		];
		expect(pathMatchRate(steps, { x: 0.5, y: 0.8 })).toBeCloseTo(0.4);
		expect(pathMatchRate(steps, { x: 0.5 })).toBeNull();
		expect(pathMatchRate(steps, { x: 0.5, y: Number.NaN })).toBeNull();
		expect(pathMatchRate([], {})).toBe(1);
	});

	it('puts the best-matching path first, whatever its name', () => {
		const found = findPaths(twoWays, 'Orders');
		expect(names(found).slice(0, 2)).toEqual(['a_orders_by_id', 'orders_customer']);
		const ranked = rankPaths(found, { a_orders_by_id: 0.1, orders_customer: 1, cases_customer: 1 });
		expect(names(ranked)[0]).toBe('orders_customer');
		expect(ranked[0]?.matchRate).toBe(1);
		expect(ranked[1]?.matchRate).toBeCloseTo(0.1);
	});

	it('prefers fewer steps at the same rate, and known rates over unknown ones', () => {
		const paths = [
			{
				steps: [
					{ relationship: 'a', direction: 'forward' as const },
					{ relationship: 'b', direction: 'forward' as const }
				],
				entities: ['X', 'Y', 'Z']
			},
			{ steps: [{ relationship: 'c', direction: 'forward' as const }], entities: ['X', 'Z'] },
			{ steps: [{ relationship: 'd', direction: 'forward' as const }], entities: ['X', 'Z'] }
		];
		expect(names(rankPaths(paths, { a: 1, b: 1, c: 1 }))).toEqual(['c', 'a b', 'd']);
		// with no rates at all: shortest first, then the order given
		expect(names(rankPaths(paths, {}))).toEqual(['c', 'd', 'a b']);
		// a weak join anywhere on the path makes it weak
		expect(names(rankPaths(paths, { a: 1, b: 0.5, c: 0.9, d: 0.95 }))).toEqual(['d', 'c', 'a b']);
	});

	it('describes each step by the attributes it joins, in walking order', () => {
		expect(describeJoin(model, { relationship: 'orders_customer', direction: 'forward' })).toBe(
			'Orders.customer_id → Customers.id'
		);
		expect(describeJoin(model, { relationship: 'orders_customer', direction: 'reverse' })).toBe(
			'Customers.id → Orders.customer_id'
		);
		expect(describeJoin(model, { relationship: 'gone', direction: 'forward' })).toBeNull();
	});
});

describe('repairing a path whose relationships are gone', () => {
	const clickPath = {
		start: 'ClickStream',
		steps: [
			{ relationship: 'clickstream_online_account', direction: 'forward' as const },
			{ relationship: 'online_accounts_customer', direction: 'forward' as const }
		]
	};
	const original = model.relationships.find((r) => r.name === 'clickstream_online_account')!;
	const without = model.relationships.filter((r) => r.name !== 'clickstream_online_account');

	it('leaves a path alone when every relationship it names exists', () => {
		expect(repairPath(model, clickPath, [])).toEqual({ kind: 'intact' });
		expect(repairPath(model, { start: '', steps: [] }, [])).toEqual({ kind: 'intact' });
	});

	it('finds the same joins under a new name', () => {
		const readded: DataModel = {
			...model,
			relationships: [
				...without,
				rel(
					'clickstream_onlineaccounts',
					['ClickStream', 'online_account_id'],
					['OnlineAccounts', 'id']
				)
			]
		};
		const r = repairPath(readded, clickPath, [original]);
		expect(r.kind).toBe('replaced');
		if (r.kind !== 'replaced') return;
		expect(names([r.path])).toEqual(['clickstream_onlineaccounts online_accounts_customer']);
		expect(r.path.entities).toEqual(['ClickStream', 'OnlineAccounts', 'Customers']);
		expect(r.renamed).toEqual([
			{ from: 'clickstream_online_account', to: 'clickstream_onlineaccounts' }
		]);
		expect(resolvePath(readded, { start: 'ClickStream', steps: r.path.steps }).ok).toBe(true);
	});

	it('finds it when the relationship was re-added the other way round', () => {
		const flipped: DataModel = {
			...model,
			relationships: [
				...without,
				rel(
					'accounts_clicks',
					['OnlineAccounts', 'id'],
					['ClickStream', 'online_account_id'],
					'one-to-one'
				)
			]
		};
		const r = repairPath(flipped, clickPath, [original]);
		expect(r.kind === 'replaced' && r.path.steps[0]).toEqual({
			relationship: 'accounts_clicks',
			direction: 'reverse'
		});
	});

	it('offers the paths there are, best first, when the joins differ', () => {
		const otherJoin: DataModel = {
			...model,
			relationships: [
				...without,
				rel('clicks_by_session', ['ClickStream', 'session_id'], ['OnlineAccounts', 'id'])
			]
		};
		// (the types differ, but the repair does not judge the relationship; it only compares joins)
		const r = repairPath(otherJoin, clickPath, [original]);
		expect(r.kind).toBe('choose');
		expect(r.kind === 'choose' && names(r.candidates)).toEqual([
			'clicks_by_session online_accounts_customer'
		]);
	});

	it('offers the paths there are when the old relationship is not known', () => {
		const readded: DataModel = {
			...model,
			relationships: [
				...without,
				rel(
					'clickstream_onlineaccounts',
					['ClickStream', 'online_account_id'],
					['OnlineAccounts', 'id']
				)
			]
		};
		const r = repairPath(readded, clickPath, []);
		expect(r.kind === 'choose' && names(r.candidates)).toEqual([
			'clickstream_onlineaccounts online_accounts_customer'
		]);
		expect(repairPath({ ...model, relationships: without }, clickPath, [original])).toEqual({
			kind: 'choose',
			candidates: []
		});
	});

	it('among several equivalent paths takes the best-matching one', () => {
		const twice: DataModel = {
			...model,
			relationships: [
				...without,
				rel('b_clicks', ['ClickStream', 'online_account_id'], ['OnlineAccounts', 'id']),
				rel('a_clicks', ['ClickStream', 'online_account_id'], ['OnlineAccounts', 'id'])
			]
		};
		const r = repairPath(twice, clickPath, [original], {
			a_clicks: 0.5,
			b_clicks: 1,
			online_accounts_customer: 1
		});
		expect(r.kind === 'replaced' && r.path.steps[0]?.relationship).toBe('b_clicks');
	});
});
