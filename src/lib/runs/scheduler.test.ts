import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SegmentsDatabase } from '../db/schema';
import { Scheduler } from './scheduler';
import { emptyDefinition } from '../segments/definition';
import type { RunRecord, SegmentRecord } from '../db/records';

const T0 = Date.UTC(2026, 10, 28, 12, 0, 0);
let db: SegmentsDatabase;
let now = T0;
let leader = true;
let calls: { id: string; trigger: string; at: number }[] = [];

function segment(id: string, nextRunAt: number | null): SegmentRecord {
	const def = emptyDefinition(id, 'dynamic');
	def.refreshIntervalMinutes = 15;
	return {
		id,
		name: id,
		definition: def,
		state: 'active',
		createdAt: '',
		updatedAt: '',
		revision: 1,
		lastSuccess: null,
		lastFailure: null,
		nextRunAt: nextRunAt === null ? null : new Date(nextRunAt).toISOString(),
		dataChangedAt: null
	};
}

function scheduler(held = new Set<string>()) {
	return new Scheduler({
		db,
		tabId: 'tab-a',
		now: () => now,
		isLeader: () => leader,
		heldLocks: () => Promise.resolve(held),
		run: async (id, trigger) => {
			calls.push({ id, trigger, at: now });
			await db.segments.update(id, {
				lastSuccess: { runId: 'r', at: new Date(now).toISOString(), members: 1, groupCounts: [] },
				nextRunAt: new Date(now + 15 * 60_000).toISOString()
			});
			return {} as RunRecord;
		}
	});
}

beforeEach(async () => {
	db = new SegmentsDatabase(`test-${Math.random()}`);
	now = T0;
	leader = true;
	calls = [];
});
afterEach(async () => {
	vi.useRealTimers();
	await db.delete();
});

describe('scheduler', () => {
	it('refreshes due segments once each, then waits for the next interval', async () => {
		await db.segments.bulkAdd([segment('a', T0 - 1000), segment('b', T0 + 5 * 60_000)]);
		const s = scheduler();
		await s.tick();
		expect(calls.map((c) => c.id)).toEqual(['a']);
		await s.tick();
		expect(calls).toHaveLength(1);
		now = T0 + 5 * 60_000;
		await s.tick();
		expect(calls.map((c) => c.id)).toEqual(['a', 'b']);
		now = T0 + 15 * 60_000;
		await s.tick();
		expect(calls.map((c) => c.id)).toEqual(['a', 'b', 'a']);
	});

	it('does nothing in a tab that is not the leader, and catches up when it becomes one', async () => {
		await db.segments.add(segment('a', T0 - 3 * 3600_000));
		leader = false;
		const s = scheduler();
		await s.tick();
		expect(calls).toEqual([]);
		leader = true;
		await s.tick();
		expect(calls).toMatchObject([{ id: 'a', trigger: 'catch-up' }]);
	});

	it('closes runs left running by a closed tab, so they are not lost and not duplicated', async () => {
		await db.segments.add(segment('a', T0 - 1000));
		await db.runs.bulkAdd([
			{
				id: 'orphan',
				segmentId: 'a',
				status: 'running',
				tabId: 'tab-b',
				startedAt: new Date(T0 - 60_000).toISOString()
			} as RunRecord,
			{
				id: 'alive',
				segmentId: 'a',
				status: 'running',
				tabId: 'tab-c',
				startedAt: new Date(T0 - 60_000).toISOString()
			} as RunRecord
		]);
		const s = scheduler(new Set(['segments-run-alive']));
		await s.tick();
		expect((await db.runs.get('orphan'))?.status).toBe('failed');
		expect((await db.runs.get('orphan'))?.error).toMatch(/Interrupted/);
		expect((await db.runs.get('alive'))?.status).toBe('running');
		expect(calls).toHaveLength(1);
	});

	it('a run that cannot even be recorded (storage full) waits 1, 2, 4 … minutes before the next try', async () => {
		await db.segments.add(segment('a', T0 - 1000));
		const tries: number[] = [];
		const s = new Scheduler({
			db,
			tabId: 'tab-a',
			now: () => now,
			isLeader: () => true,
			heldLocks: () => Promise.resolve(new Set()),
			run: () => {
				tries.push((now - T0) / 60_000);
				return Promise.reject(new Error('The browser’s storage is full.'));
			}
		});
		for (let minute = 0; minute <= 10; minute++) {
			now = T0 + minute * 60_000;
			await s.tick();
			await s.tick();
		}
		expect(tries).toEqual([0, 1, 3, 7]);
	});

	it('a look at a database that cannot be read (closed) neither throws nor runs anything', async () => {
		await db.segments.add(segment('a', T0 - 60_000));
		const s = scheduler();
		db.close();
		await expect(s.tick()).resolves.toBeUndefined();
		expect(calls).toEqual([]);
		await db.open();
	});

	it('wakes by itself when the next run is due', async () => {
		const start = Date.now();
		await db.segments.add(segment('a', start + 300));
		const s = new Scheduler({
			db,
			tabId: 'tab-a',
			now: () => Date.now(),
			isLeader: () => true,
			heldLocks: () => Promise.resolve(new Set()),
			run: async (id, trigger) => {
				calls.push({ id, trigger, at: Date.now() });
				await db.segments.update(id, { nextRunAt: new Date(Date.now() + 3600_000).toISOString() });
				return {} as RunRecord;
			}
		});
		s.start();
		await vi.waitFor(() => expect(calls.map((c) => c.id)).toEqual(['a']), { timeout: 5000 });
		expect(calls[0]!.at).toBeGreaterThanOrEqual(start + 300);
		s.stop();
	});
});
