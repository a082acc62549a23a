// The PostgreSQL dialect (15 and later), for the command line's --engine postgres. Where PostgreSQL
// differs from DuckDB: no DOUBLE type name, no contains/ends_with/isodow/strftime, subqueries in
// FROM need an alias, NULLs sort first when descending, text sorts by the database's collation
// (COLLATE "C" sorts by code point, as DuckDB does), a row is identified by its ctid, and a hex
// string becomes a number through bit(32).
import type { Dialect } from '../dialect';
import { quoteDate, quoteIdent, quoteString, quoteTimestamp } from '../../sql/quote';

function number(value: number): string {
	if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${String(value)}`);
	if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return String(value);
	return `CAST(${JSON.stringify(value)} AS DOUBLE PRECISION)`;
}

export const postgresDialect: Dialect = {
	name: 'postgres',
	engine: 'PostgreSQL',
	ident: quoteIdent,
	string: quoteString,
	number,
	date: quoteDate,
	timestamp: quoteTimestamp,
	lower: (expr) => `lower(${expr})`,
	contains: (text, needle) => `strpos(${text}, ${needle}) > 0`,
	startsWith: (text, needle) => `starts_with(${text}, ${needle})`,
	endsWith: (text, needle) => `right(${text}, length(${needle})) = ${needle}`,
	asText: (expr) => `CAST(${expr} AS TEXT)`,
	isoDayOfWeek: (expr) => `EXTRACT(ISODOW FROM ${expr})`,
	monthDay: (expr) => `to_char(${expr}, 'MM-DD')`,
	// a DATE would be truncated as a timestamp with time zone; as a plain timestamp it has no zone
	truncate: (unit, expr) => `date_trunc('${unit}', CAST(${expr} AS TIMESTAMP))`,
	plusDays: (timestamp, days) => `${timestamp} + ${days} * INTERVAL '1 day'`,
	plusSeconds: (timestamp, seconds) => `${timestamp} + (${seconds}) * INTERVAL '1 second'`,
	local: (timestamp) => timestamp,
	exact: (expr) => `CAST(${expr} AS DECIMAL(38, 9))`,
	rowId: (alias) => `${alias}.ctid`,
	setOperator: (op) => ({ union: 'UNION', intersect: 'INTERSECT', exclude: 'EXCEPT' })[op],
	subqueryAlias: (name) => ` AS ${name}`,
	orderBy: (expr, direction, type) =>
		`${expr}${type === 'string' ? ' COLLATE "C"' : ''} ${direction} NULLS LAST`,
	integerDivide: (a, b) => `floor((${a}) / ${b})`,
	splitBucket: (seed, key, buckets) =>
		`(('x' || left(md5(${seed} || ${key}), 8))::bit(32)::bigint % ${buckets})`
};
