// Create the chosen RFM cells as segments (dynamic, refreshed daily), each validated like any saved
// segment: a cell that fits is active and counted at once; one that does not is kept as a draft.
import { database } from '$lib/db/schema';
import { loadDataModel } from '$lib/db/model-store';
import { createSegment, stateAfterSave } from '$lib/db/segments-store';
import { runNow } from '$lib/runs/service';
import { segmentLookup } from '$lib/runs/segment-lookup';
import { rfmDefinition, rfmName, type RfmCell, type RfmSource } from '$lib/segments/rfm';
import { validateSegment } from '$lib/segments/validate';

export async function createRfmSegments(cells: RfmCell[], source: RfmSource): Promise<string[]> {
	const db = database();
	const model = await loadDataModel(db);
	const created: string[] = [];
	for (const cell of cells) {
		const saved = await db.segments.toArray();
		const names = saved.map((s) => s.name);
		const def = rfmDefinition(cell, source, rfmName(cell.key, names));
		const problems = validateSegment(def, model, {
			takenNames: names,
			segments: segmentLookup(saved)
		});
		const record = await createSegment(db, def, stateAfterSave(def, problems.length));
		created.push(def.name);
		if (problems.length === 0) runNow(record.id, 'save', 'background').catch(() => undefined);
	}
	return created;
}
