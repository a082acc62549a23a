// When segments are due: the scheduler's decisions as pure functions of the stored segments and
// the clock, so they can be tested with any time (timers in background tabs are throttled, and a
// laptop sleeps: what counts is the stored timestamps, never how long a timer waited).
import type { RunTrigger, SegmentRecord } from '../db/records';

export interface Due {
	segment: SegmentRecord;
	trigger: RunTrigger;
}

const ms = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : Number.NaN);

/** Dynamic, active segments whose time has come, most overdue first. */
export function dueSegments(segments: SegmentRecord[], now: number): Due[] {
	const due: (Due & { at: number })[] = [];
	for (const s of segments) {
		if (s.definition.type !== 'dynamic' || s.state !== 'active') continue;
		const interval = s.definition.refreshIntervalMinutes * 60_000;
		const lastOk = ms(s.lastSuccess?.at);
		// data re-imported after the last run: refresh now
		if (s.dataChangedAt && (Number.isNaN(lastOk) || ms(s.dataChangedAt) > lastOk)) {
			due.push({ segment: s, trigger: 'data-change', at: ms(s.dataChangedAt) });
			continue;
		}
		const next = ms(s.nextRunAt);
		const lastAttempt = Math.max(lastOk || 0, ms(s.lastFailure?.at) || 0);
		const at = Number.isNaN(next) ? (lastAttempt ? lastAttempt + interval : 0) : next;
		if (at <= now) {
			// more than one interval late: the tab was closed, hidden or asleep
			const trigger: RunTrigger = at > 0 && now - at > interval ? 'catch-up' : 'schedule';
			due.push({ segment: s, trigger, at });
		}
	}
	return due.sort((a, b) => a.at - b.at).map(({ segment, trigger }) => ({ segment, trigger }));
}

/** When the scheduler should look again (ms from now), at most `maxWait` so clock jumps are seen. */
export function nextWake(segments: SegmentRecord[], now: number, maxWait = 60_000): number {
	let soonest = now + maxWait;
	for (const s of segments) {
		if (s.definition.type !== 'dynamic' || s.state !== 'active') continue;
		const next = ms(s.nextRunAt);
		if (!Number.isNaN(next)) soonest = Math.min(soonest, next);
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
