// A segment that fails for a reason that will not go away by itself must not run again and again:
// the scheduler, driven over hours of a fake clock, runs it once, then only when its inputs change
// (here: the fixed file is re-imported). Engine hiccups are retried with a growing wait, and
// identical failures are one line of history.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SegmentsDatabase } from '../db/schema';
import { addEntity, replaceEntityData, saveRelationship, setProfile } from '../db/model-store';
import { createSegment } from '../db/segments-store';
import type { RunTrigger, SegmentRecord } from '../db/records';
import type { EngineClient } from '../engine/client';
import { EngineError } from '../engine/errors';
import { emptyDefinition, type SegmentDefinition } from '../segments/definition';
import type { Attribute } from '../segments/data-model';
import { runSegment } from './run-segment';
import { Scheduler } from './scheduler';

const T0 = Date.UTC(2026, 10, 28, 12, 0, 0);
const MIN = 60_000;
let db: SegmentsDatabase;
let now = T0;
let engineFails: EngineError | null = null;
let calls: RunTrigger[] = [];
/** Minutes after T0 at which each run started. */
let times: number[] = [];

/** Answers like the engine would for a segment of 5 members, or fails as told. */
const engine = {
	rows: () => (engineFails ? Promise.reject(engineFails) : Promise.resolve([{ g0: 5 }])),
	snapshotDiff: () =>
		engineFails
			? Promise.reject(engineFails)
			: Promise.resolve({
					members: 5,
					entered: null,
					left: null,
					enteredKeys: [],
					leftKeys: [],
					previous: false
				})
} as unknown as EngineClient;

const attrs = (names: string[]): Attribute[] =>
	names.map((name) => ({ name, displayName: name, type: name === 'id' ? 'number' : 'string' }));

function orders(names: string[], importedAt: string) {
	return {
		attributes: attrs(names),
		rowCount: 10,
		sourceFile: 'orders.csv',
		sourceFormat: 'csv' as const,
		importedAt,
		table: 't_orders'
	};
}

function usesChannel(): SegmentDefinition {
	const def = emptyDefinition('web_buyers', 'dynamic');
	def.refreshIntervalMinutes = 15;
	def.groups = [
		{
			id: 'g',
			path: { start: 'Orders', steps: [{ relationship: 'orders_customer', direction: 'forward' }] },
			where: {
				kind: 'condition',
				id: 'c',
				entity: 'Orders',
				attribute: 'channel',
				operator: 'equals',
				value: 'web'
			},
			aggregates: []
		}
	];
	return def;
}

function scheduler() {
	return new Scheduler({
		db,
		tabId: 'tab-a',
		now: () => now,
		isLeader: () => true,
		heldLocks: () => Promise.resolve(new Set()),
		run: (id, trigger, signal) => {
			calls.push(trigger);
			times.push((now - T0) / MIN);
			return runSegment({ db, engine, tabId: 'tab-a', now: () => new Date(now) }, id, {
				trigger,
				signal
			});
		}
	});
}

/** Let the scheduler look every minute for `minutes` minutes of fake time. */
async function tickFor(s: Scheduler, minutes: number): Promise<void> {
	for (let i = 0; i < minutes; i++) {
		now += MIN;
		await s.tick();
	}
}

async function segment(): Promise<SegmentRecord> {
	return (await db.segments.toArray())[0]!;
}

beforeEach(async () => {
	db = new SegmentsDatabase(`failing-${Math.random()}`);
	now = T0;
	engineFails = null;
	calls = [];
	times = [];
	await addEntity(db, {
		name: 'Customers',
		displayName: 'Customers',
		table: 't_customers',
		attributes: attrs(['id']),
		rowCount: 5,
		sourceFile: 'c.csv',
		sourceFormat: 'csv',
		importedAt: new Date(T0 - 60 * MIN).toISOString()
	});
	await addEntity(db, {
		name: 'Orders',
		displayName: 'Orders',
		...orders(['id', 'customer_id', 'channel'], new Date(T0 - 60 * MIN).toISOString())
	});
	await db.entities
		.where('name')
		.equals('Orders')
		.modify((e) => {
			e.attributes = e.attributes.map((a) =>
				a.name === 'customer_id' ? { ...a, type: 'number' } : a
			);
		});
	await saveRelationship(db, {
		name: 'orders_customer',
		from: { entity: 'Orders', attribute: 'customer_id' },
		to: { entity: 'Customers', attribute: 'id' },
		cardinality: 'many-to-one'
	});
	await setProfile(db, { entity: 'Customers', key: 'id' });
	await createSegment(db, usesChannel(), 'active');
});
afterEach(async () => {
	await db.delete();
});

