// Export a segment's members (as of its latest run) as CSV or Parquet: rows are produced in the
// worker and handed over in chunks (CSV streams as it is read), so the page never freezes.
import { segmentLabel } from '$lib/segments/label';
import { engine } from '$lib/engine';
import type { ExportProgress } from '$lib/engine/protocol';
import type { DataModel } from '$lib/segments/data-model';
import type { SegmentRecord } from '$lib/db/records';
import { membersSql } from '$lib/runs/members-sql';
import { usableSplit } from '$lib/segments/split';
import { usableLabels } from '$lib/segments/labels';
import { datedFileName, openFileSink } from '$lib/sharing/save-file';
import { exportPrefs } from './export-prefs.svelte';
import { membersUnavailable } from '$lib/features/sharing/member-lists';

export type MemberFormat = 'csv' | 'parquet';

export async function exportMembersFile(
	segment: SegmentRecord,
	model: DataModel,
	format: MemberFormat,
	onProgress: (p: ExportProgress) => void
): Promise<{ rows: number; bytes: number; fileName: string; mode: 'disk' | 'download' }> {
	if (!segment.lastSuccess)
		throw new Error('This segment has not run yet: run it first, then export its members.');
	const split = usableSplit(segment.definition.split);
	const labels = usableLabels(segment.definition.labels);
	const sql = membersSql(model, segment.id, {
		...(split ? { split } : {}),
		...(labels ? { labels } : {})
	});
	if (!sql) throw new Error('There is no Customer Profile to export members from.');
	const unavailable = await membersUnavailable(segment.id, model);
	if (unavailable) throw new Error(unavailable);
	const fileName = datedFileName(segment.name, format);
	const mime = format === 'csv' ? 'text/csv' : 'application/vnd.apache.parquet';
	const sink = await openFileSink(fileName, mime, format);
	const onChunk = async (chunk: Uint8Array, progress: ExportProgress) => {
		await sink.write(chunk);
		onProgress(progress);
	};
	const request = { label: `Exporting ${segmentLabel(segment)}` };
	try {
		const result =
			format === 'csv'
				? await engine().exportCsv(sql, onChunk, request, { spreadsheetSafe: !exportPrefs.raw })
				: await engine().exportParquet(sql, onChunk, request);
		await sink.close();
		return { ...result, fileName, mode: sink.mode };
	} catch (e) {
		await sink.abort();
		throw e;
	}
}
