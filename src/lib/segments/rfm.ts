// The RFM preset: recency, frequency and monetary scores from 1 to 5 (quintiles) over the customers'
// purchases in a window before the as-of moment, and the classic named cells (champions, loyal, at
// risk, hibernating, …) as editable score ranges, each turned into an ordinary segment definition.
// No new condition is needed: "score ≥ s" is the top (6 − s) × 20 % of the customers ranked by that
// aggregate (rankings, docs "Ranking": ties go to the smaller key), so a cell is its rankings
// intersected, with the top of the range's upper bound taken away. Pure: definitions out.
import {
	DEFINITION_VERSION,
	type Group,
	type RankCondition,
	type SegmentDefinition
} from './definition';

export type Score = 1 | 2 | 3 | 4 | 5;
export type ScoreRange = [Score, Score];
export type Dimension = 'r' | 'f' | 'm';

export interface RfmCell {
	/** A suffix of the segment's name: a letter first, then letters, digits and _. */
	key: string;
	displayName: string;
	/** What it means, for the description. */
	meaning: string;
	r: ScoreRange;
	f: ScoreRange;
	m: ScoreRange;
}

/** Where the purchases are: an entity with a path to the Customer Profile, a date and an amount. */
export interface RfmSource {
	path: Group['path'];
	/** The entity whose rows are purchases (the path's start). */
	entity: string;
	/** Its date or timestamp: recency is the latest one. */
	date: string;
	/** Its amount: monetary is their sum. */
	amount: string;
	/** Only purchases in the last this many days, up to the as-of moment, are scored. */
	windowDays: number;
}

/** The classic cells (scores: 5 the best fifth — most recent, most frequent, highest spend). */
export const RFM_CELLS: readonly RfmCell[] = [
	{
		key: 'champions',
		displayName: 'Champions',
		meaning: 'bought recently, buy often and spend the most',
		r: [4, 5],
		f: [4, 5],
		m: [4, 5]
	},
	{
		key: 'loyal',
		displayName: 'Loyal customers',
		meaning: 'buy often and spend well, and not long ago',
		r: [3, 5],
		f: [4, 5],
		m: [3, 5]
	},
	{
		key: 'potential_loyalists',
		displayName: 'Potential loyalists',
		meaning: 'recent customers who have bought a few times',
		r: [4, 5],
		f: [2, 3],
		m: [1, 5]
	},
	{
		key: 'new_customers',
		displayName: 'New customers',
		meaning: 'bought very recently, but only rarely',
		r: [5, 5],
		f: [1, 1],
		m: [1, 5]
	},
	{
		key: 'promising',
		displayName: 'Promising',
		meaning: 'recent buyers who have not spent much yet',
		r: [4, 4],
		f: [1, 1],
		m: [1, 2]
	},
	{
		key: 'need_attention',
		displayName: 'Need attention',
		meaning: 'average recency, frequency and spend',
		r: [3, 3],
		f: [3, 3],
		m: [3, 3]
	},
	{
		key: 'about_to_sleep',
		displayName: 'About to sleep',
		meaning: 'below average recency and frequency',
		r: [2, 3],
		f: [1, 2],
		m: [1, 5]
	},
	{
		key: 'at_risk',
		displayName: 'At risk',
		meaning: 'spent big and bought often, but long ago',
		r: [1, 2],
		f: [3, 5],
		m: [3, 5]
	},
	{
		key: 'cant_lose_them',
		displayName: 'Cannot lose them',
		meaning: 'among the biggest and most frequent buyers, but not for a long time',
		r: [1, 1],
		f: [5, 5],
		m: [4, 5]
	},
	{
		key: 'hibernating',
		displayName: 'Hibernating',
		meaning: 'last bought long ago, rarely, and spent little',
		r: [1, 2],
		f: [1, 2],
		m: [1, 2]
	},
	{
		key: 'lost',
		displayName: 'Lost',
		meaning: 'the lowest recency, frequency and spend',
		r: [1, 1],
		f: [1, 1],
		m: [1, 1]
	}
];

const WORDS: Record<Dimension, string> = { r: 'recency', f: 'frequency', m: 'monetary' };

/** What is wrong with a cell's ranges or key, in words; [] when it can be created. */
export function cellProblems(cell: RfmCell): string[] {
	const problems: string[] = [];
	if (!/^[A-Za-z][A-Za-z0-9_]{0,59}$/.test(cell.key))
		problems.push(
			`“${cell.key}” cannot name a segment: a letter first, then letters, digits and _.`
		);
	for (const d of ['r', 'f', 'm'] as const) {
		const [lo, hi] = cell[d];
		const ok = (s: number) => Number.isInteger(s) && s >= 1 && s <= 5;
		if (!ok(lo) || !ok(hi))
			problems.push(`${cell.displayName}: the ${WORDS[d]} scores must be whole numbers 1 to 5.`);
		else if (lo > hi)
			problems.push(
				`${cell.displayName}: the ${WORDS[d]} range starts at ${lo}, above its end ${hi}.`
			);
	}
	return problems;
}

