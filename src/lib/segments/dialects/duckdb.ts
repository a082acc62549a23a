// The DuckDB dialect: the SQL the browser's DuckDB-WASM and the command line's native DuckDB run.
// Every function returns exactly what the compiler wrote before there were dialects (the golden
// test in golden-sql.test.ts holds it to that).
import type { Dialect } from '../dialect';
import { quoteDate, quoteIdent, quoteNumber, quoteString, quoteTimestamp } from '../../sql/quote';

export const duckdbDialect: Dialect = {
	name: 'duckdb',
	engine: 'DuckDB',
	ident: quoteIdent,
	string: quoteString,
	number: quoteNumber,
	date: quoteDate,
	timestamp: quoteTimestamp,
	lower: (expr) => `lower(${expr})`,
	contains: (text, needle) => `contains(${text}, ${needle})`,
	startsWith: (text, needle) => `starts_with(${text}, ${needle})`,
	endsWith: (text, needle) => `ends_with(${text}, ${needle})`,
	asText: (expr) => `CAST(${expr} AS VARCHAR)`,
	isoDayOfWeek: (expr) => `isodow(${expr})`,
	monthDay: (expr) => `strftime(${expr}, ${quoteString('%m-%d')})`,
	truncate: (unit, expr) => `date_trunc('${unit}', ${expr})`,
	plusDays: (timestamp, days) => `${timestamp} + INTERVAL ${days} DAY`,
	plusSeconds: (timestamp, seconds) => `${timestamp} + to_seconds(${seconds})`,
	local: (timestamp) => timestamp,
	exact: (expr) => `CAST(${expr} AS DECIMAL(38, 9))`,
	rowId: (alias) => `${alias}.rowid`,
	setOperator: (op) => ({ union: 'UNION', intersect: 'INTERSECT', exclude: 'EXCEPT' })[op],
	subqueryAlias: () => '',
	// DuckDB sorts NULLs last in both directions by default
	orderBy: (expr, direction) => `${expr} ${direction}`,
	integerDivide: (a, b) => `(${a}) // ${b}`,
	splitBucket: (seed, key, buckets) =>
		`(('0x' || left(md5(${seed} || ${key}), 8))::UBIGINT % ${buckets})`
};
