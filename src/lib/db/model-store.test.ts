import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SegmentsDatabase } from './schema';
import {
	addEntity,
	breakingChanges,
	deleteEntity,
	deleteRelationship,
	dependentsOf,
	loadDataModel,
	loadFormerRelationships,
	renameEntity,
	replaceEntityData,
	saveRelationship,
	setProfile,
	ModelError
} from './model-store';
import {
	createSegment,
	duplicateSegment,
	deleteSegment,
	saveSegment,
	stateAfterSave
} from './segments-store';
import type { Entity } from '../segments/data-model';
import { emptyDefinition, type SegmentDefinition } from '../segments/definition';

let db: SegmentsDatabase;
const entity = (name: string, attrs: [string, Entity['attributes'][number]['type']][]): Entity => ({
	name,
	displayName: name,
	table: `t_${name.toLowerCase()}`,
	attributes: attrs.map(([n, type]) => ({ name: n, displayName: n, type })),
	rowCount: 1,
	sourceFile: `${name}.csv`,
	sourceFormat: 'csv',
	importedAt: '2026-11-01T00:00:00.000Z'
});

function ordersSegment(name = 'big'): SegmentDefinition {
	const d = emptyDefinition(name);
	d.groups = [
		{
			id: 'g1',
			path: { start: 'Orders', steps: [{ relationship: 'orders_customer', direction: 'forward' }] },
			where: {
				kind: 'condition',
				id: 'c1',
				entity: 'Orders',
				attribute: 'total',
				operator: 'greaterThan',
				value: 5
			},
			aggregates: []
		}
	];
	return d;
}

beforeEach(async () => {
	db = new SegmentsDatabase(`model-${Math.random()}`);
	await addEntity(db, entity('Customers', [['id', 'number']]));
	await addEntity(
		db,
		entity('Orders', [
			['id', 'number'],
			['customer_id', 'number'],
			['total', 'number']
		])
	);
	await saveRelationship(db, {
		name: 'orders_customer',
		from: { entity: 'Orders', attribute: 'customer_id' },
		to: { entity: 'Customers', attribute: 'id' },
		cardinality: 'many-to-one'
	});
	await setProfile(db, { entity: 'Customers', key: 'id' });
});
afterEach(() => db.delete());

