// Sequence conditions as SQL: "A then B within N days" and "A not followed by B within N days".
// Each side becomes a CTE of its distinct events (member_key, event_at, event_row) — the rows of
// its own path that pass its conditions, dated at or before the as-of moment — and the sequence a
// CTE of the customers with an A event that has (EXISTS) or lacks (NOT EXISTS) a B event of the
// same customer in [A, A + N days]. The subquery is correlated on the customer key and a time
// range, which DuckDB runs as a semi (or anti) join on the key: no customer is multiplied, no cross
// product is formed.
import type { SequenceCondition, SequenceStep } from './definition';
import type { Clock } from './dates';
import { quoteNumber } from '../sql/quote';
import type { Cte } from './aggregate-sql';
import type { Dialect } from './dialect';

const INDENT = '    ';
const indent = (lines: string[]) => lines.map((l) => INDENT + l);

/** One side's path rows, as compile.ts builds them for a group. */
export interface SideRows {
	/** FROM and JOIN lines of the side's path. */
	from: string[];
	/** AND-ed items (each one or more lines) the path rows must pass: key present, conditions. */
	where: string[][];
	/** The Customer Profile key column. */
	key: string;
	/** The time column, e.g. "Orders"."order_date". */
	time: string;
	timeType: 'date' | 'timestamp';
	/** The table alias of the entity holding the time (whose row id identifies an event). */
	timeAlias: string;
}

export interface SequenceSql {
	ctes: Cte[];
	/** One CTE per sequence: the customers for whom it holds (column member_key). */
	names: string[];
	/**
	 * Per sequence: its sides' event CTEs and the lines of the correlated condition under which
	 * an event `b` of B follows an event `a` of A (what "why in or out" counts for one customer).
	 */
	parts?: { a: string; b: string; follows: string[]; type: 'date' | 'timestamp' }[];
}

/**
 * The CTEs of a group's sequences. `rowsOf` gives a side's path rows; `name(i, part)` the CTE
 * names ('' for the sequence, '_a' and '_b' for its sides).
 */
export function sequenceCtes(
	sequences: SequenceCondition[],
	rowsOf: (side: SequenceStep) => SideRows,
	name: (i: number, part: '' | '_a' | '_b') => string,
	clock: Clock,
	sql: Dialect
): SequenceSql {
	const ctes: Cte[] = [];
	const names: string[] = [];
	const parts: NonNullable<SequenceSql['parts']> = [];
	sequences.forEach((s, i) => {
		const a = rowsOf(s.first);
		const b = rowsOf(s.then);
		// either side a date: both compare as calendar days (a timestamp's day is its date)
		const asDates = a.timeType === 'date' || b.timeType === 'date';
		const [aName, bName, sName] = [name(i, '_a'), name(i, '_b'), name(i, '')];
		ctes.push({ name: aName, body: eventsSql(a, asDates, clock, sql) });
		ctes.push({ name: bName, body: eventsSql(b, asDates, clock, sql) });
		const n = quoteNumber(s.withinDays);
		const upper = asDates ? `a.event_at + ${n}` : sql.plusDays('a.event_at', n);
		// a row never follows itself when both sides are timed by the same entity
		const sameEntity = s.first.time.entity === s.then.time.entity;
		const exists = s.kind === 'followedBy' ? 'EXISTS (' : 'NOT EXISTS (';
		const follows = [
			'b.member_key = a.member_key',
			`AND b.event_at >= a.event_at`,
			`AND b.event_at <= ${upper}`,
			...(sameEntity ? [`AND b.event_row <> a.event_row`] : [])
		];
		parts.push({ a: aName, b: bName, follows, type: asDates ? 'date' : 'timestamp' });
		ctes.push({
			name: sName,
			body: [
				'SELECT DISTINCT a.member_key',
				`FROM ${aName} AS a`,
				`WHERE ${exists}`,
				...indent([
					'SELECT 1',
					`FROM ${bName} AS b`,
					...follows.map((l, k) => (k === 0 ? `WHERE ${l}` : INDENT + l))
				]),
				')'
			]
		});
		names.push(sName);
	});
	return { ctes, names, parts };
}

/** A side's distinct events: (member_key, event_at, event_row), dated at or before the as-of moment. */
export function eventsSql(side: SideRows, asDates: boolean, clock: Clock, sql: Dialect): string[] {
	const cutoff =
		side.timeType === 'date'
			? `${side.time} <= ${sql.date(clock.today)}`
			: `${side.time} <= ${sql.timestamp(clock.now)}`;
	// a timestamp's day is its date on the workspace's wall clock
	const at =
		asDates && side.timeType === 'timestamp' ? `CAST(${sql.local(side.time)} AS DATE)` : side.time;
	const items = [[cutoff], ...side.where];
	return [
		'SELECT DISTINCT',
		...indent([
			`${side.key} AS member_key,`,
			`${at} AS event_at,`,
			`${sql.rowId(side.timeAlias)} AS event_row`
		]),
		...side.from,
		'WHERE',
		...indent(items.flatMap((lines, i) => (i === 0 ? lines : prefixFirst('AND ', lines))))
	];
}

function prefixFirst(prefix: string, lines: string[]): string[] {
	return lines.map((l, i) => (i === 0 ? prefix + l : l));
}
