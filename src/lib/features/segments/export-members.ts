// Export a segment's members (as of its latest run) as CSV: rows are produced in the worker and
// streamed to the file in chunks, so the page never freezes, even for a million members.
import { engine } from '$lib/engine';
import type { ExportProgress } from '$lib/engine/protocol';
import type { DataModel } from '$lib/segments/data-model';
import type { SegmentRecord } from '$lib/db/records';
import { membersSql } from '$lib/runs/members-sql';
import { datedFileName, openFileSink } from '$lib/sharing/save-file';

export async function exportMembersCsv(
	segment: SegmentRecord,
	model: DataModel,
	onProgress: (p: ExportProgress) => void
): Promise<{ rows: number; bytes: number; fileName: string; mode: 'disk' | 'download' }> {
	if (!segment.lastSuccess)
		throw new Error('This segment has not run yet: run it first, then export its members.');
	const sql = membersSql(model, segment.id);
	if (!sql) throw new Error('There is no Customer Profile to export members from.');
	const fileName = datedFileName(segment.name, 'csv');
	const sink = await openFileSink(fileName, 'text/csv', 'csv');
	try {
		const result = await engine().exportCsv(
			sql,
			async (chunk, progress) => {
				await sink.write(chunk);
				onProgress(progress);
			},
			{ label: `Exporting ${segment.definition.displayName || segment.name}` }
		);
		await sink.close();
		return { ...result, fileName, mode: sink.mode };
	} catch (e) {
		await sink.abort();
		throw e;
	}
}
