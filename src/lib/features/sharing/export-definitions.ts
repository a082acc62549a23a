// Export segment definitions as a shareable JSON file (format details in src/lib/sharing/bundle.ts).
import type { SegmentRecord } from '$lib/db/records';
import type { DataModel } from '$lib/segments/data-model';
import { buildBundle, bundleFileName, serializeBundle } from '$lib/sharing/bundle';
import { downloadBlob } from '$lib/sharing/save-file';

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
