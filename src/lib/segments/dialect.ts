// The SQL dialect the compiler writes: everything that differs between the engines a definition can
// run on goes through this one interface, so the compiler itself is engine-neutral. DuckDB (the
// browser's engine and the command line's) is the default and emits exactly what the app always
// ran; PostgreSQL is the second implementation. The contract a new dialect must meet, and the tests
// it must pass, are in docs/segment-definitions.md.
import { duckdbDialect } from './dialects/duckdb';
import { postgresDialect } from './dialects/postgres';

export type DialectName = 'duckdb' | 'postgres';

export interface Dialect {
	name: DialectName;
	/** How messages name the engine ("DuckDB could not evaluate it: …"). */
	engine: string;
	/** Set on a dialect made for a workspace's time zone (inTimeZone): the zone, and the engine's own. */
	zone?: string;
	base?: Dialect;
	// ---- quoting: every name and value reaches the SQL through these
	ident(name: string): string;
	string(value: string): string;
	/** A finite number; a non-integer keeps its floating-point meaning. */
	number(value: number): string;
	/** YYYY-MM-DD as a DATE literal. */
	date(iso: string): string;
	/** YYYY-MM-DD HH:MM:SS as a naive (zone-less) TIMESTAMP literal. */
	timestamp(iso: string): string;
	// ---- text
	/** Case-insensitive comparisons lower-case both sides (Unicode-aware). */
	lower(expr: string): string;
	/** Plain substring tests: % and _ in the needle are ordinary characters. */
	contains(text: string, needle: string): string;
	startsWith(text: string, needle: string): string;
	endsWith(text: string, needle: string): string;
	/** Any value as text, as the app keeps member keys. */
	asText(expr: string): string;
	// ---- dates
	/** 1 = Monday … 7 = Sunday. */
	isoDayOfWeek(expr: string): string;
	/** 'MM-DD' of a date or timestamp, for anniversaries. */
	monthDay(expr: string): string;
	/** The start of the ISO week (Monday) or month of a date or timestamp, comparable by value. */
	truncate(unit: 'week' | 'month', expr: string): string;
	/** A timestamp `days` (a whole-number literal) days later. */
	plusDays(timestamp: string, days: string): string;
	/** A timestamp `seconds` (a whole-number expression) seconds later. */
	plusSeconds(timestamp: string, seconds: string): string;
	/**
	 * A TIMESTAMP column (an instant in UTC) on the wall clock of the workspace's time zone. The
	 * engines' dialects return it unchanged (UTC); inTimeZone (time-zone.ts) makes a zoned one.
	 */
	local(timestamp: string): string;
	// ---- aggregates and sets
	/** A value as an exact DECIMAL(38, 9), so sums do not depend on the order rows are added in. */
	exact(expr: string): string;
	/** A column identifying a row of the table behind `alias`, for counting each row once. */
	rowId(alias: string): string;
	/** UNION / INTERSECT / EXCEPT, with set semantics (duplicates removed, NULL keys equal). */
	setOperator(op: 'union' | 'intersect' | 'exclude'): string;
	/** What follows the ")" of a subquery in FROM: DuckDB needs no alias, PostgreSQL 15 does. */
	subqueryAlias(name: string): string;
	/** An ORDER BY item; NULLs always sort last, whatever the direction. */
	orderBy(expr: string, direction: 'ASC' | 'DESC', type?: 'string' | 'other'): string;
	/** Whole-number division of `a` (an expression, parenthesised here) by `b`, rounding down. */
	integerDivide(a: string, b: string): string;
	// ---- splits
	/** md5(seedAndColon || key): the first 8 hex digits as an unsigned 32-bit number, mod buckets. */
	splitBucket(seedAndColonLiteral: string, keySql: string, buckets: number): string;
}

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = {
	duckdb: duckdbDialect,
	postgres: postgresDialect
};

export { duckdbDialect, postgresDialect };
