// A plain-TypeScript evaluator of what a segment definition means, written from the specification
// and NOT from compile.ts, so that comparing the two on random inputs tests the SQL. It walks the
// path join row by row, evaluates conditions on JS values and computes aggregates over distinct rows.
// Calendar arithmetic (adding months with clamping) is shared with the compiler through dates.ts;
// everything else — periods, weekdays, anniversaries, empties, case — is decided here on its own.
import type { DataModel } from '../../src/lib/segments/data-model';
import type {
	AggregateCondition,
	Condition,
	ConditionNode,
	Group,
	RankCondition,
	RelativeUnit,
	SegmentDefinition,
	LifecycleCondition,
	SequenceCondition,
	SequenceStep
} from '../../src/lib/segments/definition';
import {
	addUnits,
	dayFromIso,
	effectiveClock,
	instantFromIso,
	type Clock
} from '../../src/lib/segments/dates';

/** A cell: dates are 'YYYY-MM-DD', timestamps 'YYYY-MM-DD HH:MM:SS' (whole seconds). */
export type Cell = number | string | boolean | null;
export type Row = Record<string, Cell>;
/** Rows by entity name. */
export type Tables = Record<string, Row[]>;

export interface Evaluation {
	members: Set<string>;
	groups: Set<string>[];
}

const DAY = 86_400;

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A data timestamp (an instant in UTC, 'YYYY-MM-DD HH:MM:SS') as the workspace zone's wall clock
 * reads it — the specification: every relative date, calendar day, week and month of a timestamp
 * is read on that clock. Read off Intl directly, not through the compiler's time-zone.ts. Dates
 * (10 characters) are never shifted.
 */
