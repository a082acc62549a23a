// The rows of differencesSql read into what the panel shows: for each feature its buckets (values
// or bins, then 'other' and 'no value') with the share of the segment and of the comparison in
// each and the index (share in segment ÷ share in comparison × 100), and a difference score: the
// total variation distance between the two distributions over those buckets, ½ Σ |s − c|, from 0
// (the same make-up) to 1 (no bucket in common). Features are ranked by it, largest first.
import type { Row } from '../engine/results';
import type { Feature } from './differences-sql';

export interface Bucket {
	/** 'v:<value>', 'b<i>' (a bin), 'o' (other values), 'n' (no value). */
	key: string;
	kind: 'value' | 'bin' | 'other' | 'none';
	/** The value, for kind 'value'. */
	value: string | null;
	/** Bin bounds (lo ≤ x < hi; null: open), for kind 'bin'; epoch seconds for dates. */
	lo: number | null;
	hi: number | null;
	inSegment: number;
	inComparison: number;
	shareSegment: number | null;
	shareComparison: number | null;
	/** share in segment ÷ share in comparison × 100; null when the comparison has none. */
	index: number | null;
}

export interface FeatureDifference {
	feature: Feature;
	/** Index into the features asked for. */
	position: number;
	buckets: Bucket[];
	segmentSize: number;
	comparisonSize: number;
	/** Total variation distance, 0–1; null when either side is empty or values are mostly distinct. */
	score: number | null;
	/** Text whose values are nearly all different (names, e-mails): no value is common. */
	mostlyDistinct: boolean;
}

const kindOf = (key: string): Bucket['kind'] =>
	key.startsWith('v:') ? 'value' : key.startsWith('b') ? 'bin' : key === 'o' ? 'other' : 'none';

const order: Record<Bucket['kind'], number> = { value: 0, bin: 0, other: 1, none: 2 };

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function readDifferences(features: Feature[], rows: Row[]): FeatureDifference[] {
	const byFeature = new Map<number, Row[]>();
	for (const r of rows) {
		const f = Number(r.feature);
		byFeature.set(f, [...(byFeature.get(f) ?? []), r]);
	}
	const out = features.map((feature, position): FeatureDifference => {
		const mine = byFeature.get(position) ?? [];
		const segmentSize = mine.reduce((t, r) => t + Number(r.in_segment), 0);
		const comparisonSize = mine.reduce((t, r) => t + Number(r.in_comparison), 0);
		const buckets = mine.map((r): Bucket => {
			const key = String(r.bucket);
			const inSegment = Number(r.in_segment);
			const inComparison = Number(r.in_comparison);
			const shareSegment = segmentSize ? inSegment / segmentSize : null;
			const shareComparison = comparisonSize ? inComparison / comparisonSize : null;
			return {
				key,
				kind: kindOf(key),
				value: key.startsWith('v:') ? key.slice(2) : null,
				lo: num(r.lo),
				hi: num(r.hi),
				inSegment,
				inComparison,
				shareSegment,
				shareComparison,
				index:
					shareSegment !== null && shareComparison ? (shareSegment / shareComparison) * 100 : null
			};
		});
		buckets.sort((a, b) => {
			if (order[a.kind] !== order[b.kind]) return order[a.kind] - order[b.kind];
			if (a.kind === 'bin') return Number(a.key.slice(1)) - Number(b.key.slice(1));
			// values: the segment's most common first
			return b.inSegment - a.inSegment || b.inComparison - a.inComparison;
		});
		const score =
			segmentSize && comparisonSize
				? buckets.reduce(
						(t, b) => t + Math.abs(b.inSegment / segmentSize - b.inComparison / comparisonSize),
						0
					) / 2
				: null;
		const other = buckets.find((b) => b.kind === 'other');
		// 'other' and no single value: the statement found the text mostly distinct
		const mostlyDistinct =
			!feature.binned &&
			!!other &&
			comparisonSize > 0 &&
			(other.inComparison / comparisonSize > 0.8 || !buckets.some((b) => b.kind === 'value'));
		// text whose values are nearly all different (names, e-mails) says nothing about a segment:
		// no score, so it goes last
		return {
			feature,
			position,
			buckets,
			segmentSize,
			comparisonSize,
			score: mostlyDistinct ? null : score,
			mostlyDistinct
		};
	});
	return out.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.position - b.position);
}
