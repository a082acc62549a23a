// The workspace's time zone. Timestamps in the data are instants in UTC; the as-of moment, every
// relative date ("today", "in the last 30 days", "this month"), days of the week, anniversaries and
// the periods of counts and lifecycles are read on the wall clock of the workspace's zone (an IANA
// name such as Europe/Paris; default the browser's). DATE values have no time of day and are never
// shifted. DuckDB-WASM has no time-zone database (no ICU), so the compiler does the conversions:
// boundaries are computed on the zone's wall clock and emitted as UTC literals, and where a row's
// own local day matters (day of week, month-day, the day/week/month it falls in) its timestamp is
// shifted by the zone's offset at that instant, a CASE over the zone's changes of offset, which every
// engine evaluates alike. The offsets come from the JavaScript engine's own zone data (Intl).
import type { Dialect } from './dialect';

export const UTC = 'UTC';

/** The zone this browser (or machine) is set to, or UTC when it cannot say. */
export function localTimeZone(): string {
	try {
		const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
		return zone && isTimeZone(zone) ? zone : UTC;
	} catch {
		return UTC;
	}
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
	let f = formatters.get(zone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone: zone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric'
		});
		formatters.set(zone, f);
	}
	return f;
}

/** Whether `zone` is a time zone this engine knows (an IANA name, or UTC). */
export function isTimeZone(zone: string): boolean {
	if (typeof zone !== 'string' || zone.length === 0 || zone.length > 64) return false;
	try {
		formatter(zone);
		return true;
	} catch {
		return false;
	}
}

/** The zones to offer, UTC first, as this engine lists them. */
export function timeZoneNames(): string[] {
	const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
	const names = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
	return [UTC, ...names.filter((z) => z !== UTC && z !== 'Etc/UTC')];
}

/** The zone's wall clock at the instant `utc` (seconds since the epoch), as seconds since the epoch. */
export function wallSeconds(utc: number, zone: string): number {
	if (zone === UTC) return utc;
	const whole = Math.floor(utc);
	const parts: Record<string, string> = {};
	for (const p of formatter(zone).formatToParts(new Date(whole * 1000))) parts[p.type] = p.value;
	const d = new Date(0);
	d.setUTCFullYear(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
	d.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
	return d.getTime() / 1000 + (utc - whole);
}

/** The zone's offset from UTC (seconds, east positive) at the instant `utc`. */
export function offsetAt(utc: number, zone: string): number {
	return Math.round(wallSeconds(Math.floor(utc), zone) - Math.floor(utc));
}

/**
 * The instant at which the zone's wall clock reads `wall`. A wall time that happens twice (clocks
 * going back) is its first occurrence; one that never happens (clocks going forward) is read with
 * the offset before the change, so it lands just after the change (02:30 on a spring-forward night
 * in Paris is 03:30 local).
 */
export function utcFromWall(wall: number, zone: string): number {
	if (zone === UTC) return wall;
	const before = offsetAt(wall - 86_400, zone);
	const after = offsetAt(wall + 86_400, zone);
	// the earlier occurrence: try the larger offset first (it gives the earlier instant)
	for (const offset of before >= after ? [before, after] : [after, before]) {
		const t = wall - offset;
		if (offsetAt(t, zone) === offset) return t;
	}
	return wall - before;
}

export interface OffsetChange {
	/** The instant (UTC seconds) from which `offset` applies. */
	from: number;
	offset: number;
}

const changesCache = new Map<string, { offset: number; changes: OffsetChange[] }>();

/**
 * The years whose changes of offset are written into SQL: 1970 to 2050. A timestamp before 1970
 * is read with the zone's offset of 1 January 1970, one after 2050 with its last offset before it.
 */
export const CHANGES_FROM_YEAR = 1970;
export const CHANGES_TO_YEAR = 2050;
const FROM = Date.UTC(CHANGES_FROM_YEAR, 0, 1) / 1000;
const TO = Date.UTC(CHANGES_TO_YEAR, 0, 1) / 1000;
const STEP = 7 * 86_400;

/**
 * The zone's offset on 1 January 1970 and each change of offset after it until 2050, found by
 * probing weekly and bisecting to the second (zones change at most a few times a year).
 */
export function offsetChanges(zone: string): { offset: number; changes: OffsetChange[] } {
	const cached = changesCache.get(zone);
	if (cached) return cached;
	const first = offsetAt(FROM, zone);
	const changes: OffsetChange[] = [];
	let t = FROM;
	let current = first;
	while (t < TO) {
		const next = Math.min(t + STEP, TO);
		const o = offsetAt(next, zone);
		if (o !== current) {
			let lo = t;
			let hi = next;
			while (hi - lo > 1) {
				const mid = Math.floor((lo + hi) / 2);
				if (offsetAt(mid, zone) === current) lo = mid;
				else hi = mid;
			}
			changes.push({ from: hi, offset: o });
			current = o;
		}
		t = next;
	}
	const result = { offset: first, changes };
	changesCache.set(zone, result);
	return result;
}

/** `expr` (a TIMESTAMP in UTC) on the zone's wall clock, as SQL: shifted by its offset there. */
export function localTimestampSql(expr: string, zone: string, sql: Dialect): string {
	if (zone === UTC) return expr;
	const { offset, changes } = offsetChanges(zone);
	if (changes.length === 0) return offset === 0 ? expr : sql.plusSeconds(expr, sql.number(offset));
	// a balanced tree of comparisons: about log2(changes) of them per row
	const offsets = [offset, ...changes.map((c) => c.offset)];
	const at = (i: number) => sql.timestamp(isoInstant((changes[i] as OffsetChange).from));
	const tree = (lo: number, hi: number): string => {
		// offsets[lo..hi] apply between changes lo-1 .. hi-1
		if (lo === hi) return sql.number(offsets[lo] as number);
		const mid = Math.floor((lo + hi + 1) / 2);
		return `CASE WHEN ${expr} < ${at(mid - 1)} THEN ${tree(lo, mid - 1)} ELSE ${tree(mid, hi)} END`;
	};
	return sql.plusSeconds(expr, tree(0, offsets.length - 1));
}

/** 0001-01-01 00:00:00 and 9999-12-31 23:59:59, the instants a literal can express (dates.ts). */
const INSTANT_MIN = -62_135_596_800;
const INSTANT_MAX = 253_402_300_799;

function isoInstant(seconds: number): string {
	const t = Math.min(Math.max(seconds, INSTANT_MIN), INSTANT_MAX);
	return new Date(Math.floor(t) * 1000).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The dialect for a workspace in `zone`: timestamp literals are written on the zone's wall clock by
 * the compiler and emitted in UTC, and `local` puts a UTC timestamp column on the wall clock.
 */
export function inTimeZone(dialect: Dialect, zone: string | undefined): Dialect {
	const sql = dialect.base ?? dialect;
	if (!zone || zone === UTC) return sql;
	if (dialect.zone === zone) return dialect;
	return {
		...sql,
		base: sql,
		zone,
		timestamp: (iso: string) => sql.timestamp(isoInstant(utcFromWall(wallOf(iso), zone))),
		local: (expr: string) => localTimestampSql(expr, zone, sql)
	};
}

/** 'YYYY-MM-DD HH:MM:SS' (or with T) as seconds since the epoch, as if it were UTC. */
function wallOf(iso: string): number {
	const s = iso.length === 10 ? `${iso}T00:00:00Z` : `${iso.replace(' ', 'T')}Z`;
	const ms = Date.parse(s);
	if (!Number.isFinite(ms)) throw new Error(`Not a timestamp: ${iso}`);
	return ms / 1000;
}
