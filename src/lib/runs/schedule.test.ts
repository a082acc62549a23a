import { describe, expect, it } from 'vitest';
import { dueSegments, isAbandoned, nextWake, runLockName } from './schedule';
import type { SegmentRecord } from '../db/records';
import { emptyDefinition } from '../segments/definition';
import { EngineError } from '../engine/errors';
import { UnrunnableError, backoffMs, classifyFailure, inputsFingerprint } from './retry';
import { dependencyFingerprint } from './segment-lookup';

const T0 = Date.UTC(2026, 10, 28, 12, 0, 0);
const min = 60_000;
const iso = (t: number) => new Date(t).toISOString();

function seg(
	over: Partial<SegmentRecord> & { interval?: number; type?: 'dynamic' | 'static' } = {}
): SegmentRecord {
	const def = emptyDefinition(over.name ?? 's', over.type ?? 'dynamic');
	def.refreshIntervalMinutes = over.interval ?? 15;
	return {
		id: over.id ?? over.name ?? 's',
		name: over.name ?? 's',
		definition: def,
		state: over.state ?? 'active',
		createdAt: iso(T0 - 60 * min),
		updatedAt: iso(T0 - 60 * min),
		revision: 1,
		lastSuccess: over.lastSuccess ?? null,
		lastFailure: over.lastFailure ?? null,
		nextRunAt: over.nextRunAt ?? null,
		dataChangedAt: over.dataChangedAt ?? null
	};
}

/** `user` with a group "is in segment `of`" (live). */
function using(user: SegmentRecord, of: string): SegmentRecord {
	user.definition.groups = [
		{
			id: 'g1',
			path: { start: 'customers', steps: [] },
			where: null,
			aggregates: [],
			memberships: [{ id: 'm1', operator: 'inSegment', segment: of, source: 'lastRun' }]
		}
	];
	return user;
}

describe('which segments are due', () => {
	it('a segment runs after the due segments it uses, even when it is more overdue', () => {
		// c uses b, b uses a; c is the most overdue, a the least
		const c = using(seg({ name: 'c', nextRunAt: iso(T0 - 30 * min) }), 'b');
		const b = using(seg({ name: 'b', nextRunAt: iso(T0 - 20 * min) }), 'a');
		const a = seg({ name: 'a', nextRunAt: iso(T0 - 10 * min) });
		const other = seg({ name: 'other', nextRunAt: iso(T0 - 25 * min) });
		const order = dueSegments([c, b, a, other], T0).map((d) => d.segment.name);
		expect(order).toEqual(['other', 'a', 'b', 'c']);
		// a segment it uses that is not due does not hold it back
		const notDue = seg({ name: 'a', nextRunAt: iso(T0 + 10 * min) });
		expect(dueSegments([c, b, notDue], T0).map((d) => d.segment.name)).toEqual(['b', 'c']);
	});
	it('a dynamic active segment is due at its next run time, not before', () => {
		const s = seg({
			nextRunAt: iso(T0 + 15 * min),
			lastSuccess: { runId: 'r', at: iso(T0), members: 1, groupCounts: [] }
		});
		expect(dueSegments([s], T0 + 14 * min)).toEqual([]);
		expect(dueSegments([s], T0 + 15 * min)).toMatchObject([{ trigger: 'schedule' }]);
	});
	it('static, inactive and draft segments never refresh on a schedule', () => {
		const past = iso(T0 - min);
		expect(
			dueSegments(
				[
					seg({ type: 'static', nextRunAt: past }),
					seg({ state: 'inactive', nextRunAt: past }),
					seg({ state: 'draft', nextRunAt: past })
				],
				T0
			)
		).toEqual([]);
	});
	it('after a sleep or a hidden tab, an overdue segment is caught up once (not once per missed interval)', () => {
		const s = seg({
			nextRunAt: iso(T0),
			lastSuccess: { runId: 'r', at: iso(T0 - 15 * min), members: 1, groupCounts: [] }
		});
		const due = dueSegments([s], T0 + 8 * 60 * min);
		expect(due).toHaveLength(1);
		expect(due[0]?.trigger).toBe('catch-up');
	});
	it('never run: due at once', () => {
		expect(dueSegments([seg()], T0)).toMatchObject([{ trigger: 'schedule' }]);
	});
	it('a re-import after the last run makes it due now, whatever the interval', () => {
		const s = seg({
			interval: 7 * 24 * 60,
			nextRunAt: iso(T0 + 6 * 24 * 60 * min),
			lastSuccess: { runId: 'r', at: iso(T0 - min), members: 1, groupCounts: [] },
			dataChangedAt: iso(T0)
		});
		expect(dueSegments([s], T0 + 1000)).toMatchObject([{ trigger: 'data-change' }]);
	});
	it('most overdue first', () => {
		const a = seg({ name: 'a', nextRunAt: iso(T0 - 5 * min) });
		const b = seg({ name: 'b', nextRunAt: iso(T0 - 10 * min) });
		expect(dueSegments([a, b], T0).map((d) => d.segment.name)).toEqual(['b', 'a']);
	});
	it('a failed run is retried at the next interval', () => {
		const s = seg({
			lastFailure: { runId: 'r', at: iso(T0), error: 'x' },
			nextRunAt: iso(T0 + 15 * min)
		});
		expect(dueSegments([s], T0 + 5 * min)).toEqual([]);
		expect(dueSegments([s], T0 + 15 * min)).toHaveLength(1);
	});
});