const withoutChannel = () =>
	orders(['id', 'customer_id'], new Date(now).toISOString()).attributes.map((a) =>
		a.name === 'customer_id' ? { ...a, type: 'number' as const } : a
	);

describe('a segment that fails for good', () => {
	it('runs once after a re-import drops a column it uses, not again for hours, and again when the fixed file is re-imported', async () => {
		const s = scheduler();
		await s.tick();
		expect(calls).toEqual(['schedule']);
		expect((await segment()).lastSuccess?.members).toBe(5);

		// the re-import drops Orders.channel: "data changed" makes it due, and it fails
		now += MIN;
		await replaceEntityData(db, 'Orders', {
			...orders([], new Date(now).toISOString()),
			attributes: withoutChannel()
		});
		await s.tick();
		expect(calls).toEqual(['schedule', 'data-change']);
		const failed = await segment();
		expect(failed.lastFailure?.kind).toBe('permanent');
		expect(failed.lastFailure?.error).toMatch(/channel/);

		// three hours of the scheduler looking every minute (12 intervals): nothing runs
		await tickFor(s, 180);
		expect(calls).toHaveLength(2);
		expect(await db.runs.where('status').equals('failed').count()).toBe(1);

		// an entity the segment does not use changes nothing for it
		await addEntity(db, {
			name: 'Leads',
			displayName: 'Leads',
			...orders(['id'], new Date(now).toISOString()),
			table: 't_leads'
		});
		await tickFor(s, 30);
		expect(calls).toHaveLength(2);

		// the fixed file: the segment runs again by itself and succeeds
		now += MIN;
		await replaceEntityData(db, 'Orders', {
			...orders(['id', 'customer_id', 'channel'], new Date(now).toISOString()),
			attributes: [...withoutChannel(), { name: 'channel', displayName: 'channel', type: 'string' }]
		});
		await s.tick();
		expect(calls).toEqual(['schedule', 'data-change', 'data-change']);
		expect((await segment()).lastFailure).toBeNull();
	});

	it('runs again when its definition is saved, even with the same data', async () => {
		const s = scheduler();
		await replaceEntityData(db, 'Orders', {
			...orders([], new Date(now).toISOString()),
			attributes: withoutChannel()
		});
		await s.tick();
		await tickFor(s, 60);
		expect(calls).toHaveLength(1);
		const seg = await segment();
		const def = structuredClone(seg.definition);
		def.groups[0]!.where = null;
		await db.segments.update(seg.id, { definition: def, revision: seg.revision + 1 });
		await tickFor(s, 1);
		expect(calls).toHaveLength(2);
		expect((await segment()).lastSuccess?.members).toBe(5);
	});

	it('a query the engine rejects (a column missing from the table) is not retried either', async () => {
		engineFails = new EngineError('query', 'Refreshing failed: column "channel" not found.');
		const s = scheduler();
		await s.tick();
		await tickFor(s, 120);
		expect(calls).toHaveLength(1);
		expect((await segment()).lastFailure?.kind).toBe('permanent');
	});
});

describe('a segment that fails for a passing reason', () => {
	it('is retried after 1, 2, 4, 8 minutes, then every interval (15 min), and recovers', async () => {
		engineFails = new EngineError('restarted', 'Interrupted: the engine was restarted.');
		const s = scheduler();
		await s.tick();
		await tickFor(s, 60);
		// 0, +1, +2, +4, +8, then capped at the 15-minute interval
		expect(times).toEqual([0, 1, 3, 7, 15, 30, 45, 60]);
		engineFails = null;
		await tickFor(s, 15);
		expect((await segment()).lastSuccess?.members).toBe(5);
		expect(times).toHaveLength(9);
	});

	it('identical consecutive failures are one history entry with a count and first/last time', async () => {
		engineFails = new EngineError('restarted', 'Interrupted: the engine was restarted.');
		const s = scheduler();
		await s.tick();
		await tickFor(s, 30);
		const runs = await db.runs.toArray();
		expect(runs).toHaveLength(1);
		expect(runs[0]).toMatchObject({
			status: 'failed',
			startedAt: new Date(T0).toISOString(),
			repeat: { count: 6, lastAt: new Date(T0 + 30 * MIN).toISOString() }
		});
		// a different error is a new entry
		engineFails = new EngineError('unavailable', 'The engine has not started.');
		await tickFor(s, 15);
		expect(await db.runs.count()).toBe(2);
	});
});
