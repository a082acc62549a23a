// Where a segment's members come from for the insight views (overlap, what makes it different):
// its latest run (the members the engine kept) or its definition compiled now (live) — or the
// sentence saying why neither is possible yet.
import type { SegmentRecord } from '$lib/db/records';
import type { DataModel } from '$lib/segments/data-model';
import { workspaceClock } from '$lib/db/time-zone-store';
import { compileSegment } from '$lib/segments/compile';
import { segmentLabel } from '$lib/segments/label';
import { segmentLookup } from '$lib/runs/segment-lookup';
import type { MemberSource } from '$lib/insight/overlap';

export type MembersFrom = 'run' | 'live';

export function memberSourceOf(
	s: SegmentRecord,
	from: MembersFrom,
	model: DataModel,
	/** Every saved segment: those `s` refers to ("is in segment …") are found among them. */
	all: readonly SegmentRecord[],
	now = new Date()
): MemberSource | string {
	if (from === 'run')
		return s.lastSuccess
			? { kind: 'run', segmentId: s.id }
			: `“${segmentLabel(s)}” has not run yet: run it, or use live members.`;
	const compiled = compileSegment(s.definition, model, workspaceClock(now), {
		segments: segmentLookup(all)
	});
	return compiled.ok
		? { kind: 'live', membersSql: compiled.sql.members }
		: `“${segmentLabel(s)}” has problems to fix in the builder before its members can be computed live.`;
}
