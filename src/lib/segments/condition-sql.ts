// One condition (leaf) as a SQL boolean expression over a column. Only called for conditions that
// passed validation. Every value reaches the SQL through the dialect's quoting; every time boundary
// is computed in dates.ts and emitted as a literal, so the expression does not depend on the
// engine's clock or zone. What differs between engines goes through the Dialect (dialect.ts).
import type { AttributeType } from './data-model';
import type {
	AggregateComparison,
	AggregateCondition,
	Condition,
	PeriodUnit,
	RelativeUnit
} from './definition';
import {
	DAY_MAX,
	DAY_MIN,
	INSTANT_MAX,
	INSTANT_MIN,
	anniversaryRanges,
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
import { quoteString } from '../sql/quote';
import { duckdbDialect, type Dialect } from './dialect';
import { inTimeZone } from './time-zone';

/** A boundary of a range: the value and whether the range includes it. */
export interface Bound {
	at: number;
	inclusive: boolean;
}

/** A condition and its negation-with-empties, so negative operators read naturally. */
interface Both {
	pos: string;
	neg: string;
}

const orNull = (col: string, expr: string) => `(${col} IS NULL OR ${expr})`;

/**
 * `lo ≤/< col ≤/< hi` over dates (day numbers) or timestamps (instants). A bound beyond the years
 * 1–9999, which no literal can express, is left open; a range that lies wholly beyond them, or is
 * empty, is FALSE. `neg` is the negative form: outside the range, or empty.
 */
function range(
	col: string,
	lo: Bound | null,
	hi: Bound | null,
	domain: { min: number; max: number; literal: (n: number) => string }
): Both {
	const never: Both = { pos: 'FALSE', neg: 'TRUE' };
	if (lo && hi && (lo.at > hi.at || (lo.at === hi.at && !(lo.inclusive && hi.inclusive))))
		return never;
	if (lo && lo.at > domain.max) return never;
	if (hi && hi.at < domain.min) return never;
	const l = lo && lo.at >= domain.min ? lo : null;
	const h = hi && hi.at <= domain.max ? hi : null;
	if (!l && !h) return { pos: `${col} IS NOT NULL`, neg: `${col} IS NULL` };
	if (l && !h) {
		const v = domain.literal(l.at);
		return l.inclusive
			? { pos: `${col} >= ${v}`, neg: orNull(col, `${col} < ${v}`) }
			: { pos: `${col} > ${v}`, neg: orNull(col, `${col} <= ${v}`) };
	}
	if (h && !l) {
		const v = domain.literal(h.at);
		return h.inclusive
			? { pos: `${col} <= ${v}`, neg: orNull(col, `${col} > ${v}`) }
			: { pos: `${col} < ${v}`, neg: orNull(col, `${col} >= ${v}`) };
	}
	const a = l as Bound;
	const b = h as Bound;
	const [va, vb] = [domain.literal(a.at), domain.literal(b.at)];
	if (a.at === b.at) return { pos: `${col} = ${va}`, neg: orNull(col, `${col} <> ${va}`) };
	if (a.inclusive && b.inclusive)
		return {
			pos: `${col} BETWEEN ${va} AND ${vb}`,
			neg: orNull(col, `${col} NOT BETWEEN ${va} AND ${vb}`)
		};
	const lower = a.inclusive ? ['>=', '<'] : ['>', '<='];
	const upper = b.inclusive ? ['<=', '>'] : ['<', '>='];
	return {
		pos: `(${col} ${lower[0]} ${va} AND ${col} ${upper[0]} ${vb})`,
		neg: `(${col} IS NULL OR ${col} ${lower[1]} ${va} OR ${col} ${upper[1]} ${vb})`
	};
}

const datesIn = (sql: Dialect) => ({
	min: DAY_MIN,
	max: DAY_MAX,
	literal: (d: number) => sql.date(isoFromDay(d))
});
const instantsIn = (sql: Dialect) => ({
	min: INSTANT_MIN,
	max: INSTANT_MAX,
	literal: (t: number) => sql.timestamp(isoFromInstant(t))
});

const EMPTY = quoteString('');
const incl = (at: number): Bound => ({ at, inclusive: true });
const excl = (at: number): Bound => ({ at, inclusive: false });

export function conditionSql(
	col: string,
	type: AttributeType,
	c: Condition,
	clock: Clock,
	dialect: Dialect = duckdbDialect
): string {
	const sql = inTimeZone(dialect, clock.zone);
	// empty text is NULL or ''; other types are empty only when NULL
	if (c.operator === 'isEmpty')
		return type === 'string' ? `(${col} IS NULL OR ${col} = ${EMPTY})` : `${col} IS NULL`;
	if (c.operator === 'isNotEmpty')
		return type === 'string' ? `(${col} IS NOT NULL AND ${col} <> ${EMPTY})` : `${col} IS NOT NULL`;
	switch (type) {
		case 'number':
			return numberSql(col, c, sql);
		case 'string':
			return stringSql(col, c, sql);
		case 'boolean':
			return c.operator === 'isTrue' ? `${col} = TRUE` : `${col} = FALSE`;
		case 'date':
		case 'timestamp':
			return temporalSql(col, type, c, clock, sql);
	}
}

function numberSql(col: string, c: Condition, sql: Dialect): string {
	const v = (x: unknown) => sql.number(x as number);
	switch (c.operator) {
		case 'equals':
			return `${col} = ${v(c.value)}`;
		case 'notEquals':
			return orNull(col, `${col} <> ${v(c.value)}`);
		case 'greaterThan':
			return `${col} > ${v(c.value)}`;
		case 'atLeast':
			return `${col} >= ${v(c.value)}`;
		case 'lessThan':
			return `${col} < ${v(c.value)}`;
		case 'atMost':
			return `${col} <= ${v(c.value)}`;
		case 'between':
		case 'notBetween': {
			const r = c.value as { from: number; to: number };
			const between = `BETWEEN ${v(r.from)} AND ${v(r.to)}`;
			return c.operator === 'between' ? `${col} ${between}` : orNull(col, `${col} NOT ${between}`);
		}
		case 'inList':
		case 'notInList': {
			const list = (c.value as number[]).map(v).join(', ');
			return c.operator === 'inList'
				? `${col} IN (${list})`
				: orNull(col, `${col} NOT IN (${list})`);
		}
	}
	throw new Error(`Operator ${c.operator} does not apply to a number.`);
}

/** Text comparisons ignore case unless asked not to: lower() on both sides, in SQL. */
function stringSql(col: string, c: Condition, sql: Dialect): string {
	const matchCase = 'matchCase' in c && c.matchCase === true;
	const x = matchCase ? col : sql.lower(col);
	const lit = (s: unknown) =>
		matchCase ? sql.string(s as string) : sql.lower(sql.string(s as string));
	// negative operators also match empty text: NULL or ''
	const orEmpty = (expr: string) => `(${col} IS NULL OR ${col} = ${EMPTY} OR ${expr})`;
	switch (c.operator) {
		case 'equals':
			return `${x} = ${lit(c.value)}`;
		case 'notEquals':
			return orEmpty(`${x} <> ${lit(c.value)}`);
		// contains/starts_with/ends_with rather than LIKE: % and _ in the value are plain characters
		case 'contains':
			return sql.contains(x, lit(c.value));
		case 'notContains':
			return orEmpty(`NOT ${sql.contains(x, lit(c.value))}`);
		case 'startsWith':
			return sql.startsWith(x, lit(c.value));
		case 'endsWith':
			return sql.endsWith(x, lit(c.value));
		case 'inList':
		case 'notInList': {
			const list = (c.value as string[]).map(lit).join(', ');
			return c.operator === 'inList' ? `${x} IN (${list})` : orEmpty(`${x} NOT IN (${list})`);
		}
	}
	throw new Error(`Operator ${c.operator} does not apply to text.`);
}

const PERIOD_OFFSET = { lastPeriod: -1, thisPeriod: 0, nextPeriod: 1 } as const;

/**
 * Dates compare as whole days; timestamps as instants, where a day d covers [d 00:00, d+1 00:00)
 * and a date-and-time value is used exactly as given.
 */
function temporalSql(
	col: string,
	type: 'date' | 'timestamp',
	c: Condition,
	clock: Clock,
	sql: Dialect
): string {
	const DATES = datesIn(sql);
	const INSTANTS = instantsIn(sql);
	const today = dayFromIso(clock.today);
	const now = instantFromIso(clock.now);
	const isDate = type === 'date';
	const domain = isDate ? DATES : INSTANTS;
	const isDateOnly = (s: string) => s.length === 10;
	/** A span of whole days [first, last] in this column's terms. */
	const days = (first: number, last: number): Both =>
		isDate
			? range(col, incl(first), incl(last), DATES)
			: range(col, incl(instantFromDay(first)), excl(instantFromDay(last + 1)), INSTANTS);
	/** today ± n units, or now ± n units for timestamps. */
	const shifted = (r: { amount: number; unit: RelativeUnit }, sign: 1 | -1) =>
		isDate ? addUnits(today, sign * r.amount, r.unit) : shiftInstant(now, sign * r.amount, r.unit);
	const current = isDate ? today : now;

	switch (c.operator) {
		case 'on': {
			const d = dayFromIso(c.value as string);
			return days(d, d).pos;
		}
		case 'before': {
			const s = c.value as string;
			return range(col, null, excl(isDate ? dayFromIso(s) : instantFromIso(s)), domain).pos;
		}
		case 'after': {
			const s = c.value as string;
			if (isDate) return range(col, excl(dayFromIso(s)), null, DATES).pos;
			const lo = isDateOnly(s) ? incl(instantFromDay(dayFromIso(s) + 1)) : excl(instantFromIso(s));
			return range(col, lo, null, INSTANTS).pos;
		}
		case 'between': {
			const { from, to } = c.value as { from: string; to: string };
			if (isDate) return days(dayFromIso(from), dayFromIso(to)).pos;
			const hi = isDateOnly(to)
				? excl(instantFromDay(dayFromIso(to) + 1))
				: incl(instantFromIso(to));
			return range(col, incl(instantFromIso(from)), hi, INSTANTS).pos;
		}
		case 'inLast':
		case 'notInLast': {
			const r = c.value as { amount: number; unit: RelativeUnit };
			const both = range(col, incl(shifted(r, -1)), incl(current), domain);
			return c.operator === 'inLast' ? both.pos : both.neg;
		}
		case 'inNext':
			return range(col, incl(current), incl(shifted(c.value as never, 1)), domain).pos;
		case 'moreThanAgo':
			return range(col, null, excl(shifted(c.value as never, -1)), domain).pos;
		case 'today':
			return days(today, today).pos;
		case 'yesterday':
			return days(today - 1, today - 1).pos;
		case 'thisPeriod':
		case 'lastPeriod':
		case 'nextPeriod': {
			const unit = (c.value as { unit: PeriodUnit }).unit;
			const p = periodRange(today, unit, PERIOD_OFFSET[c.operator]);
			return days(p.start, p.end).pos;
		}
		case 'dayOfWeek': {
			const list = [...new Set(c.value as number[])].sort((a, b) => a - b);
			const dow = sql.isoDayOfWeek(isDate ? col : sql.local(col));
			return list.length === 1
				? `${dow} = ${sql.number(list[0] as number)}`
				: `${dow} IN (${list.map((n) => sql.number(n)).join(', ')})`;
		}
		case 'anniversaryWithin': {
			const ranges = anniversaryRanges(today, (c.value as { amount: number }).amount);
			if (ranges === 'all') return `${col} IS NOT NULL`;
			const md = sql.monthDay(isDate ? col : sql.local(col));
			const parts = ranges.map((r) =>
				r.from === r.to
					? `${md} = ${sql.string(r.from)}`
					: `${md} BETWEEN ${sql.string(r.from)} AND ${sql.string(r.to)}`
			);
			return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`;
		}
	}
	throw new Error(`Operator ${c.operator} does not apply to a ${type}.`);
}

/**
 * The comparison of an aggregate (`expr`, e.g. `sum(a0_value)`) with its value. A NULL aggregate
 * (no values) makes every comparison false, notEquals included. For the earliest/latest of a
 * timestamp, a date value means the whole day, as in conditions.
 */
export function aggregateComparisonSql(
	expr: string,
	valueType: 'number' | 'date' | 'timestamp',
	operator: AggregateComparison,
	value: AggregateCondition['value'],
	sql: Dialect = duckdbDialect
): string {
	if (valueType === 'number') {
		const v = (x: unknown) => sql.number(x as number);
		if (operator === 'between') {
			const r = value as { from: number; to: number };
			return `${expr} BETWEEN ${v(r.from)} AND ${v(r.to)}`;
		}
		return `${expr} ${COMPARISON[operator]} ${v(value)}`;
	}
	const isDate = valueType === 'date';
	const domain = isDate ? datesIn(sql) : instantsIn(sql);
	// A value as bounds: where it starts and how it ends. A date on a timestamp spans its whole
	// day [d 00:00, d+1 00:00); a date-and-time (or a date on a DATE) is a single point.
	const first = (s: string): Bound => incl(isDate ? dayFromIso(s) : instantFromIso(s));
	const last = (s: string): Bound =>
		isDate
			? incl(dayFromIso(s))
			: s.length === 10
				? excl(instantFromDay(dayFromIso(s) + 1))
				: incl(instantFromIso(s));
	/** Strictly after the value: past its last point. */
	const beyond = (s: string): Bound => {
		const end = last(s);
		return end.inclusive ? excl(end.at) : incl(end.at);
	};
	if (operator === 'between') {
		const r = value as { from: string; to: string };
		return range(expr, first(r.from), last(r.to), domain).pos;
	}
	const s = value as string;
	switch (operator) {
		case 'equals':
		case 'notEquals': {
			const on = range(expr, first(s), last(s), domain).pos;
			if (operator === 'equals') return on;
			return on === 'FALSE' ? `${expr} IS NOT NULL` : `NOT (${on})`;
		}
		case 'greaterThan':
			return range(expr, beyond(s), null, domain).pos;
		case 'atLeast':
			return range(expr, first(s), null, domain).pos;
		case 'lessThan':
			return range(expr, null, excl(first(s).at), domain).pos;
		case 'atMost':
			return range(expr, null, last(s), domain).pos;
	}
}

const COMPARISON = {
	equals: '=',
	notEquals: '<>',
	greaterThan: '>',
	atLeast: '>=',
	lessThan: '<',
	atMost: '<='
} as const;
