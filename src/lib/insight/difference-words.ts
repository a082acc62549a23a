// How the differences panel names a bucket and its numbers: a value as it is, a bin by its bounds
// (numbers compactly, dates and timestamps as days, from epoch seconds), 'other values' and
// 'no value'; the index as a whole number. Pure, so the e2e and unit tests can reuse it.
import type { Bucket } from './differences';
import type { Feature } from './differences-sql';

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A bin bound in the feature's own terms. */
export function boundWords(x: number, feature: Feature): string {
	if (feature.type === 'number') return numberFormat.format(x);
	const iso = new Date(x * 1000).toISOString();
	const day = iso.slice(0, 10);
	if (feature.type === 'date' || iso.slice(11, 19) === '00:00:00') return day;
	return `${day} ${iso.slice(11, 16)}`;
}

export function bucketWords(b: Bucket, feature: Feature): string {
	if (b.kind === 'value') return b.value === '' ? '(empty text)' : (b.value ?? '');
	if (b.kind === 'other') return 'other values';
	if (b.kind === 'none') return 'no value';
	const { lo, hi } = b;
	// whole-number bins one apart (counts): the number itself
	if (
		feature.type === 'number' &&
		lo !== null &&
		hi !== null &&
		Number.isInteger(lo) &&
		hi === lo + 1
	)
		return boundWords(lo, feature);
	if (lo === null && hi === null) return 'any value';
	const isNumber = feature.type === 'number';
	if (lo === null) return `${isNumber ? 'under' : 'before'} ${boundWords(hi!, feature)}`;
	if (hi === null) return `${boundWords(lo, feature)} ${isNumber ? 'or more' : 'or later'}`;
	return `${boundWords(lo, feature)} to ${isNumber ? 'under' : 'before'} ${boundWords(hi, feature)}`;
}

/** share in segment ÷ share in comparison × 100, rounded; — when the comparison has none. */
export const indexWords = (index: number | null): string =>
	index === null ? '—' : String(Math.round(index));

export const scoreWords = (score: number | null): string =>
	score === null ? '—' : score.toFixed(2);