describe('after a failure', () => {
	const model = {
		entities: [],
		relationships: [],
		profile: { entity: 'Customers', key: 'id' }
	};
	it('a permanent failure is not due again, whatever the time, until the inputs change', () => {
		const s = seg({ interval: 15, nextRunAt: null });
		s.lastFailure = {
			runId: 'r',
			at: iso(T0),
			error: 'x',
			kind: 'permanent',
			inputs: inputsFingerprint(s.definition, model)
		};
		expect(dueSegments([s], T0 + 24 * 60 * min, { model })).toEqual([]);
		expect(nextWake([s], T0, 60_000, { model })).toBe(60_000);
		const changed = { ...model, profile: { entity: 'Customers', key: 'email' } };
		expect(dueSegments([s], T0 + min, { model: changed })).toHaveLength(1);
	});
	it('a permanent failure of a segment that uses another is due again once that one runs', () => {
		const base = seg({ name: 'base', state: 'inactive' });
		const user = using(seg({ name: 'user', nextRunAt: null }), 'base');
		user.lastFailure = {
			runId: 'r',
			at: iso(T0),
			error: 'base has not run yet',
			kind: 'permanent',
			inputs: inputsFingerprint(
				user.definition,
				model,
				dependencyFingerprint(user.definition, [base, user])
			)
		};
		const later = T0 + 24 * 60 * min;
		expect(dueSegments([base, user], later, { model }).map((d) => d.segment.name)).toEqual([]);
		base.lastSuccess = { runId: 'b1', at: iso(T0 + min), members: 3, groupCounts: [3] };
		expect(dueSegments([base, user], later, { model }).map((d) => d.segment.name)).toEqual([
			'user'
		]);
	});
	it('a re-import before the failure does not make it due again; one after it does', () => {
		const s = seg({
			dataChangedAt: iso(T0 - min),
			lastFailure: { runId: 'r', at: iso(T0), error: 'x' },
			nextRunAt: iso(T0 + 15 * min)
		});
		expect(dueSegments([s], T0 + min)).toEqual([]);
		s.dataChangedAt = iso(T0 + 2 * min);
		expect(dueSegments([s], T0 + 3 * min)).toMatchObject([{ trigger: 'data-change' }]);
	});
	it('a segment held back in memory waits until then', () => {
		const s = seg({ nextRunAt: iso(T0 - min) });
		const heldUntil = new Map([['s', T0 + 2 * min]]);
		expect(dueSegments([s], T0, { heldUntil })).toEqual([]);
		expect(nextWake([s], T0, 60 * min, { heldUntil })).toBe(2 * min);
	});
});

describe('retry policy', () => {
	it('back-off doubles from a minute and stops at the interval', () => {
		expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, 15) / min)).toEqual([1, 2, 4, 8, 15, 15]);
		expect(backoffMs(40, 7 * 24 * 60) / min).toBe(7 * 24 * 60);
	});
	it('compile problems and rejected queries are permanent; engine trouble is transient', () => {
		expect(classifyFailure(new UnrunnableError('x'))).toBe('permanent');
		expect(classifyFailure(new EngineError('query', 'Binder Error'))).toBe('permanent');
		for (const code of ['restarted', 'quota', 'cancelled', 'unavailable'] as const)
			expect(classifyFailure(new EngineError(code, 'x'))).toBe('transient');
		expect(classifyFailure(new Error('?'))).toBe('transient');
	});
});

describe('waking up', () => {
	it('wakes at the soonest next run, at most a minute away', () => {
		expect(nextWake([seg({ nextRunAt: iso(T0 + 20_000) })], T0)).toBe(20_000);
		expect(nextWake([seg({ nextRunAt: iso(T0 + 3600_000) })], T0)).toBe(60_000);
		expect(nextWake([], T0)).toBe(60_000);
	});
});

describe('leader changes', () => {
	it('a running run whose lock nobody holds was abandoned by a closed tab', () => {
		expect(isAbandoned({ id: 'r1', status: 'running' }, new Set())).toBe(true);
		expect(isAbandoned({ id: 'r1', status: 'running' }, new Set([runLockName('r1')]))).toBe(false);
		expect(isAbandoned({ id: 'r1', status: 'succeeded' }, new Set())).toBe(false);
	});
});
