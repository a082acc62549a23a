// A segment's size in the past, computed now: the definition evaluated as of each of a series of
// past dates (daily, weekly or monthly), so a new segment has a trend on its first day. Each date's
// members are one CTE of the compiled definition with `asOf` set to that day (its end, 23:59:59);
// one read-only statement counts them and what entered and left between consecutive dates.
//
// What the past can and cannot know: a condition whose SQL moves with the clock ("in the last 90
// days", "before 30 days ago", this month, anniversaries) selects the rows it would have selected
// then. Every other condition (a tier, an amount with no date) uses today's values and rows —
// the data keeps no history of them — and is named as "current value used" next to the chart.
// A segment used live ("is in segment S") is evaluated as of each date too, so it moves with the
// date as its own conditions do (and its fixed ones are named); one used as of its last run has
// the same members at every date: it is named as current value used.
import { findAttribute, findEntity, type DataModel } from '../segments/data-model';
import {
	isConditionBlock,
	type ConditionNode,
	type Condition,
	type SegmentDefinition
} from '../segments/definition';
import { compileSegment } from '../segments/compile';
import { conditionSql } from '../segments/condition-sql';
import { addUnits, dayFromIso, isoFromDay, type Clock } from '../segments/dates';
import { summarizeCondition, summarizeMembership } from '../segments/summary';
import { membershipsOf, type SegmentLookup } from '../segments/dependencies';
import type { Row } from '../engine/results';

export type BackfillGrain = 'day' | 'week' | 'month';
export const BACKFILL_MAX_POINTS = 60;

const UNIT = { day: 'days', week: 'weeks', month: 'months' } as const;

/** The as-of days, oldest first: today and `points - 1` steps of `grain` before it. */
export function backfillDates(today: string, grain: BackfillGrain, points: number): string[] {
	const n = Math.max(2, Math.min(BACKFILL_MAX_POINTS, Math.floor(points)));
	const day = dayFromIso(today);
	return Array.from({ length: n }, (_, i) => isoFromDay(addUnits(day, i - (n - 1), UNIT[grain])));
}

/** Two clocks far apart: a condition whose SQL is the same at both does not depend on the date. */
const CLOCK_A: Clock = { today: '2001-03-14', now: '2001-03-14T09:26:53' };
const CLOCK_B: Clock = { today: '2024-11-29', now: '2024-11-29T17:05:11' };

function leaves(node: ConditionNode | null): Condition[] {
	if (!node) return [];
	return isConditionBlock(node) ? node.children.flatMap(leaves) : [node];
}

function movesWithClock(c: Condition, model: DataModel): boolean {
	const entity = findEntity(model, c.entity);
	const attribute = entity && findAttribute(entity, c.attribute);
	if (!attribute) return false;
	return (
		conditionSql('x', attribute.type, c, CLOCK_A) !== conditionSql('x', attribute.type, c, CLOCK_B)
	);
}

/**
 * What uses today's values in a back-fill, in words: conditions that do not move with the date,
 * and the aggregates or ranking of a group whose rows no date condition limits.
 */
export function currentValueUsed(
	definition: SegmentDefinition,
	model: DataModel,
	segments?: SegmentLookup
): string[] {
	const out: string[] = [];
	const seen = new Set([definition.name]);
	const visit = (d: SegmentDefinition, within: string) => {
		for (const m of membershipsOf(d)) {
			if (m.source === 'lastRun') {
				out.push(`${within}the customer ${summarizeMembership(m, segments)}`);
				continue;
			}
			const referred = segments?.definition(m.segment);
			if (!referred || seen.has(m.segment)) continue;
			seen.add(m.segment);
			const inner = `in segment “${referred.displayName || referred.name}”: `;
			out.push(...ownCurrentValues(referred, model).map((w) => inner + w));
			visit(referred, inner);
		}
	};
	out.push(...ownCurrentValues(definition, model));
	visit(definition, '');
	return [...new Set(out)];
}

function ownCurrentValues(definition: SegmentDefinition, model: DataModel): string[] {
	const out: string[] = [];
	definition.groups.forEach((group, i) => {
		const start = group.path.start;
		const conditions = leaves(group.where);
		const dated = conditions.some((c) => movesWithClock(c, model));
		for (const c of conditions)
			if (!movesWithClock(c, model)) out.push(summarizeCondition(c, model, start));
		if (!dated && (group.aggregates.length > 0 || group.rank))
			out.push(`the totals and counts of group ${i + 1} (no date limits its rows)`);
	});
	return out;
}

export type BackfillPlan =
	| { ok: true; dates: string[]; sql: string; currentValueUsed: string[] }
	| { ok: false; message: string };

/** The statement that evaluates `definition` as of each of `dates` (oldest first). */
export function backfillPlan(
	definition: SegmentDefinition,
	model: DataModel,
	dates: string[],
	segments?: SegmentLookup,
	zone?: string
): BackfillPlan {
	if (definition.asOf)
		return {
			ok: false,
			message: `This segment is always evaluated as of ${definition.asOf.slice(0, 10)}, so its size does not change over time.`
		};
	const ctes: string[] = [];
	for (const [i, day] of dates.entries()) {
		const clock = zone ? { ...CLOCK_A, zone } : CLOCK_A;
		const c = compileSegment({ ...definition, asOf: day }, model, clock, { segments });
		if (!c.ok)
			return {
				ok: false,
				message: `The segment cannot be evaluated yet: ${c.problems[0]?.message ?? 'it is incomplete'}`
			};
		ctes.push(`p${i} AS MATERIALIZED (\n${c.sql.members}\n)`);
	}
	const size = (i: number) => `(SELECT count(*) FROM p${i})`;
	const minus = (a: number, b: number) =>
		`(SELECT count(*) FROM (SELECT member_key FROM p${a} EXCEPT SELECT member_key FROM p${b}))`;
	const rows = dates.map((_, i) =>
		i === 0
			? `SELECT 0 AS point, ${size(0)} AS members, NULL::BIGINT AS entered, NULL::BIGINT AS "left"`
			: `SELECT ${i}, ${size(i)}, ${minus(i, i - 1)}, ${minus(i - 1, i)}`
	);
	return {
		ok: true,
		dates,
		sql: `WITH ${ctes.join(',\n')}\n${rows.join('\nUNION ALL\n')}\nORDER BY point`,
		currentValueUsed: currentValueUsed(definition, model, segments)
	};
}

export interface BackfillPoint {
	/** The as-of day, YYYY-MM-DD (evaluated at its end). */
	asOf: string;
	members: number;
	/** Null on the first point (nothing before it to compare with). */
	entered: number | null;
	left: number | null;
}

export function readBackfill(dates: string[], rows: Row[]): BackfillPoint[] {
	const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
	return rows.map((r) => {
		const i = Number(r['point']);
		return {
			asOf: dates[i] as string,
			members: Number(r['members']),
			entered: num(r['entered']),
			left: num(r['left'])
		};
	});
}
