// Export segment definitions as a shareable JSON file (format details in src/lib/sharing/bundle.ts),
// or with the data model as a model file for the command line (src/lib/sharing/model-file.ts).
import type { SegmentRecord } from '$lib/db/records';
import type { DataModel } from '$lib/segments/data-model';
import { buildBundle, bundleFileName, serializeBundle } from '$lib/sharing/bundle';
import { buildModelFile, serializeModelFile } from '$lib/sharing/model-file';
import { datedFileName, downloadBlob } from '$lib/sharing/save-file';

export async function exportDefinitionsFile(
	segments: SegmentRecord[],
	model: DataModel
): Promise<void> {
	const bundle = buildBundle(
		segments.map((s) => s.definition),
		model,
		new Date()
	);
	downloadBlob(
		new Blob([serializeBundle(bundle)], { type: 'application/json' }),
		bundleFileName(segments.map((s) => s.name))
	);
	return Promise.resolve();
}

/**
 * "Export for the command line": the data model and every segment definition in the model file
 * `segments run` reads (src/lib/sharing/model-file.ts, docs/cli.md). Never data.
 */
export function exportForCommandLine(
	segments: SegmentRecord[],
	model: DataModel,
	timeZone: string | null = null
): void {
	const file = buildModelFile(
		model,
		segments.map((s) => s.definition),
		new Date(),
		timeZone
	);
	downloadBlob(
		new Blob([serializeModelFile(file)], { type: 'application/json' }),
		datedFileName('segments-model', 'json')
	);
}
