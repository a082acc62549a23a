// The app's way to run segments from the UI and the scheduler: one context (database, engine,
// this tab's id) and a guard so one segment never runs twice at once in this tab.
import { engine } from '../engine';
import { tabId } from '../engine/tab-id';
import { database } from '../db/schema';
import type { RunRecord, RunTrigger } from '../db/records';
import { runSegment } from './run-segment';
import { isRefresh } from './schedule';
import { markBusy } from '../busy';
import type { Priority } from '../engine/client';

export { tabId };

const inFlight = new Map<string, Promise<RunRecord>>();

export function runNow(
	segmentId: string,
	trigger: RunTrigger,
	priority: Priority = 'interactive',
	signal?: AbortSignal
): Promise<RunRecord> {
	const running = inFlight.get(segmentId);
	if (running) return running;
	// an app update waits for the run to finish (the update prompt names it)
	const idle = markBusy(isRefresh(trigger) ? 'A scheduled segment refresh' : 'A segment run');
	const p = runSegment({ db: database(), engine: engine(), tabId }, segmentId, {
		trigger,
		priority,
		...(signal ? { signal } : {})
	}).finally(() => {
		inFlight.delete(segmentId);
		idle();
	});
	inFlight.set(segmentId, p);
	return p;
}

export function isRunning(segmentId: string): boolean {
	return inFlight.has(segmentId);
}
