// Export a priority list's assignment: the Customer Profile rows of everyone in any of the
// segments with `assigned_segment` (the segment's unique name), written by the engine in chunks
// into the file, like a members export (spreadsheet-safe unless the raw option is on).
import { engine } from '$lib/engine';
import type { DataModel } from '$lib/segments/data-model';
import type { MemberSource } from '$lib/insight/overlap';
import { priorityExportSql } from '$lib/insight/priority';
import { datedFileName, openFileSink } from '$lib/sharing/save-file';
import { exportPrefs } from '$lib/features/segments/export-prefs.svelte';

export async function exportPriorityList(
	result: { sources: MemberSource[]; keys: string[] },
	order: number[],
	model: DataModel
): Promise<{ rows: number; fileName: string }> {
	const sql = priorityExportSql(result.sources, result.keys, order, model);
	if (!sql) throw new Error('There is no Customer Profile to export customers from.');
	const fileName = datedFileName('priority-list', 'csv');
	const sink = await openFileSink(fileName, 'text/csv', 'csv');
	try {
		const r = await engine().exportCsv(
			sql,
			async (chunk) => {
				await sink.write(chunk);
			},
			{ label: 'Exporting the priority list' },
			{ spreadsheetSafe: !exportPrefs.raw }
		);
		await sink.close();
		return { rows: r.rows, fileName };
	} catch (e) {
		await sink.abort();
		throw e;
	}
}
