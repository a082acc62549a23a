// Counts over a segment's kept members of its latest run (split parts, labels): read once the
// member lists are known to be here, else the sentence that says why they are not.
import { engine } from '$lib/engine';
import type { Row } from '$lib/engine/protocol';
import type { DataModel } from '$lib/segments/data-model';
import { membersUnavailable } from '$lib/features/sharing/member-lists';

export async function runCounts(
	segmentId: string,
	model: DataModel,
	sql: string,
	label: string
): Promise<{ rows: Row[] } | { note: string }> {
	const unavailable = await membersUnavailable(segmentId, model);
	if (unavailable) return { note: unavailable };
	try {
		return { rows: await engine().rows(sql, { label }) };
	} catch {
		return { note: 'The counts could not be read; try again in a moment.' };
	}
}
