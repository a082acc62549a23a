// When segments are due: the scheduler's decisions as pure functions of the stored segments and
// the clock, so they can be tested with any time (timers in background tabs are throttled, and a
// laptop sleeps: what counts is the stored timestamps, never how long a timer waited).
import { dependencyOrder, lookupOf } from '../segments/dependencies';
import type { RunTrigger, SegmentRecord } from '../db/records';
import type { DataModel } from '../segments/data-model';
import { inputsFingerprint } from './retry';
import { dependencyFingerprint } from './segment-lookup';

export interface Due {
	segment: SegmentRecord;
	trigger: RunTrigger;
}

export interface ScheduleContext {
	/** The current data model: a segment that failed for good waits until its inputs change. */
	model?: DataModel;
	/** Segments held back in memory until a time (a run that could not even be recorded). */
	heldUntil?: ReadonlyMap<string, number>;
	/** Every saved segment: a failure waits for the segments it uses to change or run, too. */
	segments?: readonly SegmentRecord[];
}

/**
 * A refresh is a run the scheduler starts for a dynamic, active segment (on its interval, to catch
 * up, or because its data changed); every other run was asked for (by hand, or by saving).
 */
export function isRefresh(trigger: RunTrigger): boolean {
	return trigger === 'schedule' || trigger === 'catch-up' || trigger === 'data-change';
}

const ms = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : Number.NaN);

/** When a segment should next run (ms epoch; ≤ now: due), or null: not on a schedule. */
export function plannedRun(
	s: SegmentRecord,
	context: ScheduleContext = {}
): { at: number; trigger: RunTrigger; late: boolean } | null {
	if (s.definition.type !== 'dynamic' || s.state !== 'active') return null;
	const interval = s.definition.refreshIntervalMinutes * 60_000;
	const lastOk = ms(s.lastSuccess?.at);
	const failure = s.lastFailure;
	const failedAt = ms(failure?.at);
	const lastAttempt = Math.max(lastOk || 0, failedAt || 0);
	const dataChanged = ms(s.dataChangedAt);
	const held = context.heldUntil?.get(s.id) ?? 0;
	const plan = (at: number, trigger: RunTrigger, late = false) => ({
		at: Math.max(at, held),
		trigger,
		late
	});
	// data re-imported after the last attempt (success or failure): refresh now
	if (dataChanged > lastAttempt) return plan(dataChanged, 'data-change');
	if (failure?.kind === 'permanent') {
		// it would fail the same way: wait until the definition or the model changes
		if (!context.model || !failure.inputs) return null;
		const dependencies = dependencyFingerprint(s.definition, context.segments ?? []);
		if (failure.inputs === inputsFingerprint(s.definition, context.model, dependencies))
			return null;
		return plan(failedAt, 'data-change');
	}
	const next = ms(s.nextRunAt);
	const at = Number.isNaN(next) ? (lastAttempt ? lastAttempt + interval : 0) : next;
	return plan(at, 'schedule', at > 0);
}

/**
 * Dynamic, active segments whose time has come, most overdue first — except that a segment comes
 * after the due segments it uses ("is in segment …"), so it reads their fresh members.
 */
export function dueSegments(
	segments: SegmentRecord[],
	now: number,
	context: ScheduleContext = {}
): Due[] {
	const due: (Due & { at: number })[] = [];
	const ctx = { segments, ...context };
	for (const s of segments) {
		const p = plannedRun(s, ctx);
		if (!p || p.at > now) continue;
		const interval = s.definition.refreshIntervalMinutes * 60_000;
		// more than one interval late: the tab was closed, hidden or asleep
		const trigger: RunTrigger =
			p.trigger === 'schedule' && p.late && now - p.at > interval ? 'catch-up' : p.trigger;
		due.push({ segment: s, trigger, at: p.at });
	}
	due.sort((a, b) => a.at - b.at);
	const byName = new Map(due.map((d) => [d.segment.name, d]));
	const order = dependencyOrder(
		due.map((d) => d.segment.name),
		lookupOf(segments.map((s) => s.definition))
	);
	return order.map((name) => {
		const { segment, trigger } = byName.get(name)!;
		return { segment, trigger };
	});
}

/** When the scheduler should look again (ms from now), at most `maxWait` so clock jumps are seen. */
export function nextWake(
	segments: SegmentRecord[],
	now: number,
	maxWait = 60_000,
	context: ScheduleContext = {}
): number {
	let soonest = now + maxWait;
	const ctx = { segments, ...context };
	for (const s of segments) {
		const p = plannedRun(s, ctx);
		if (p) soonest = Math.min(soonest, p.at);
	}
	return Math.max(0, soonest - now);
}

/** The Web Lock a run holds while it is in progress (so others can tell it is alive). */
export function runLockName(runId: string): string {
	return `segments-run-${runId}`;
}

/** A run still marked "running" whose lock nobody holds: its tab closed or crashed mid-run. */
export function isAbandoned(run: { id: string; status: string }, heldLocks: Set<string>): boolean {
	return run.status === 'running' && !heldLocks.has(runLockName(run.id));
}
