// Calendar arithmetic for relative date conditions. The compiler is pure: every boundary ("90 days
// ago", "start of this quarter") is computed here from a wall-clock Clock and emitted as a DATE or
// TIMESTAMP literal, so a query means the same on every machine and in tests. All of it happens on
// the wall clock of the workspace's time zone (Clock.zone): "now" and "today" are read there, and
// the dialect of that zone (time-zone.ts) writes timestamp boundaries in UTC, as the data's
// timestamps are. Dates are handled as day numbers (days since 1970-01-01, proleptic Gregorian) and
// timestamps as instants (whole seconds since 1970-01-01 00:00:00), never as JS Date objects, whose
// local-time behaviour would leak the test machine's zone into the results.
import type { PeriodUnit, RelativeUnit, SegmentDefinition } from './definition';
import { localTimeZone, wallSeconds } from './time-zone';

/** The as-of moment, on the wall clock of the workspace's time zone. */
export interface Clock {
	/** YYYY-MM-DD */
	today: string;
	/** YYYY-MM-DDTHH:MM:SS */
	now: string;
	/**
	 * The workspace's time zone (IANA name); absent means UTC, where wall clock and data agree.
	 * Timestamps in the data are instants in UTC and are compared with boundaries on this zone's
	 * wall clock converted to UTC (time-zone.ts).
	 */
	zone?: string;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * The wall clock of `d` in `zone` (an IANA name; default the zone of this machine, the user's
 * browser), with the zone recorded.
 */
export function clockFromDate(d: Date, zone: string = localTimeZone()): Clock {
	const wall = isoFromInstant(wallSeconds(Math.floor(d.getTime() / 1000), zone));
	return { today: wall.slice(0, 10), now: wall.replace(' ', 'T'), zone };
}

/**
 * The clock a definition is evaluated at: its `asOf` when set (a date alone means the end of that
 * day, 23:59:59, so "today" still covers all of it), otherwise the given clock.
 */
export function effectiveClock(definition: Pick<SegmentDefinition, 'asOf'>, clock: Clock): Clock {
	const asOf = definition.asOf;
	if (!asOf) return clock;
	const today = asOf.slice(0, 10);
	const zone = clock.zone !== undefined ? { zone: clock.zone } : {};
	if (asOf.length === 10) return { today, now: `${today}T23:59:59`, ...zone };
	return { today, now: asOf.length === 16 ? `${asOf}:00` : asOf, ...zone };
}

// ---- day numbers ---------------------------------------------------------------------------

export interface CivilDate {
	y: number;
	m: number;
	d: number;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil; exact for any year). */
export function dayFromCivil(y: number, m: number, d: number): number {
	const yy = m <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

export function civilFromDay(day: number): CivilDate {
	const z = day + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isLeapYear(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
	return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** 'YYYY-MM-DD' (anything after the tenth character is ignored) to a day number. */
export function dayFromIso(s: string): number {
	const y = Number(s.slice(0, 4));
	const m = Number(s.slice(5, 7));
	const d = Number(s.slice(8, 10));
	if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || s[4] !== '-')
		throw new Error(`Not a date (YYYY-MM-DD): ${s}`);
	return dayFromCivil(y, m, d);
}

/** A day number as 'YYYY-MM-DD'; only meaningful for years 1–9999 (see DAY_MIN/DAY_MAX). */
export function isoFromDay(day: number): string {
	const { y, m, d } = civilFromDay(day);
	return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/**
 * The dates a SQL literal can express here. A boundary computed outside them (e.g. "in the last
 * 100000 years") is treated as open on that side by the compiler.
 */
export const DAY_MIN = dayFromCivil(1, 1, 1);
export const DAY_MAX = dayFromCivil(9999, 12, 31);

export function addDays(day: number, n: number): number {
	return day + n;
}

/** Calendar months; the day is clamped to the target month (31 May − 3 months = 29 Feb 2024). */
export function addMonths(day: number, n: number): number {
	const { y, m, d } = civilFromDay(day);
	const index = y * 12 + (m - 1) + n;
	const ty = Math.floor(index / 12);
	const tm = index - ty * 12 + 1;
	return dayFromCivil(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Moves a day by `n` units; weeks are 7 days, years are 12 months (so 29 Feb + 1 year = 28 Feb). */
export function addUnits(day: number, n: number, unit: RelativeUnit): number {
	switch (unit) {
		case 'days':
			return day + n;
		case 'weeks':
			return day + 7 * n;
		case 'months':
			return addMonths(day, n);
		case 'years':
			return addMonths(day, 12 * n);
	}
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
	return (((day % 7) + 7 + 3) % 7) + 1;
}

/**
 * The calendar period containing `day` (offset 0), the one before (-1) or after (+1), as inclusive
 * first and last days. Weeks start on Monday; quarters are Jan–Mar, Apr–Jun, Jul–Sep, Oct–Dec.
 */
export function periodRange(
	day: number,
	unit: PeriodUnit,
	offset: number
): { start: number; end: number } {
	if (unit === 'week') {
		const start = day - (isoWeekday(day) - 1) + 7 * offset;
		return { start, end: start + 6 };
	}
	const { y, m } = civilFromDay(day);
	const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
	const firstMonth =
		unit === 'month' ? m : unit === 'quarter' ? Math.floor((m - 1) / 3) * 3 + 1 : 1;
	const start = addMonths(dayFromCivil(y, firstMonth, 1), months * offset);
	return { start, end: addMonths(start, months) - 1 };
}

// ---- instants (timestamps) -----------------------------------------------------------------

const SECONDS_PER_DAY = 86_400;

/**
 * 'YYYY-MM-DD' (midnight) or 'YYYY-MM-DD[T ]HH:MM[:SS[.ffffff]]' to seconds since the epoch on the
 * same naive wall clock. Fractions of a second are kept (as a fraction).
 */
export function instantFromIso(s: string): number {
	const day = dayFromIso(s);
	if (s.length === 10) return day * SECONDS_PER_DAY;
	const hh = Number(s.slice(11, 13));
	const mm = Number(s.slice(14, 16));
	const ss = s.length > 16 ? Number(s.slice(17)) : 0;
	if (![hh, mm, ss].every(Number.isFinite)) throw new Error(`Not a timestamp: ${s}`);
	return day * SECONDS_PER_DAY + hh * 3600 + mm * 60 + ss;
}

/** Whole-second instant as 'YYYY-MM-DD HH:MM:SS'. */
export function isoFromInstant(instant: number): string {
	const day = Math.floor(instant / SECONDS_PER_DAY);
	const rest = Math.floor(instant - day * SECONDS_PER_DAY);
	return `${isoFromDay(day)} ${pad(Math.floor(rest / 3600))}:${pad(Math.floor(rest / 60) % 60)}:${pad(rest % 60)}`;
}

export function instantFromDay(day: number): number {
	return day * SECONDS_PER_DAY;
}

export function dayOfInstant(instant: number): number {
	return Math.floor(instant / SECONDS_PER_DAY);
}

/** Shifts the date part by `n` units (clamping months) and keeps the time of day. */
export function shiftInstant(instant: number, n: number, unit: RelativeUnit): number {
	const day = dayOfInstant(instant);
	return addUnits(day, n, unit) * SECONDS_PER_DAY + (instant - day * SECONDS_PER_DAY);
}

export const INSTANT_MIN = instantFromDay(DAY_MIN);
export const INSTANT_MAX = instantFromDay(DAY_MAX + 1) - 1;

// ---- anniversaries -------------------------------------------------------------------------

/** A run of month-days 'MM-DD'..'MM-DD' (inclusive) within one calendar year. */
export interface MonthDayRange {
	from: string;
	to: string;
}

/** All 366 month-days of a leap year, in calendar order. */
const ALL_MONTH_DAYS: string[] = (() => {
	const out: string[] = [];
	for (let m = 1; m <= 12; m++)
		for (let d = 1; d <= daysInMonth(2000, m); d++) out.push(`${pad(m)}-${pad(d)}`);
	return out;
})();

/**
 * The month-days whose anniversary falls within [today, today + days]. A 29 February date has its
 * anniversary on 28 February in non-leap years, so when the window contains 28 Feb of a non-leap
 * year, 02-29 is included too. Returns 'all' when every month-day is covered, otherwise maximal
 * runs in calendar order (at most a few: the window wraps at most once per year).
 */
export function anniversaryRanges(today: number, days: number): 'all' | MonthDayRange[] {
	const included = new Set<string>();
	for (let day = today; day <= today + days; day++) {
		const { y, m, d } = civilFromDay(day);
		included.add(`${pad(m)}-${pad(d)}`);
		if (m === 2 && d === 28 && !isLeapYear(y)) included.add('02-29');
		if (included.size === ALL_MONTH_DAYS.length) return 'all';
	}
	const ranges: MonthDayRange[] = [];
	let open: MonthDayRange | null = null;
	for (const md of ALL_MONTH_DAYS) {
		if (included.has(md)) {
			if (open) open.to = md;
			else open = { from: md, to: md };
		} else if (open) {
			ranges.push(open);
			open = null;
		}
	}
	if (open) ranges.push(open);
	return ranges;
}
