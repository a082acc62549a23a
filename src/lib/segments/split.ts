// Splits: a segment's members divided into named parts by percentage (A / B / holdout). The part
// of a customer depends only on the split's seed and the customer's key, so it never changes while
// they stay in the segment, and any engine or language can reproduce it:
//
//   bucket = (the first 8 hex digits of md5(seed || ':' || key as text), read as an unsigned
//             32-bit number) mod 10000
//   part   = the first part whose cumulative share, in hundredths of a percent, exceeds bucket
//
// Every function here is pure; the SQL uses only md5, left, a hex cast and integer arithmetic (the
// hex cast is the dialect's: DuckDB reads '0x…' as UBIGINT, PostgreSQL 'x…' as bit(32)).
import type { Split } from './definition';
import { problem, q, type Problem } from './problems';
import { quoteString } from '../sql/quote';
import { duckdbDialect, type Dialect } from './dialect';

export const SPLIT_BUCKETS = 10_000;

/** The export column that names a member's part when the segment is split. */
export const SPLIT_COLUMN = 'split_part';

/** A share in whole hundredths of a percent (45.5 % → 4550), or null when it has more decimals. */
export function hundredths(percent: number): number | null {
	const h = Math.round(percent * 100);
	return Math.abs(h - percent * 100) < 1e-6 ? h : null;
}

/** The bucket (0 … 9999) of a key, as SQL over a VARCHAR key expression. */
export function splitBucketSql(seed: string, keySql: string, sql: Dialect = duckdbDialect): string {
	return sql.splitBucket(sql.string(seed + ':'), keySql, SPLIT_BUCKETS);
}

/** The part's name for a VARCHAR key expression: a CASE over the bucket's cumulative ranges. */
export function splitPartSql(split: Split, keySql: string, sql: Dialect = duckdbDialect): string {
	const bucket = splitBucketSql(split.seed, keySql, sql);
	let upTo = 0;
	const whens = split.parts.map((p) => {
		upTo += hundredths(p.percent) ?? 0;
		return `WHEN ${bucket} < ${upTo} THEN ${sql.string(p.name)}`;
	});
	return `CASE ${whens.join(' ')} END`;
}

/**
 * Members per part, in the split's order (parts with no member are absent), over any query that
 * returns a `member_key` column: a run's kept members or a live segment.
 */
export function partCountsSql(membersSql: string, split: Split): string {
	const order = split.parts.map((p, i) => `WHEN ${quoteString(p.name)} THEN ${i}`).join(' ');
	const part = splitPartSql(split, 'CAST(m.member_key AS VARCHAR)');
	return `SELECT part, count(*)::INTEGER AS members FROM (SELECT DISTINCT ${part} AS part, m.member_key FROM (\n${membersSql}\n) AS m WHERE m.member_key IS NOT NULL) AS s GROUP BY part ORDER BY CASE part ${order} END`;
}

/** The parts in words: "A (45 %), B (45 %) and holdout (10 %)". */
export function describeSplit(split: Split): string {
	const parts = split.parts.map((p) => `${p.name || 'an unnamed part'} (${p.percent} %)`);
	const list =
		parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
	return `split into ${list ?? 'no parts'} (seed ${q(split.seed)})`;
}

/** What keeps a split from being used: at least two parts, named, distinct, adding up to 100 %. */
export function splitProblems(split: Split | undefined): Problem[] {
	if (!split) return [];
	const out: Problem[] = [];
	const at = (...path: (string | number)[]) => ['split', ...path];
	if (split.parts.length < 2)
		out.push(problem(at('parts'), 'splitParts', 'A split needs at least two parts.'));
	const seen = new Set<string>();
	let total = 0;
	split.parts.forEach((p, i) => {
		const name = p.name.trim();
		if (!name)
			out.push(
				problem(at('parts', i, 'name'), 'splitName', `Part ${i + 1} of the split has no name.`)
			);
		else if (seen.has(name))
			out.push(
				problem(at('parts', i, 'name'), 'splitName', `Two parts of the split are named ${q(name)}.`)
			);
		seen.add(name);
		const h = hundredths(p.percent);
		if (h === null || h <= 0)
			out.push(
				problem(
					at('parts', i, 'percent'),
					'splitPercent',
					`Part ${name ? q(name) : i + 1} of the split needs a share above 0 % with at most two decimals.`
				)
			);
		else total += h;
	});
	if (out.length === 0 && total !== SPLIT_BUCKETS)
		out.push(
			problem(
				at('parts'),
				'splitTotal',
				`The parts of the split add up to ${total / 100} %; they must add up to 100 %.`
			)
		);
	return out;
}

/** The split when it can be applied (exports, part counts), else undefined. */
export function usableSplit(split: Split | undefined): Split | undefined {
	return split && splitProblems(split).length === 0 ? split : undefined;
}

/** A new split with the parts people start from most: A / B with a 10 % holdout. */
export function defaultSplit(): Split {
	return {
		seed: 'split-1',
		parts: [
			{ name: 'A', percent: 45 },
			{ name: 'B', percent: 45 },
			{ name: 'holdout', percent: 10 }
		]
	};
}
