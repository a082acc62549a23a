// The priority list on the overlap page as a segment of its own (insight/priority.ts
// priorityDefinition): saved like any segment, so it refreshes with the others, keeps each
// customer's assigned segment with every run and travels in a shared bundle with what it uses.
import { database } from '$lib/db/schema';
import { loadDataModel } from '$lib/db/model-store';
import { createSegment, stateAfterSave } from '$lib/db/segments-store';
import { runNow } from '$lib/runs/service';
import { segmentLookup } from '$lib/runs/segment-lookup';
import { priorityDefinition } from '$lib/insight/priority';
import { segmentLabel } from '$lib/segments/label';
import { freeName } from '$lib/segments/rfm';
import { validateSegment } from '$lib/segments/validate';
import type { SegmentRecord } from '$lib/db/records';

/** `segmentIds` in priority order; `displayName` names the new segment. */
export async function createPrioritySegment(
	segmentIds: readonly string[],
	displayName: string
): Promise<SegmentRecord> {
	const db = database();
	const model = await loadDataModel(db);
	if (!model.profile) throw new Error('There is no Customer Profile to assign customers from.');
	const saved = await db.segments.toArray();
	const ordered = segmentIds.map((id) => {
		const s = saved.find((x) => x.id === id);
		if (!s) throw new Error('A segment of this list was deleted; compare the segments again.');
		return { name: s.name, displayName: segmentLabel(s) };
	});
	const names = saved.map((s) => s.name);
	const slug = displayName
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 40);
	const name = freeName(/^[a-z]/.test(slug) ? slug : `priority_${slug || 'list'}`, names);
	const def = priorityDefinition(ordered, model.profile.entity, name, displayName);
	const problems = validateSegment(def, model, {
		takenNames: names,
		segments: segmentLookup(saved)
	});
	const record = await createSegment(db, def, stateAfterSave(def, problems.length));
	if (problems.length === 0) runNow(record.id, 'save', 'background').catch(() => undefined);
	return record;
}