describe('data model store', () => {
	it('remembers relationships as they were before a delete or a rename, latest first', async () => {
		const id = (await db.relationships.toArray())[0]!.id;
		await saveRelationship(
			db,
			{ ...(await loadDataModel(db)).relationships[0]!, name: 'orders_buyer' },
			id
		);
		await deleteRelationship(db, id);
		const former = await loadFormerRelationships(db);
		expect(former.map((r) => r.name)).toEqual(['orders_buyer', 'orders_customer']);
		expect(former[1]).toEqual({
			name: 'orders_customer',
			from: { entity: 'Orders', attribute: 'customer_id' },
			to: { entity: 'Customers', attribute: 'id' },
			cardinality: 'many-to-one'
		});
	});

	it('refuses a duplicate entity name ignoring case', async () => {
		await expect(addEntity(db, entity('orders', [['x', 'number']]))).rejects.toThrow(ModelError);
	});

	it('refuses a relationship whose keys differ in type, with the reason', async () => {
		await addEntity(db, entity('Cases', [['customer_id', 'string']]));
		await expect(
			saveRelationship(db, {
				name: 'cases_customer',
				from: { entity: 'Cases', attribute: 'customer_id' },
				to: { entity: 'Customers', attribute: 'id' },
				cardinality: 'many-to-one'
			})
		).rejects.toThrow(/is a string but Customers.id is a number/);
	});

	it('renaming an entity follows through relationships, the profile and segments', async () => {
		await createSegment(db, ordersSegment(), 'active');
		await renameEntity(db, 'Orders', 'Purchases');
		const model = await loadDataModel(db);
		expect(model.relationships[0]?.from.entity).toBe('Purchases');
		const seg = await db.segments.where('name').equals('big').first();
		expect(seg?.definition.groups[0]?.path.start).toBe('Purchases');
		expect((seg?.definition.groups[0]?.where as { entity: string }).entity).toBe('Purchases');
		await renameEntity(db, 'Customers', 'People');
		expect((await loadDataModel(db)).profile).toEqual({ entity: 'People', key: 'id' });
	});

	it('renaming an entity changes the name the app shows for it', async () => {
		await renameEntity(db, 'Orders', 'Purchases');
		// the display name was the old name: it follows
		expect(
			(await loadDataModel(db)).entities.find((e) => e.name === 'Purchases')?.displayName
		).toBe('Purchases');
		await renameEntity(db, 'Purchases', 'Online_orders_EU', 'Online orders (EU)');
		const renamed = (await loadDataModel(db)).entities.find((e) => e.name === 'Online_orders_EU');
		expect(renamed?.displayName).toBe('Online orders (EU)');
		// a chosen display name stays when none is given
		await renameEntity(db, 'Online_orders_EU', 'Orders_EU');
		expect(
			(await loadDataModel(db)).entities.find((e) => e.name === 'Orders_EU')?.displayName
		).toBe('Online orders (EU)');
	});

	it('says what depends on an entity and what a new file would break', async () => {
		await createSegment(db, ordersSegment(), 'active');
		expect(await dependentsOf(db, 'Orders')).toEqual({
			relationships: ['orders_customer'],
			isProfile: false,
			segments: ['big']
		});
		const problems = await breakingChanges(db, 'Orders', [
			{ name: 'id', displayName: 'id', type: 'number' },
			{ name: 'customer_id', displayName: 'customer_id', type: 'string' }
		]);
		expect(problems).toEqual([
			'Relationship “orders_customer” uses Orders.customer_id, which changes from number to string.',
			'Segment “big” uses Orders.total, which the new file does not have.'
		]);
	});

	it('new rows for an entity keep its display names and mark its segments as changed', async () => {
		const seg = await createSegment(db, ordersSegment(), 'active');
		await db.entities
			.where('name')
			.equals('Orders')
			.modify((e) => {
				e.attributes[2]!.displayName = 'Total amount';
			});
		await replaceEntityData(db, 'Orders', {
			attributes: entity('Orders', [
				['id', 'number'],
				['customer_id', 'number'],
				['total', 'number']
			]).attributes,
			rowCount: 9,
			sourceFile: 'orders2.csv',
			sourceFormat: 'csv',
			importedAt: '2026-11-02T00:00:00.000Z',
			table: 't_orders'
		});
		const orders = (await loadDataModel(db)).entities.find((e) => e.name === 'Orders');
		expect(orders?.rowCount).toBe(9);
		expect(orders?.attributes[2]?.displayName).toBe('Total amount');
		expect((await db.segments.get(seg.id))?.dataChangedAt).toBe('2026-11-02T00:00:00.000Z');
	});

	it('deleting an entity removes its relationships and clears the profile; segments stay', async () => {
		await createSegment(db, ordersSegment(), 'active');
		await deleteEntity(db, 'Customers');
		const model = await loadDataModel(db);
		expect(model.relationships).toEqual([]);
		expect(model.profile).toBeNull();
		expect(await db.segments.count()).toBe(1);
	});
});

describe('segments store', () => {
	it('a segment with problems saves as draft (dynamic) or inactive (static)', () => {
		expect(stateAfterSave(emptyDefinition('a', 'dynamic'), 2)).toBe('draft');
		expect(stateAfterSave(emptyDefinition('a', 'static'), 1)).toBe('inactive');
		expect(stateAfterSave(emptyDefinition('a', 'dynamic'), 0)).toBe('active');
		expect(stateAfterSave(emptyDefinition('a', 'dynamic'), 0, 'inactive')).toBe('inactive');
	});

	it('names are unique ignoring case; saving bumps the revision; duplicates get a free name', async () => {
		const s = await createSegment(db, ordersSegment('big'), 'active');
		await expect(createSegment(db, ordersSegment('BIG'), 'active')).rejects.toThrow(/already used/);
		const saved = await saveSegment(db, s.id, { ...s.definition, description: 'x' }, 'active');
		expect(saved.revision).toBe(2);
		expect((await duplicateSegment(db, s.id)).name).toBe('big_copy');
		expect((await duplicateSegment(db, s.id)).name).toBe('big_copy2');
	});

	it('deleting a segment removes its runs', async () => {
		const s = await createSegment(db, ordersSegment('big'), 'active');
		await db.runs.add({ id: 'r', segmentId: s.id } as never);
		await db.runChanges.add({
			runId: 'r',
			segmentId: s.id,
			entered: [],
			left: [],
			truncated: false
		});
		await deleteSegment(db, s.id);
		expect(await db.runs.count()).toBe(0);
		expect(await db.runChanges.count()).toBe(0);
	});
});
