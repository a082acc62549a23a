// Why a segment's members cannot be shown or exported in this browser, in a sentence: its member
// list is kept by the engine at each run (segment_members), so a workspace restored from a backup
// has the runs' history but no list until the segment runs here; and a model restored without
// its data has no Customer Profile rows. null when the members can be read.
import { engine } from '$lib/engine';
import type { DataModel } from '$lib/segments/data-model';
import { quoteString } from '$lib/sql/quote';
import { withoutDataMessage } from '$lib/runs/missing-data';

export const RUN_TO_SEE_MEMBERS = 'Run this segment to see its members.';

export async function membersUnavailable(
	segmentId: string,
	model: DataModel
): Promise<string | null> {
	try {
		const tables = new Set(await engine().tables());
		const profile = model.entities.find((e) => e.name === model.profile?.entity);
		if (profile && !tables.has(profile.table))
			return withoutDataMessage([profile.displayName || profile.name]);
		if (!tables.has('segment_members') || !tables.has('segment_snapshots'))
			return RUN_TO_SEE_MEMBERS;
		const kept = await engine().rows(
			`SELECT count(*) AS n FROM main.segment_snapshots WHERE segment_id = ${quoteString(segmentId)}`,
			{ label: 'Checking the member list' }
		);
		return Number(kept[0]?.['n'] ?? 0) > 0 ? null : RUN_TO_SEE_MEMBERS;
	} catch {
		return 'The members could not be loaded; try again in a moment.';
	}
}
