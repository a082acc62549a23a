// Member-count history of every segment (successful runs), followed live, for tiles and tables:
// sparkline points and last week's growth.
import { database } from '$lib/db/schema';
import { Live } from '$lib/features/app/live.svelte';

export interface CountPoint {
	at: string;
	members: number;
}

export async function loadHistory(): Promise<Record<string, CountPoint[]>> {
	const runs = await database().runs.where('status').equals('succeeded').toArray();
	const out: Record<string, CountPoint[]> = {};
	for (const r of runs) {
		if (r.members === null || !r.finishedAt) continue;
		(out[r.segmentId] ??= []).push({ at: r.finishedAt, members: r.members });
	}
	for (const list of Object.values(out)) list.sort((a, b) => (a.at < b.at ? -1 : 1));
	return out;
}

export function liveHistory(): Live<Record<string, CountPoint[]>> {
	return new Live(loadHistory, {});
}

export interface Growth {
	change: number;
	/** change / base, or null when the base was 0. */
	ratio: number | null;
	/** The point compared against. */
	since: string;
	/** true when there is a run from a week ago or earlier; false: compared with the first run. */
	fullWeek: boolean;
}

/** Members now vs. the last count at or before a week ago (or the first count, if younger). */
export function weekGrowth(points: CountPoint[], now = Date.now()): Growth | null {
	if (points.length < 2) return null;
	const latest = points[points.length - 1]!;
	const weekAgo = now - 7 * 24 * 3600 * 1000;
	let base = points[0]!;
	let fullWeek = false;
	for (const p of points) {
		if (new Date(p.at).getTime() <= weekAgo) {
			base = p;
			fullWeek = true;
		}
	}
	if (base === latest) return null;
	const change = latest.members - base.members;
	return {
		change,
		ratio: base.members === 0 ? null : change / base.members,
		since: base.at,
		fullWeek
	};
}

export type WeekChange =
	{ kind: 'change'; growth: Growth } | { kind: 'too-young' } | { kind: 'none' };

/**
 * What a tile, a table row and a segment's page say about the last 7 days: the change when the
 * history reaches back a week, "no history from 7 days ago yet" when it is younger, else nothing.
 */
export function weekChange(points: CountPoint[], now = Date.now()): WeekChange {
	if (points.length === 0) return { kind: 'none' };
	const growth = weekGrowth(points, now);
	if (growth?.fullWeek) return { kind: 'change', growth };
	const weekAgo = now - 7 * 24 * 3600 * 1000;
	return new Date(points[0]!.at).getTime() > weekAgo ? { kind: 'too-young' } : { kind: 'none' };
}
