// Calendar arithmetic for the demo data, on plain numbers: dates are epoch days (days since
// 1970-01-01) and timestamps are epoch milliseconds of a *wall-clock* time (no time zone — the
// value reads as if UTC, which is exactly how DuckDB's TIMESTAMP and Arrow's tz-less timestamps
// treat it). Pure integer arithmetic (no Date objects in the hot paths) because CSV export
// formats tens of millions of these. The calendar algorithms themselves are the compiler's
// (segments/dates.ts): one copy for the app.
import { civilFromDay, dayFromCivil } from '../segments/dates';

export const MS_PER_DAY = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → epoch day; throws on anything that is not a real calendar date. */
export function parseDay(text: string): number {
	const m = ISO_DAY.exec(text);
	if (!m) throw new Error(`Not a date (YYYY-MM-DD): ${text}`);
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const day = dayFromCivil(y, mo, d);
	const c = civilFromDay(day);
	if (c.y !== y || c.m !== mo || c.d !== d) throw new Error(`Not a calendar date: ${text}`);
	return day;
}

/** Today's date in the local time zone, 'YYYY-MM-DD' (what the user thinks "today" is). */
export function localToday(now: Date = new Date()): string {
	return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) =>
	String(i).padStart(2, '0')
);

function pad2(n: number): string {
	return TWO_DIGITS[n] ?? String(n).padStart(2, '0');
}

function pad4(y: number): string {
	return y >= 0 ? String(y).padStart(4, '0') : '-' + String(-y).padStart(4, '0');
}

/** Epoch day → 'YYYY-MM-DD'. */
export function formatDay(days: number): string {
	const { y, m, d } = civilFromDay(days);
	return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** Wall-clock epoch ms → 'YYYY-MM-DD HH:MM:SS' (plus '.mmm' only when there are milliseconds). */
export function formatTimestamp(ms: number): string {
	const day = Math.floor(ms / MS_PER_DAY);
	return formatDay(day) + ' ' + formatTimeOfDay(ms - day * MS_PER_DAY);
}

/** Milliseconds since midnight → 'HH:MM:SS[.mmm]'. */
export function formatTimeOfDay(msOfDay: number): string {
	const s = Math.floor(msOfDay / 1000);
	const rest = msOfDay - s * 1000;
	const base = `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
	return rest === 0 ? base : `${base}.${String(rest).padStart(3, '0')}`;
}
