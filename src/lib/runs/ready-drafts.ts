// A dynamic segment saved with problems is kept as a draft (db/segments-store stateAfterSave). Its
// problems can go away without an edit: the segment it uses "as of its last run" has now run, the
// data model gained the attribute it lacked, a shared file brought the segment it refers to. It then
// becomes what its save asked for — active, refreshed on its interval — instead of sitting there
// looking inactive until someone notices.
import type { SegmentRecord } from '../db/records';
import type { SegmentsDatabase } from '../db/schema';
import type { DataModel } from '../segments/data-model';
import { validateSegment } from '../segments/validate';
import { segmentLookup } from './segment-lookup';

/** The stored drafts whose definitions have no problems on this model and these segments. */
export function readyDrafts(segments: readonly SegmentRecord[], model: DataModel): SegmentRecord[] {
	const drafts = segments.filter((s) => s.state === 'draft' && s.definition.type === 'dynamic');
	if (!drafts.length) return [];
	const lookup = segmentLookup(segments);
	return drafts.filter(
		(s) =>
			validateSegment(s.definition, model, {
				takenNames: segments.filter((o) => o.id !== s.id).map((o) => o.name),
				segments: lookup
			}).length === 0
	);
}

/** Make the ready drafts active and due now; the ids made active (re-read in one transaction). */
export async function activateReadyDrafts(
	db: SegmentsDatabase,
	model: DataModel,
	now: Date
): Promise<string[]> {
	return db.transaction('rw', db.segments, async () => {
		const ready = readyDrafts(await db.segments.toArray(), model);
		for (const s of ready)
			await db.segments.update(s.id, { state: 'active', nextRunAt: now.toISOString() });
		return ready.map((s) => s.id);
	});
}
