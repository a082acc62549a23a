// Calendar arithmetic for the demo data, on plain numbers: dates are epoch days (days since
// 1970-01-01) and timestamps are epoch milliseconds of a *wall-clock* time (no time zone — the
// value reads as if UTC, which is exactly how DuckDB's TIMESTAMP and Arrow's tz-less timestamps
// treat it). Pure integer arithmetic (no Date objects in the hot paths) because CSV export
// formats tens of millions of these.

export const MS_PER_DAY = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → epoch day; throws on anything that is not a real calendar date. */
export function parseDay(text: string): number {
	const m = ISO_DAY.exec(text);
	if (!m) throw new Error(`Not a date (YYYY-MM-DD): ${text}`);
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const day = daysFromCivil(y, mo, d);
	const [cy, cm, cd] = civilFromDays(day);
	if (cy !== y || cm !== mo || cd !== d) throw new Error(`Not a calendar date: ${text}`);
	return day;
}

/** Today's date in the local time zone, 'YYYY-MM-DD' (what the user thinks "today" is). */
export function localToday(now: Date = new Date()): string {
	return `${now.getFullYear()}-${pad2(now.getMonth() + 1)}-${pad2(now.getDate())}`;
}

/** Proleptic Gregorian (y, m, d) → epoch day. (Howard Hinnant's days_from_civil.) */
export function daysFromCivil(y: number, m: number, d: number): number {
	const yy = m <= 2 ? y - 1 : y;
	const era = Math.floor(yy / 400);
	const yoe = yy - era * 400;
	const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** Epoch day → [year, month 1..12, day 1..31]. (Howard Hinnant's civil_from_days.) */
export function civilFromDays(days: number): [number, number, number] {
	const z = days + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const m = mp < 10 ? mp + 3 : mp - 9;
	return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function isLeapYear(y: number): boolean {
	return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
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
	const [y, m, d] = civilFromDays(days);
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
