// Lifecycle conditions as SQL: stopped, restarted and regularly active. The customer's activity is
// the group's own passing rows, dated by the chosen attribute at or before the as-of moment (the
// events of sequence-sql.ts); each condition is one CTE grouping them by customer, with the window
// boundaries computed in dates.ts and emitted as literals, like every relative date.
import type { LifecycleCondition } from './definition';
import {
	DAY_MIN,
	INSTANT_MIN,
	addUnits,
	dayFromIso,
	instantFromDay,
	instantFromIso,
	isoFromDay,
	isoFromInstant,
	periodRange,
	shiftInstant,
	type Clock
} from './dates';
import { quoteNumber } from '../sql/quote';
import type { Cte } from './aggregate-sql';
import type { Dialect } from './dialect';
import { eventsSql, type SideRows } from './sequence-sql';

export interface LifecycleSql {
	ctes: Cte[];
	/** One CTE per condition: the customers for whom it holds (column member_key). */
	names: string[];
	/**
	 * Per condition: its events CTE and the aggregates over one customer's events that decide it
	 * (rows in each window, or active periods; the latest event) — what "why in or out" shows.
	 */
	parts: {
		events: string;
		columns: [LifecycleColumn, string][];
		/** The type of event_at. */
		type: 'date' | 'timestamp';
	}[];
}

export type LifecycleColumn = 'recent' | 'previous' | 'earlier' | 'periods' | 'last_at';

/** Where the windows start: the recent one, the previous one (which ends where recent starts). */
export function lifecycleBounds(
	c: Extract<LifecycleCondition, { kind: 'stopped' | 'restarted' }>,
	type: 'date' | 'timestamp',
	clock: Clock
): { recent: number; previous: number } {
	if (type === 'date') {
		const recent = Math.max(
			DAY_MIN,
			addUnits(dayFromIso(clock.today), -c.recent.amount, c.recent.unit)
		);
		const previous = Math.max(DAY_MIN, addUnits(recent, -c.previous.amount, c.previous.unit));
		return { recent, previous };
	}
	const recent = Math.max(
		INSTANT_MIN,
		shiftInstant(instantFromIso(clock.now), -c.recent.amount, c.recent.unit)
	);
	const previous = Math.max(INSTANT_MIN, shiftInstant(recent, -c.previous.amount, c.previous.unit));
	return { recent, previous };
}

/** The first day of the earliest of the last `periods` weeks or months (the current one included). */
export function regularStart(
	c: Extract<LifecycleCondition, { kind: 'regularly' }>,
	clock: Clock
): number {
	return Math.max(DAY_MIN, periodRange(dayFromIso(clock.today), c.unit, -(c.periods - 1)).start);
}

/** The CTEs of a group's lifecycle conditions; `rowsOf` gives the group's rows dated by `time`. */
export function lifecycleCtes(
	lifecycles: LifecycleCondition[],
	rowsOf: (time: LifecycleCondition['time']) => SideRows,
	name: (i: number, part: '' | '_e') => string,
	clock: Clock,
	sql: Dialect
): LifecycleSql {
	const ctes: Cte[] = [];
	const names: string[] = [];
	const parts: LifecycleSql['parts'] = [];
	lifecycles.forEach((c, i) => {
		const rows = rowsOf(c.time);
		const literal = (n: number) =>
			rows.timeType === 'date' ? sql.date(isoFromDay(n)) : sql.timestamp(isoFromInstant(n));
		const [events, cte] = [name(i, '_e'), name(i, '')];
		ctes.push({ name: events, body: eventsSql(rows, rows.timeType === 'date', clock, sql) });
		let having: string[];
		if (c.kind === 'regularly') {
			const start = regularStart(c, clock);
			const from = rows.timeType === 'date' ? start : instantFromDay(start);
			// the week or month a timestamp falls in is read on the workspace's wall clock
			const period = sql.truncate(
				c.unit,
				rows.timeType === 'date' ? 'event_at' : sql.local('event_at')
			);
			const periods = `count(DISTINCT CASE WHEN event_at >= ${literal(from)} THEN ${period} END)`;
			having = [`${periods} >= ${quoteNumber(c.atLeast)}`];
			parts.push({
				events,
				type: rows.timeType,
				columns: [
					['periods', periods],
					['last_at', 'max(event_at)']
				]
			});
		} else {
			const { recent, previous } = lifecycleBounds(c, rows.timeType, clock);
			const [r, p] = [literal(recent), literal(previous)];
			const inRecent = `count(*) FILTER (WHERE event_at >= ${r})`;
			const inPrevious = `count(*) FILTER (WHERE event_at >= ${p} AND event_at < ${r})`;
			const earlier = `count(*) FILTER (WHERE event_at < ${p})`;
			parts.push({
				events,
				type: rows.timeType,
				columns: [
					['recent', inRecent],
					['previous', inPrevious],
					['earlier', earlier],
					['last_at', 'max(event_at)']
				]
			});
			having =
				c.kind === 'stopped'
					? [`${inPrevious} > 0`, `AND ${inRecent} = 0`]
					: [`${inRecent} > 0`, `AND ${inPrevious} = 0`, `AND ${earlier} > 0`];
		}
		ctes.push({
			name: cte,
			body: [
				'SELECT member_key',
				`FROM ${events}`,
				'GROUP BY member_key',
				`HAVING ${having[0] as string}`,
				...having.slice(1).map((l) => `    ${l}`)
			]
		});
		names.push(cte);
	});
	return { ctes, names, parts };
}
