// A segment's health, one notion for every place that shows it (tile, table, filters, its page):
// "draft" when its definition does not fit the current data model (with the reasons), "failing"
// when it fits but its last run failed (with the reason), otherwise "ready" — then active or
// inactive as the user set it. Pure: the segment, the model, the other segments' names and the
// lookup of the segments it refers to (runs/segment-lookup.ts) in.
import type { SegmentRecord } from '../db/records';
import type { DataModel } from '../segments/data-model';
import { validateSegment } from '../segments/validate';
import type { SegmentLookup } from '../segments/dependencies';

export type SegmentHealth =
	| { kind: 'ready'; active: boolean }
	| { kind: 'draft'; reasons: string[] }
	| {
			kind: 'failing';
			reason: string;
			/** When the failing run finished. */
			since: string;
			/** It runs again by itself only when its inputs change (else: it is retried later). */
			waitsForChange: boolean;
	  };

export function segmentHealth(
	segment: SegmentRecord,
	model: DataModel,
	otherNames: string[] = [],
	segments?: SegmentLookup
): SegmentHealth {
	const found = validateSegment(segment.definition, model, {
		takenNames: otherNames,
		...(segments ? { segments } : {})
	}).map((p) => p.message);
	// one entity or attribute missing at several places reads as one reason
	const reasons = [...new Set(found)];
	if (reasons.length) return { kind: 'draft', reasons };
	const failure = segment.lastFailure;
	if (failure)
		return {
			kind: 'failing',
			reason: failure.error,
			since: failure.at,
			waitsForChange: failure.kind === 'permanent'
		};
	// a stored draft with no problems left is made active by the scheduler (runs/ready-drafts.ts)
	return { kind: 'ready', active: segment.state !== 'inactive' };
}

/** The badge word: what the filters on the Segments page choose between. */
export type HealthLabel = 'active' | 'inactive' | 'draft' | 'error';

export function healthLabel(health: SegmentHealth): HealthLabel {
	if (health.kind === 'draft') return 'draft';
	if (health.kind === 'failing') return 'error';
	return health.active ? 'active' : 'inactive';
}

/** The reason in words, or null when there is nothing to explain. */
export function healthReason(health: SegmentHealth, segment: SegmentRecord): string | null {
	if (health.kind === 'draft') return `Cannot run: ${health.reasons.join(' ')}`;
	if (health.kind === 'failing') {
		const when =
			segment.definition.type === 'static'
				? 'Run it again when it is fixed.'
				: health.waitsForChange
					? 'It runs again by itself when the segment, the data model or its data change, or when you say Run now.'
					: 'It is tried again shortly.';
		return `The last run failed: ${health.reason} ${when}`;
	}
	return null;
}
