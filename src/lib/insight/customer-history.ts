// When a customer entered and left each segment, read from the run history: each successful run
// keeps the keys that entered and left at it (for the latest runs only, see runs/retention.ts), so
// the timeline says how far back it can see and whether a list was cut. Pure.
import type { RunChangeRecord, RunRecord } from '../db/records';

export interface MembershipEvent {
	segmentId: string;
	runId: string;
	/** When the run finished. */
	at: string;
	kind: 'entered' | 'left';
}

export interface SegmentTimeline {
	segmentId: string;
	/** Oldest first. */
	events: MembershipEvent[];
	/** The earliest run whose lists are kept: nothing before it is known. */
	seenSince: string | null;
	/** Some kept list was cut at the retention limit, so an event may be missing. */
	incomplete: boolean;
}

export function customerTimelines(
	key: string,
	runs: RunRecord[],
	changes: RunChangeRecord[]
): SegmentTimeline[] {
	const runById = new Map(runs.map((r) => [r.id, r]));
	const bySegment = new Map<string, SegmentTimeline>();
	for (const change of changes) {
		const run = runById.get(change.runId);
		if (!run || run.status !== 'succeeded') continue;
		const at = run.finishedAt ?? run.startedAt;
		let t = bySegment.get(change.segmentId);
		if (!t) {
			t = { segmentId: change.segmentId, events: [], seenSince: null, incomplete: false };
			bySegment.set(change.segmentId, t);
		}
		if (t.seenSince === null || at < t.seenSince) t.seenSince = at;
		t.incomplete ||= change.truncated;
		if (change.entered.includes(key))
			t.events.push({ segmentId: change.segmentId, runId: run.id, at, kind: 'entered' });
		if (change.left.includes(key))
			t.events.push({ segmentId: change.segmentId, runId: run.id, at, kind: 'left' });
	}
	for (const t of bySegment.values())
		t.events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
	return [...bySegment.values()];
}

/** The segments whose latest run has the customer, from the engine's kept member lists. */
export function segmentsOfCustomerSql(key: string, quote: (s: string) => string): string {
	return `SELECT DISTINCT segment_id FROM main.segment_members WHERE member_key = ${quote(key)}`;
}
