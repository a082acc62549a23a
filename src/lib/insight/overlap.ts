// How segments overlap: one read-only statement tags every customer in any of 2–8 segments with a
// bit per segment and counts each combination; everything shown (sizes, pairwise intersections
// and their share of the row's segment, the union, the part unique to each, the UpSet bars, the
// Venn regions) is summed from those combination counts, so all numbers come from one pass.
// Members come from each segment's latest run (kept by the engine) or from its compiled SQL, live.
import type { Row } from '../engine/results';
import { quoteString } from '../sql/quote';
import { csvField, spreadsheetSafe } from '../engine/csv-field';

export const OVERLAP_MIN = 2;
export const OVERLAP_MAX = 8;

/** Where one segment's members come from. */
export type MemberSource =
	{ kind: 'run'; segmentId: string } | { kind: 'live'; membersSql: string };

export function membersOf(source: MemberSource): string {
	return source.kind === 'run'
		? `SELECT DISTINCT member_key AS k FROM main.segment_members WHERE segment_id = ${quoteString(source.segmentId)}`
		: `SELECT DISTINCT CAST(member_key AS VARCHAR) AS k FROM (\n${source.membersSql}\n)`;
}

/**
 * One row per non-empty combination: `combination` (bit i = in segment i) and `customers`.
 * Each customer's bits are OR-ed together, so a key listed twice changes nothing and no source
 * needs its own DISTINCT; the kept members of every 'run' source are read in one scan of the
 * engine's table (a segment picked twice gets both bits); live sources are evaluated once each,
 * and compared on their own key type when no kept (text) keys are mixed in.
 */
export function overlapSql(sources: MemberSource[]): string {
	if (sources.length < OVERLAP_MIN || sources.length > OVERLAP_MAX)
		throw new Error(`Pick ${OVERLAP_MIN} to ${OVERLAP_MAX} segments.`);
	const bits = new Map<string, number>();
	const parts: string[] = [];
	const allLive = sources.every((s) => s.kind === 'live');
	sources.forEach((s, i) => {
		if (s.kind === 'run') bits.set(s.segmentId, (bits.get(s.segmentId) ?? 0) | (1 << i));
		else
			parts.push(
				`SELECT ${allLive ? 'member_key' : 'CAST(member_key AS VARCHAR)'} AS k, ${1 << i} AS bit FROM (\n${s.membersSql}\n) AS s${i}`
			);
	});
	if (bits.size > 0) {
		const ids = [...bits.keys()].map(quoteString);
		const cases = [...bits].map(([id, bit]) => `WHEN ${quoteString(id)} THEN ${bit}`).join(' ');
		parts.unshift(
			`SELECT member_key AS k, CASE segment_id ${cases} END AS bit FROM main.segment_members WHERE segment_id IN (${ids.join(', ')})`
		);
	}
	return [
		`WITH tagged AS (\nSELECT k, bit_or(bit) AS combination FROM (\n${parts.join('\nUNION ALL\n')}\n) GROUP BY k\n)`,
		'SELECT combination, count(*) AS customers FROM tagged GROUP BY combination ORDER BY combination'
	].join('\n');
}

export interface Overlap {
	n: number;
	/** Customers in each segment. */
	sizes: number[];
	/** pairs[i][j]: customers in both i and j (pairs[i][i] = sizes[i]). */
	pairs: number[][];
	union: number;
	/** Customers in segment i and in none of the others. */
	unique: number[];
	/** Every non-empty combination, largest first (the UpSet bars; the Venn's regions). */
	combinations: { members: number[]; mask: number; customers: number }[];
}

export function readOverlap(n: number, rows: Row[]): Overlap {
	const counts = new Map<number, number>();
	for (const r of rows) counts.set(Number(r.combination), Number(r.customers));
	const has = (mask: number, i: number) => (mask & (1 << i)) !== 0;
	const sum = (pick: (mask: number) => boolean) =>
		[...counts].reduce((t, [mask, c]) => (pick(mask) ? t + c : t), 0);
	const idx = [...Array(n).keys()];
	return {
		n,
		sizes: idx.map((i) => sum((m) => has(m, i))),
		pairs: idx.map((i) => idx.map((j) => sum((m) => has(m, i) && has(m, j)))),
		union: sum(() => true),
		unique: idx.map((i) => counts.get(1 << i) ?? 0),
		combinations: [...counts]
			.map(([mask, customers]) => ({ mask, customers, members: idx.filter((i) => has(mask, i)) }))
			.sort((a, b) => b.customers - a.customers || a.mask - b.mask)
	};
}

/** pairs[i][j] as a share of segment i (the row's); null when segment i is empty. */
export function shareOfRow(o: Overlap, i: number, j: number): number | null {
	const size = o.sizes[i] ?? 0;
	return size === 0 ? null : (o.pairs[i]?.[j] ?? 0) / size;
}

/** The matrix as CSV: a row per segment with its size, then count and share for every column. */
export function overlapCsv(o: Overlap, names: string[]): string {
	const safe = (s: string) => csvField(spreadsheetSafe(s));
	const header = [
		'segment',
		'members',
		...names.flatMap((n) => [`${n}: in both`, `${n}: share of row`]),
		'only in this segment'
	];
	const lines = [header.map(safe).join(',')];
	names.forEach((name, i) => {
		const cells = names.flatMap((_, j) => {
			const share = shareOfRow(o, i, j);
			return [String(o.pairs[i]?.[j] ?? 0), share === null ? '' : share.toFixed(4)];
		});
		lines.push([safe(name), String(o.sizes[i] ?? 0), ...cells, String(o.unique[i] ?? 0)].join(','));
	});
	lines.push([safe('all (union)'), String(o.union)].join(','));
	return lines.join('\r\n') + '\r\n';
}