export function wall(v: string, zone: string | undefined): string {
	if (!zone || zone === 'UTC' || v.length <= 10) return v;
	let f = wallFormats.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		wallFormats.set(zone, f);
	}
	const p: Record<string, string> = {};
	for (const part of f.formatToParts(new Date(`${v.slice(0, 19).replace(' ', 'T')}Z`)))
		p[part.type] = part.value;
	return `${(p.year ?? '').padStart(4, '0')}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

export function evaluateSegment(
	definition: SegmentDefinition,
	model: DataModel,
	tables: Tables,
	clock: Clock
): Evaluation {
	const at = effectiveClock(definition, clock);
	const groups = definition.groups.map((g) => evaluateGroup(g, model, tables, at));
	let members = new Set(groups[0]);
	definition.groups.forEach((g, i) => {
		if (i === 0) return;
		const other = groups[i] as Set<string>;
		if (g.operator === 'union') members = new Set([...members, ...other]);
		else if (g.operator === 'intersect')
			members = new Set([...members].filter((k) => other.has(k)));
		else members = new Set([...members].filter((k) => !other.has(k)));
	});
	return { members, groups };
}

/** Member keys are compared as text, the way they come back from DuckDB and String(). */
export function keyText(v: Cell): string {
	return String(v);
}

type CellOf = (combo: number[], entity: string, attribute: string) => Cell;

/** Every row of a path's inner joins, as row indexes per entity along it. */
function pathRows(
	path: Group['path'],
	model: DataModel,
	tables: Tables
): { entities: string[]; combos: number[][]; cell: CellOf } {
	// the entities along the path and, per hop, the join columns
	const entities = [path.start];
	const joins: { left: string; right: string }[] = [];
	for (const step of path.steps) {
		const rel = model.relationships.find((r) => r.name === step.relationship);
		if (!rel) throw new Error(`reference: no relationship ${step.relationship}`);
		if (step.direction === 'forward') {
			joins.push({ left: rel.from.attribute, right: rel.to.attribute });
			entities.push(rel.to.entity);
		} else {
			joins.push({ left: rel.to.attribute, right: rel.from.attribute });
			entities.push(rel.from.entity);
		}
	}
	const rowsOf = (e: string) => tables[e] ?? [];

	// every combination of row indexes that the inner joins keep
	let combos: number[][] = rowsOf(entities[0] as string).map((_r, i) => [i]);
	joins.forEach((join, h) => {
		const leftRows = rowsOf(entities[h] as string);
		const rightRows = rowsOf(entities[h + 1] as string);
		const next: number[][] = [];
		for (const combo of combos) {
			const a = (leftRows[combo[h] as number] as Row)[join.left] ?? null;
			rightRows.forEach((row, j) => {
				const b = row[join.right] ?? null;
				if (a !== null && b !== null && a === b) next.push([...combo, j]);
			});
		}
		combos = next;
	});

	const cell = (combo: number[], entity: string, attribute: string): Cell => {
		const i = entities.indexOf(entity);
		return (rowsOf(entity)[combo[i] as number] as Row)[attribute] ?? null;
	};
	return { entities, combos, cell };
}

export function evaluateGroup(
	group: Group,
	model: DataModel,
	tables: Tables,
	clock: Clock
): Set<string> {
	// a customer must meet every sequence and lifecycle condition too; a ranking ranks only those
	const held = [
		...(group.sequences ?? []).map((s) => sequenceMembers(s, model, tables, clock)),
		...(group.lifecycles ?? []).map((c) => lifecycleMembers(c, group, model, tables, clock))
	];
	return evaluateGroupCore(group, model, tables, clock, (k) => held.every((m) => m.has(k)));
}

function evaluateGroupCore(
	group: Group,
	model: DataModel,
	tables: Tables,
	clock: Clock,
	sequencesHold: (k: string) => boolean
): Set<string> {
	const rowsOf = (e: string) => tables[e] ?? [];
	const { entities, combos, cell } = pathRows(group.path, model, tables);
	const profile = model.profile;
	if (!profile) throw new Error('reference: no profile');
	const passing = combos.filter(
		(combo) =>
			cell(combo, profile.entity, profile.key) !== null &&
			(group.where === null || holds(group.where, combo, cell, model, clock))
	);
	const keys = new Set(passing.map((c) => keyText(cell(c, profile.entity, profile.key))));
	if (group.aggregates.length === 0 && !group.rank) return new Set([...keys].filter(sequencesHold));

	/** The distinct rows of `entity` on the passing path rows that end at customer k. */
	const rowsFor = (k: string, entity: string): Row[] => {
		const position = entities.indexOf(entity);
		const combosOfK = passing.filter((c) => keyText(cell(c, profile.entity, profile.key)) === k);
		const rowIndexes = new Set(combosOfK.map((c) => c[position] as number));
		return [...rowIndexes].map((i) => rowsOf(entity)[i] as Row);
	};
	// customers no passing row reaches take part only when every aggregate counts them as 0
	const everyone = (tables[profile.entity] ?? [])
		.map((r) => r[profile.key] ?? null)
		.filter((v) => v !== null)
		.map(keyText);
	const zeroToo = group.aggregates.length > 0 && group.aggregates.every((a) => a.includeZero);
	const candidates = new Set([...keys, ...(zeroToo ? everyone : [])]);
	const members = [...candidates].filter(sequencesHold).filter((k) =>
		group.aggregates.every((a) => {
			const rows = keys.has(k) ? rowsFor(k, a.entity) : [];
			if (rows.length === 0 && !a.includeZero) return false;
			return aggregateHolds(a, rows, model, clock);
		})
	);
	if (!group.rank) return new Set(members);
	return rankMembers(
		group.rank,
		members,
		(k) => rowsFor(k, (group.rank as RankCondition).entity),
		tables,
		profile,
		clock.zone
	);
}

/**
 * The top or bottom of `members` by the ranking value (members without a value drop out), ties
 * by the customer key, smallest first (keys compared as the values they are: numbers as numbers).
 */
function rankMembers(
	rank: RankCondition,
	members: string[],
	rowsOf: (k: string) => Row[],
	tables: Tables,
	profile: { entity: string; key: string },
	zone: string | undefined
): Set<string> {
	const keyValue = new Map<string, Cell>();
	for (const r of tables[profile.entity] ?? []) {
		const v = r[profile.key] ?? null;
		if (v !== null) keyValue.set(keyText(v), v);
	}
	const valued = members
		.map((k) => {
			// a customer without rows (a member through includeZero) is not ranked, even by a count
			const rows = rowsOf(k);
			return { k, v: rows.length ? aggregateValue(rank, rows, zone) : null };
		})
		.filter((x): x is { k: string; v: number | string } => x.v !== null);
	const sign = rank.direction === 'top' ? -1 : 1;
	const cmp = (a: Cell, b: Cell) =>
		(a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
	valued.sort(
		(a, b) => sign * cmp(a.v, b.v) || cmp(keyValue.get(a.k) ?? a.k, keyValue.get(b.k) ?? b.k)
	);
	const m = valued.length;
	const keep = rank.unit === 'percent' ? Math.ceil((m * rank.amount) / 100) : rank.amount;
	return new Set(valued.slice(0, keep).map((x) => x.k));
}

function holds(
	node: ConditionNode,
	combo: number[],
	cell: CellOf,
	model: DataModel,
	clock: Clock
): boolean {
	if (node.kind === 'and') return node.children.every((c) => holds(c, combo, cell, model, clock));
	if (node.kind === 'or') return node.children.some((c) => holds(c, combo, cell, model, clock));
	const c = node as Condition;
	const type = model.entities
		.find((e) => e.name === c.entity)
		?.attributes.find((a) => a.name === c.attribute)?.type;
	const v = cell(combo, c.entity, c.attribute);
	switch (type) {
		case 'number':
			return numberHolds(c, v as number | null);
		case 'string':
			return stringHolds(c, v as string | null);
		case 'boolean':
			return booleanHolds(c, v as boolean | null);
		case 'date':
			return dateHolds(c, v as string | null, clock);
		case 'timestamp':
			return timestampHolds(c, v as string | null, clock);
		default:
			throw new Error(`reference: unknown attribute ${c.entity}.${c.attribute}`);
	}
}

const val = (c: Condition): unknown => ('value' in c ? c.value : undefined);

function numberHolds(c: Condition, v: number | null): boolean {
	const x = val(c);
	switch (c.operator) {
		case 'isEmpty':
			return v === null;
		case 'isNotEmpty':
			return v !== null;
		case 'equals':
			return v !== null && v === x;
		case 'notEquals':
			return v === null || v !== x;
		case 'greaterThan':
			return v !== null && v > (x as number);
		case 'atLeast':
			return v !== null && v >= (x as number);
		case 'lessThan':
			return v !== null && v < (x as number);
		case 'atMost':
			return v !== null && v <= (x as number);
		case 'between':
		case 'notBetween': {
			const r = x as { from: number; to: number };
			const inside = v !== null && r.from <= v && v <= r.to;
			return c.operator === 'between' ? inside : v === null || !inside;
		}
		case 'inList':
			return v !== null && (x as number[]).includes(v);
		case 'notInList':
			return v === null || !(x as number[]).includes(v);
	}
	throw new Error(`reference: ${c.operator} on a number`);
}

function stringHolds(c: Condition, v: string | null): boolean {
	const matchCase = 'matchCase' in c && c.matchCase === true;
	const norm = (s: string) => (matchCase ? s : s.toLowerCase());
	const empty = v === null || v === '';
	const x = val(c);
	switch (c.operator) {
		case 'isEmpty':
			return empty;
		case 'isNotEmpty':
			return !empty;
		case 'equals':
			return v !== null && norm(v) === norm(x as string);
		case 'notEquals':
			return empty || norm(v) !== norm(x as string);
		case 'contains':
			return v !== null && norm(v).includes(norm(x as string));
		case 'notContains':
			return empty || !norm(v).includes(norm(x as string));
		case 'startsWith':
			return v !== null && norm(v).startsWith(norm(x as string));
		case 'endsWith':
			return v !== null && norm(v).endsWith(norm(x as string));
		case 'inList':
			return v !== null && (x as string[]).some((s) => norm(s) === norm(v));
		case 'notInList':
			return empty || !(x as string[]).some((s) => norm(s) === norm(v));
	}
	throw new Error(`reference: ${c.operator} on text`);
}

function booleanHolds(c: Condition, v: boolean | null): boolean {
	switch (c.operator) {
		case 'isTrue':
			return v === true;
		case 'isFalse':
			return v === false;
		case 'isEmpty':
			return v === null;
		case 'isNotEmpty':
			return v !== null;
	}
	throw new Error(`reference: ${c.operator} on a boolean`);
}

// ---- calendar, independently of the compiler's helpers ------------------------------------

function ymd(day: number): { y: number; m: number; d: number } {
	const dt = new Date(day * DAY * 1000);
	return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
function isoDow(day: number): number {
	const js = new Date(day * DAY * 1000).getUTCDay(); // 0 = Sunday
	return js === 0 ? 7 : js;
}
const leap = (y: number) => new Date(Date.UTC(y, 1, 29)).getUTCMonth() === 1;

/** Is `day` in the week/month/quarter/year that is `offset` periods from the one holding `today`? */
function inPeriod(day: number, today: number, unit: string, offset: number): boolean {
	const a = ymd(day);
	const t = ymd(today);
	switch (unit) {
		case 'week':
			return day - (isoDow(day) - 1) === today - (isoDow(today) - 1) + 7 * offset;
		case 'month':
			return a.y * 12 + a.m === t.y * 12 + t.m + offset;
		case 'quarter':
			return a.y * 4 + Math.floor((a.m - 1) / 3) === t.y * 4 + Math.floor((t.m - 1) / 3) + offset;
		case 'year':
			return a.y === t.y + offset;
	}
	throw new Error(`reference: unit ${unit}`);
}

function anniversaryWithin(day: number, today: number, n: number): boolean {
	const v = ymd(day);
	for (let t = today; t <= today + n; t++) {
		const w = ymd(t);
		if (w.m === v.m && w.d === v.d) return true;
		if (v.m === 2 && v.d === 29 && w.m === 2 && w.d === 28 && !leap(w.y)) return true;
	}
	return false;
}

const PERIOD_OFFSET: Record<string, number> = { lastPeriod: -1, thisPeriod: 0, nextPeriod: 1 };

/** Operators that only look at the calendar day, for dates and timestamps alike. */
function calendarHolds(c: Condition, day: number, today: number): boolean | undefined {
	const x = val(c);
	switch (c.operator) {
		case 'today':
			return day === today;
		case 'yesterday':
			return day === today - 1;
		case 'thisPeriod':
		case 'lastPeriod':
		case 'nextPeriod':
			return inPeriod(
				day,
				today,
				(x as { unit: string }).unit,
				PERIOD_OFFSET[c.operator] as number
			);
		case 'dayOfWeek':
			return (x as number[]).includes(isoDow(day));
		case 'anniversaryWithin':
			return anniversaryWithin(day, today, (x as { amount: number }).amount);
	}
	return undefined;
}

function dateHolds(c: Condition, v: string | null, clock: Clock): boolean {
	if (c.operator === 'isEmpty') return v === null;
	if (c.operator === 'isNotEmpty') return v !== null;
	if (c.operator === 'notInLast')
		return v === null || !dateHolds({ ...c, operator: 'inLast' }, v, clock);
	if (v === null) return false;
	const day = dayFromIso(v);
	const today = dayFromIso(clock.today);
	const calendar = calendarHolds(c, day, today);
	if (calendar !== undefined) return calendar;
	const x = val(c);
	const rel = x as { amount: number; unit: RelativeUnit };
	switch (c.operator) {
		case 'on':
			return day === dayFromIso(x as string);
		case 'before':
			return day < dayFromIso(x as string);
		case 'after':
			return day > dayFromIso(x as string);
		case 'between': {
			const r = x as { from: string; to: string };
			return dayFromIso(r.from) <= day && day <= dayFromIso(r.to);
		}
		case 'inLast':
			return addUnits(today, -rel.amount, rel.unit) <= day && day <= today;
		case 'inNext':
			return today <= day && day <= addUnits(today, rel.amount, rel.unit);
		case 'moreThanAgo':
			return day < addUnits(today, -rel.amount, rel.unit);
	}
	throw new Error(`reference: ${c.operator} on a date`);
}

/** now shifted by whole calendar units, keeping the time of day. */
function shiftNow(now: number, amount: number, unit: RelativeUnit): number {
	const day = Math.floor(now / DAY);
	return addUnits(day, amount, unit) * DAY + (now - day * DAY);
}

function timestampHolds(c: Condition, v: string | null, clock: Clock): boolean {
	if (c.operator === 'isEmpty') return v === null;
	if (c.operator === 'isNotEmpty') return v !== null;
	if (c.operator === 'notInLast')
		return v === null || !timestampHolds({ ...c, operator: 'inLast' }, v, clock);
	if (v === null) return false;
	const t = instantFromIso(wall(v, clock.zone));
	const day = Math.floor(t / DAY);
	const today = dayFromIso(clock.today);
	const now = instantFromIso(clock.now);
	const calendar = calendarHolds(c, day, today);
	if (calendar !== undefined) return calendar;
	const x = val(c);
	const rel = x as { amount: number; unit: RelativeUnit };
	const midnight = (s: string) => dayFromIso(s) * DAY;
	const isDate = (s: string) => s.length === 10;
	switch (c.operator) {
		case 'on':
			return midnight(x as string) <= t && t < midnight(x as string) + DAY;
		case 'before':
			return t < instantFromIso(x as string);
		case 'after':
			return isDate(x as string)
				? t >= midnight(x as string) + DAY
				: t > instantFromIso(x as string);
		case 'between': {
			const r = x as { from: string; to: string };
			const upper = isDate(r.to) ? t < midnight(r.to) + DAY : t <= instantFromIso(r.to);
			return instantFromIso(r.from) <= t && upper;
		}
		case 'inLast':
			return shiftNow(now, -rel.amount, rel.unit) <= t && t <= now;
		case 'inNext':
			return now <= t && t <= shiftNow(now, rel.amount, rel.unit);
		case 'moreThanAgo':
			return t < shiftNow(now, -rel.amount, rel.unit);
	}
	throw new Error(`reference: ${c.operator} on a timestamp`);
}

// ---- aggregates ----------------------------------------------------------------------------

/** The app sums exact decimals (9 places), so the order of the rows cannot change the result. */
function exactSum(values: number[]): number {
	const total = values.reduce((s, x) => s + BigInt(Math.round(x * 1e9)), 0n);
	return Number(total) / 1e9;
}

/** The aggregate's value over `rows` (distinct rows of its entity); null when it has none. */
function aggregateValue(
	a: { function: AggregateCondition['function']; attribute?: string },
	rows: Row[],
	zone: string | undefined
): number | string | null {
	const values =
		a.function === 'count'
			? []
			: rows.map((r) => r[a.attribute as string] ?? null).filter((v) => v !== null);
	// a timestamp's day, week and month are the wall clock's
	const distinct = (f: (v: string) => string | number) =>
		new Set((values as string[]).map((v) => f(wall(v, zone)))).size;
	switch (a.function) {
		case 'count':
			return rows.length;
		case 'countDistinct':
			return new Set(values).size;
		case 'sum':
			return values.length ? exactSum(values as number[]) : null;
		case 'avg':
			return values.length ? exactSum(values as number[]) / values.length : null;
		case 'min':
		case 'max': {
			if (!values.length) return null;
			const sorted = [...(values as (number | string)[])].sort((x, y) =>
				x < y ? -1 : x > y ? 1 : 0
			);
			return (a.function === 'min' ? sorted[0] : sorted[sorted.length - 1]) as number | string;
		}
		// the calendar day of a date or of a timestamp 'YYYY-MM-DD HH:MM:SS'
		case 'distinctDays':
			return distinct((v) => v.slice(0, 10));
		case 'distinctWeeks':
			return distinct((v) => {
				const day = dayFromIso(v.slice(0, 10));
				return day - (isoDow(day) - 1);
			});
		case 'distinctMonths':
			return distinct((v) => v.slice(0, 7));
	}
}

const COMPARISONS = [
	'equals',
	'notEquals',
	'greaterThan',
	'atLeast',
	'lessThan',
	'atMost',
	'between'
];

function aggregateHolds(
	a: AggregateCondition,
	rows: Row[],
	model: DataModel,
	clock: Clock
): boolean {
	const type = model.entities
		.find((e) => e.name === a.entity)
		?.attributes.find((x) => x.name === a.attribute)?.type;
	const result = aggregateValue(a, rows, clock.zone);
	if (result === null) return false;
	if (typeof result === 'number') return compareNumber(a, result);
	if (COMPARISONS.includes(a.operator))
		return compareTemporal(a, wall(result, clock.zone), type === 'date');
	// a relative date operator: the earliest/latest value read like a condition on one row
	const c = { operator: a.operator, value: a.value } as unknown as Condition;
	return type === 'date' ? dateHolds(c, result, clock) : timestampHolds(c, result, clock);
}

function compareNumber(a: AggregateCondition, x: number): boolean {
	const v = a.value as number;
	switch (a.operator) {
		case 'equals':
			return x === v;
		case 'notEquals':
			return x !== v;
		case 'greaterThan':
			return x > v;
		case 'atLeast':
			return x >= v;
		case 'lessThan':
			return x < v;
		case 'atMost':
			return x <= v;
		case 'between': {
			const r = a.value as { from: number; to: number };
			return r.from <= x && x <= r.to;
		}
	}
	throw new Error(`reference: ${a.operator} on a number`);
}

/**
 * min/max of a date or timestamp against a date (a whole day) or a date and time (an instant).
 * For a DATE attribute every value is a day; for a timestamp, work in instants.
 */
function compareTemporal(a: AggregateCondition, x: string, isDateAttribute: boolean): boolean {
	// [start, end) of a value in the attribute's unit
	const span = (s: string): [number, number] => {
		if (isDateAttribute) return [dayFromIso(s), dayFromIso(s) + 1];
		if (s.length === 10) return [dayFromIso(s) * DAY, dayFromIso(s) * DAY + DAY];
		// data timestamps here are whole seconds, so half a second past the instant ends it
		return [instantFromIso(s), instantFromIso(s) + 0.5];
	};
	const t = isDateAttribute ? dayFromIso(x) : instantFromIso(x);
	if (a.operator === 'between') {
		const r = a.value as { from: string; to: string };
		return span(r.from)[0] <= t && t < span(r.to)[1];
	}
	const [start, end] = span(a.value as string);
	switch (a.operator) {
		case 'equals':
			return start <= t && t < end;
		case 'notEquals':
			return !(start <= t && t < end);
		case 'greaterThan':
			return t >= end;
		case 'atLeast':
			return t >= start;
		case 'lessThan':
			return t < start;
		case 'atMost':
			return t < end;
	}
	throw new Error(`reference: ${a.operator} on a date`);
}

// ---- sequences -----------------------------------------------------------------------------

interface SequenceEvent {
	key: string;
	/** Days (when either side is a date) or seconds since 1970-01-01. */
	at: number;
	/** The row of the time's entity: a row never follows itself. */
	row: number;
}

/** A side's events: its passing path rows with a time at or before the as-of moment. */
function sideEvents(
	side: SequenceStep,
	model: DataModel,
	tables: Tables,
	clock: Clock,
	asDays: boolean,
	/** Timestamps as wall-clock seconds (lifecycle windows), not UTC (a sequence's N × 24 h). */
	wallTimes = false
): SequenceEvent[] {
	const profile = model.profile as NonNullable<DataModel['profile']>;
	const { entities, combos, cell } = pathRows(side.path, model, tables);
	const timeType = model.entities
		.find((e) => e.name === side.time.entity)
		?.attributes.find((a) => a.name === side.time.attribute)?.type;
	const cutoff = timeType === 'date' ? dayFromIso(clock.today) : instantFromIso(clock.now);
	const events: SequenceEvent[] = [];
	for (const combo of combos) {
		const key = cell(combo, profile.entity, profile.key);
		const time = cell(combo, side.time.entity, side.time.attribute) as string | null;
		if (key === null || time === null) continue;
		if (side.where !== null && !holds(side.where, combo, cell, model, clock)) continue;
		const local = wall(time, clock.zone);
		if ((timeType === 'date' ? dayFromIso(time) : instantFromIso(local)) > cutoff) continue;
		const at = asDays
			? dayFromIso(local.slice(0, 10))
			: wallTimes
				? instantFromIso(local)
				: instantFromIso(time);
		events.push({
			key: keyText(key),
			at,
			row: combo[entities.indexOf(side.time.entity)] as number
		});
	}
	return events;
}

/**
 * Customers with an A event that has (followedBy) or lacks (notFollowedBy) a B event with
 * A ≤ B ≤ A + N days, B not A's own row when both are timed by the same entity.
 */
function sequenceMembers(
	s: SequenceCondition,
	model: DataModel,
	tables: Tables,
	clock: Clock
): Set<string> {
	const typeOf = (side: SequenceStep) =>
		model.entities
			.find((e) => e.name === side.time.entity)
			?.attributes.find((a) => a.name === side.time.attribute)?.type;
	const asDays = typeOf(s.first) === 'date' || typeOf(s.then) === 'date';
	const span = asDays ? s.withinDays : s.withinDays * DAY;
	const sameEntity = s.first.time.entity === s.then.time.entity;
	const as = sideEvents(s.first, model, tables, clock, asDays);
	const bs = sideEvents(s.then, model, tables, clock, asDays);
	const out = new Set<string>();
	for (const a of as) {
		const followed = bs.some(
			(b) =>
				b.key === a.key && a.at <= b.at && b.at <= a.at + span && !(sameEntity && b.row === a.row)
		);
		if (followed === (s.kind === 'followedBy')) out.add(a.key);
	}
	return out;
}

// ---- lifecycles ----------------------------------------------------------------------------

/**
 * Customers whose activity (the group's passing rows dated by the condition's attribute, at or
 * before the as-of moment) is stopped, restarted or regular as the condition says.
 */
function lifecycleMembers(
	c: LifecycleCondition,
	group: Group,
	model: DataModel,
	tables: Tables,
	clock: Clock
): Set<string> {
	const type = model.entities
		.find((e) => e.name === c.time.entity)
		?.attributes.find((a) => a.name === c.time.attribute)?.type;
	const isDate = type === 'date';
	const side = { path: group.path, where: group.where, time: c.time };
	const events = sideEvents(side, model, tables, clock, isDate, true);
	const byKey = new Map<string, number[]>();
	for (const e of events) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e.at]);
	const today = dayFromIso(clock.today);
	const out = new Set<string>();
	if (c.kind === 'regularly') {
		// the first day of each event's week (Monday) or month, and of the earliest period counted
		const periodOf = (day: number) => {
			if (c.unit === 'week') return day - (isoDow(day) - 1);
			const { y, m } = ymd(day);
			return dayFromIso(`${y}-${String(m).padStart(2, '0')}-01`);
		};
		let first = periodOf(today);
		for (let i = 1; i < c.periods; i++) first = periodOf(first - 1);
		for (const [key, ats] of byKey) {
			const days = ats.map((t) => (isDate ? t : Math.floor(t / DAY)));
			const periods = new Set(days.filter((d) => d >= first).map(periodOf));
			if (periods.size >= c.atLeast) out.add(key);
		}
		return out;
	}
	const now = instantFromIso(clock.now);
	const back = (from: number, r: { amount: number; unit: RelativeUnit }) =>
		isDate ? addUnits(from, -r.amount, r.unit) : shiftNow(from, -r.amount, r.unit);
	const recent = back(isDate ? today : now, c.recent);
	const previous = back(recent, c.previous);
	for (const [key, ats] of byKey) {
		const inRecent = ats.some((t) => t >= recent);
		const inPrevious = ats.some((t) => t >= previous && t < recent);
		const earlier = ats.some((t) => t < previous);
		if (c.kind === 'stopped' ? inPrevious && !inRecent : inRecent && !inPrevious && earlier)
			out.add(key);
	}
	return out;
}
