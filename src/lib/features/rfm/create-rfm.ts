// Create the chosen RFM cells as segments (dynamic, refreshed daily), each validated like any saved
// segment: a cell that fits is active and counted at once; one that does not is kept as a draft.
import { database } from '$lib/db/schema';
import { loadDataModel } from '$lib/db/model-store';
import { createSegment, stateAfterSave } from '$lib/db/segments-store';
import { runNow } from '$lib/runs/service';
import { segmentLookup } from '$lib/runs/segment-lookup';
import {
	rfmCellsDefinition,
	rfmDefinition,
	rfmName,
	type RfmCell,
	type RfmSource
} from '$lib/segments/rfm';
import type { SegmentDefinition } from '$lib/segments/definition';
import { validateSegment } from '$lib/segments/validate';

/**
 * With `oneSegment`, also one segment of every scored customer labelled by their cell (the cells
 * in the order given, first match wins), created after the cells it refers to.
 */
export async function createRfmSegments(
	cells: RfmCell[],
	source: RfmSource,
	oneSegment = false
): Promise<string[]> {
	const db = database();
	const model = await loadDataModel(db);
	const created: string[] = [];
	const save = async (make: (taken: string[]) => SegmentDefinition) => {
		const saved = await db.segments.toArray();
		const names = saved.map((s) => s.name);
		const def = make(names);
		const problems = validateSegment(def, model, {
			takenNames: names,
			segments: segmentLookup(saved)
		});
		const record = await createSegment(db, def, stateAfterSave(def, problems.length));
		created.push(def.name);
		if (problems.length === 0) runNow(record.id, 'save', 'background').catch(() => undefined);
	};
	for (const cell of cells)
		await save((names) => rfmDefinition(cell, source, rfmName(cell.key, names)));
	if (oneSegment) {
		const cellNames = [...created];
		await save((names) =>
			rfmCellsDefinition(cells, cellNames, source, rfmName('all_cells', names))
		);
	}
	return created;
}
