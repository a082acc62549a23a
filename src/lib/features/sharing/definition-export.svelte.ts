// Exporting definitions, with a stop when identifying values would leave with the file: the
// values are shown (LeavingValuesDialog, mounted once in the layout) and the user continues or
// cancels. Every definition export (Sharing page, segment menu, segment page) goes through here.
import type { SegmentRecord } from '$lib/db/records';
import type { DataModel } from '$lib/segments/data-model';
import { identifyingValues, type LeavingValues } from '$lib/segments/identifying-values';
import { exportDefinitionsFile } from './export-definitions';

interface Pending {
	leaving: LeavingValues[];
	decide: (go: boolean) => void;
}

class DefinitionExport {
	pending = $state<Pending | null>(null);

	/** Export `segments`; true once the file is written, false when the user cancelled. */
	async run(segments: SegmentRecord[], model: DataModel): Promise<boolean> {
		const leaving = identifyingValues(
			segments.map((s) => s.definition),
			model
		);
		if (leaving.length > 0) {
			this.pending?.decide(false);
			const go = await new Promise<boolean>((decide) => (this.pending = { leaving, decide }));
			this.pending = null;
			if (!go) return false;
		}
		await exportDefinitionsFile(segments, model);
		return true;
	}
}

export const definitionExport = new DefinitionExport();