/** "R 4–5 · F 4–5 · M 4–5" */
export function rangeWords(cell: RfmCell): string {
	const one = (d: Dimension) => {
		const [lo, hi] = cell[d];
		return `${d.toUpperCase()} ${lo === hi ? lo : `${lo}–${hi}`}`;
	};
	return [one('r'), one('f'), one('m')].join(' · ');
}

/** The ranking that scores a dimension: the latest date, the number of rows, the sum of amounts. */
function ranking(d: Dimension, source: RfmSource, percent: number): RankCondition {
	const base = { direction: 'top' as const, amount: percent, unit: 'percent' as const };
	if (d === 'r') return { ...base, function: 'max', entity: source.entity, attribute: source.date };
	if (d === 'f') return { ...base, function: 'count', entity: source.entity };
	return { ...base, function: 'sum', entity: source.entity, attribute: source.amount };
}

/**
 * The cell as a segment definition: per scored dimension, the top (6 − lo) × 20 % (score ≥ lo),
 * then the top (5 − hi) × 20 % taken away (score > hi), each over the purchases in the window.
 */
export function rfmDefinition(
	cell: RfmCell,
	source: RfmSource,
	name: string,
	refreshIntervalMinutes = 1440
): SegmentDefinition {
	let id = 0;
	const group = (d: Dimension, percent: number, operator?: Group['operator']): Group => ({
		id: `rfm-${d}-${++id}`,
		...(operator ? { operator } : {}),
		path: structuredClone(source.path),
		where: {
			kind: 'condition',
			id: `rfm-window-${id}`,
			entity: source.entity,
			attribute: source.date,
			operator: 'inLast',
			value: { amount: source.windowDays, unit: 'days' }
		},
		aggregates: [],
		rank: ranking(d, source, percent)
	});
	const groups: Group[] = [];
	for (const d of ['r', 'f', 'm'] as const) {
		const [lo, hi] = cell[d];
		// a dimension open at both ends scores nobody out (except the first: it says who is scored)
		if (lo === 1 && hi === 5 && groups.length > 0) continue;
		groups.push(group(d, (6 - lo) * 20, groups.length ? 'intersect' : undefined));
		if (hi < 5) groups.push(group(d, (5 - hi) * 20, 'exclude'));
	}
	return {
		format: 'segments.definition',
		version: DEFINITION_VERSION,
		name,
		displayName: `RFM: ${cell.displayName}`,
		description: `${cell.displayName} (${rangeWords(cell)}): customers who ${cell.meaning}. Scores 1 to 5 are fifths of the customers with a purchase in the last ${source.windowDays} days, ranked by their latest purchase (R), their number of purchases (F) and their total amount (M); 5 is the best fifth, ties go to the smaller customer key.`,
		type: 'dynamic',
		refreshIntervalMinutes,
		asOf: null,
		groups
	};
}

/** `rfm_<key>`, or with _2, _3 … when that name (ignoring case) is taken. */
export function rfmName(key: string, taken: Iterable<string>): string {
	return freeName(`rfm_${key}`, taken);
}

/** `base` (at most 60 characters), or with _2, _3 … when that name (ignoring case) is taken. */
export function freeName(base: string, taken: Iterable<string>): string {
	const used = new Set([...taken].map((n) => n.toLowerCase()));
	const start = base.slice(0, 60);
	if (!used.has(start.toLowerCase())) return start;
	for (let i = 2; ; i++) if (!used.has(`${start}_${i}`.toLowerCase())) return `${start}_${i}`;
}

/** The export column of the one segment that names each customer's cell. */
export const RFM_CELL_COLUMN = 'rfm_cell';

/**
 * One segment of every scored customer (a purchase in the window) whose labels name their cell:
 * the first of `cells` (created as segments named `cellNames`, in that order) that holds them, live,
 * else "Other" (a score combination no kept cell covers).
 */
export function rfmCellsDefinition(
	cells: readonly RfmCell[],
	cellNames: readonly string[],
	source: RfmSource,
	name: string,
	refreshIntervalMinutes = 1440
): SegmentDefinition {
	return {
		format: 'segments.definition',
		version: DEFINITION_VERSION,
		name,
		displayName: 'RFM: all cells',
		description: `Every customer with a purchase in the last ${source.windowDays} days, with their RFM cell in the export column ${RFM_CELL_COLUMN}: the first of ${cells.map((c) => c.displayName).join(', ')} that holds them, else Other.`,
		type: 'dynamic',
		refreshIntervalMinutes,
		asOf: null,
		groups: [
			{
				id: 'rfm-scored',
				path: structuredClone(source.path),
				where: {
					kind: 'condition',
					id: 'rfm-window',
					entity: source.entity,
					attribute: source.date,
					operator: 'inLast',
					value: { amount: source.windowDays, unit: 'days' }
				},
				aggregates: []
			}
		],
		labels: {
			column: RFM_CELL_COLUMN,
			rules: cells.map((c, i) => ({
				id: `rfm-${i + 1}`,
				label: c.displayName,
				segment: cellNames[i] ?? '',
				source: 'live' as const
			})),
			otherwise: 'Other'
		}
	};
}
