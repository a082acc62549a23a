// CSV lines written by DuckDB itself: one SELECT that turns each row of a query into its finished
// CSV line (fields formatted, quoted and joined, CRLF at the end), so an export streams the
// engine's own text buffers out instead of formatting a million rows cell by cell in JavaScript.
// The bytes are exactly those of csv-writer.ts (the JavaScript writer, still used for column
// types this file does not cover): numbers as JavaScript prints them, dates YYYY-MM-DD,
// timestamps with a space and no trailing zeros, booleans true/false, NULL empty, text quoted per
// RFC 4180 and, with `spreadsheetSafe`, formula-like text behind an apostrophe.
import { quoteIdent, quoteString } from '../../sql/quote';
import type { CsvOptions } from './csv-writer';

/** A column of the query as DESCRIBE reports it. */
export interface DescribedColumn {
	name: string;
	type: string;
}

/** JavaScript's `\s`, for RE2: what csvField treats as leading or trailing blank space. */
const JS_SPACE =
	'[\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';
/** One regular expression (measured fastest of the forms tried) for "must be quoted". */
const NEEDS_QUOTES = quoteString(`[",\\r\\n]|^${JS_SPACE}|${JS_SPACE}$`);

const INTEGER = /^(TINYINT|SMALLINT|INTEGER|BIGINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/;
const FLOATING = /^(FLOAT|DOUBLE|DECIMAL\(\d+,\s*\d+\))$/;

/** Text neutralised for spreadsheets when asked: a leading apostrophe before formula-like text. */
function safeText(x: string, safe: boolean): string {
	return safe
		? `CASE WHEN regexp_matches(${x}, '^[=+\\-@\\t\\r]') THEN '''' || ${x} ELSE ${x} END`
		: x;
}

/** Text as csvField writes it: quoted when it holds a quote, comma or line break, or is padded. */
function textField(t: string): string {
	return `CASE WHEN regexp_matches(${t}, ${NEEDS_QUOTES}) THEN '"' || replace(${t}, '"', '""') || '"' ELSE ${t} END`;
}

/**
 * A DOUBLE as JavaScript's String(number) writes it. DuckDB writes the same shortest digits but
 * its own notation (`100.0`, `1e-06`, `1.2345678901234568e+20`), so the digits and the decimal
 * exponent are taken from its text and laid out by ECMAScript's Number::toString rules.
 * `d` is the value, `s` its DuckDB text.
 */
function jsNumber(d: string, s: string): string {
	const mantissa = `regexp_extract(${s}, '^-?([0-9.]+)', 1)`;
	const exponent = `coalesce(TRY_CAST(regexp_extract(${s}, 'e([+-]?[0-9]+)$', 1) AS INTEGER), 0)`;
	const intPart = `split_part(${mantissa}, '.', 1)`;
	const raw = `(${intPart} || split_part(${mantissa}, '.', 2))`;
	const digits = `rtrim(ltrim(${raw}, '0'), '0')`;
	// value = 0.digits × 10^n
	const n = `(length(${intPart}) + ${exponent} - (length(${raw}) - length(ltrim(${raw}, '0'))))`;
	const k = `length(${digits})`;
	const laidOut = `CASE
		WHEN ${k} <= ${n} AND ${n} <= 21 THEN ${digits} || repeat('0', ${n} - ${k})
		WHEN 0 < ${n} AND ${n} <= 21 THEN left(${digits}, ${n}) || '.' || substr(${digits}, ${n} + 1)
		WHEN -6 < ${n} AND ${n} <= 0 THEN '0.' || repeat('0', -${n}) || ${digits}
		ELSE left(${digits}, 1) || CASE WHEN ${k} > 1 THEN '.' || substr(${digits}, 2) ELSE '' END
			|| 'e' || CASE WHEN ${n} - 1 >= 0 THEN '+' ELSE '-' END || CAST(abs(${n} - 1) AS VARCHAR)
	END`;
	return `CASE
		WHEN isnan(${d}) THEN 'NaN'
		WHEN isinf(${d}) THEN CASE WHEN ${d} > 0 THEN 'Infinity' ELSE '-Infinity' END
		WHEN ${d} = 0 THEN '0'
		WHEN abs(${d}) < 9007199254740992 AND ${d} = trunc(${d}) THEN CAST(CAST(${d} AS BIGINT) AS VARCHAR)
		WHEN NOT contains(${s}, 'e') AND NOT ends_with(${s}, '.0') AND abs(${d}) >= 1e-6 THEN ${s}
		ELSE CASE WHEN ${d} < 0 THEN '-' ELSE '' END || ${laidOut}
	END`;
}

/** A year as results.ts writes it: four digits at least, a minus sign before years BC. */
function jsYear(x: string): string {
	return `CASE WHEN year(${x}) < 0 THEN '-' || printf('%04d', -year(${x})) ELSE printf('%04d', year(${x})) END`;
}

/** YYYY-MM-DD; DuckDB's own text for years 1-9999, the same layout outside them. */
function jsDate(x: string): string {
	return `CASE WHEN ${x} BETWEEN DATE '0001-01-01' AND DATE '9999-12-31' THEN CAST(${x} AS VARCHAR)
		WHEN isfinite(${x}) THEN ${jsYear(x)} || strftime(${x}, '-%m-%d') ELSE CAST(${x} AS VARCHAR) END`;
}

/** YYYY-MM-DD HH:MM:SS[.ffffff without trailing zeros], as results.ts writes timestamps. */
function jsTimestamp(x: string): string {
	const micros = `(microsecond(${x}) % 1000000)`;
	return `CASE WHEN ${x} BETWEEN TIMESTAMP '0001-01-01' AND TIMESTAMP '9999-12-31 23:59:59.999999' THEN CAST(${x} AS VARCHAR)
		WHEN isfinite(${x}) THEN ${jsYear(x)} || strftime(${x}, '-%m-%d %H:%M:%S')
			|| CASE WHEN ${micros} = 0 THEN '' ELSE '.' || rtrim(lpad(CAST(${micros} AS VARCHAR), 6, '0'), '0') END
		ELSE CAST(${x} AS VARCHAR) END`;
}

/**
 * One test per row over all its text fields, joined by a control character, for "some field
 * needs quotes (or, when `safe`, the apostrophe)": most rows need neither, and one regular
 * expression over the row costs about a fifth of one per field. A joined field holding the joining
 * character only sends its row to the exact per-field path, never around it.
 */
function rowNeedsCare(texts: string[], safe: boolean): string {
	const edge = `(^|\\x01)${JS_SPACE}|${JS_SPACE}(\\x01|$)`;
	const formula = safe ? '|(^|\\x01)[=+\\-@]' : '';
	return `regexp_matches(concat_ws(chr(1), ${texts.join(', ')}), ${quoteString(`[",\\r\\n]|${edge}${formula}`)})`;
}

/**
 * The SELECT that yields one finished CSV line per row of `sql` (a column named `line`), or null
 * when a column's type is one this file does not format (the JavaScript writer is used then).
 */
export function csvLinesSql(
	sql: string,
	columns: DescribedColumn[],
	options: CsvOptions = {}
): string | null {
	const safe = !!options.spreadsheetSafe;
	const inner: string[] = [];
	const texts: string[] = [];
	const fields: string[] = [];
	for (const [i, c] of columns.entries()) {
		const name = quoteIdent(c.name);
		const x = `c${i}`;
		const type = c.type.toUpperCase();
		let field: string;
		if (type === 'VARCHAR') {
			inner.push(`${name} AS ${x}`);
			texts.push(x);
			// the exact field only for rows the one test picked out
			fields.push(
				`CASE WHEN care THEN coalesce(${textField(safeText(x, safe))}, '') ELSE coalesce(${x}, '') END`
			);
			continue;
		} else if (FLOATING.test(type)) {
			inner.push(
				`CAST(${name} AS DOUBLE) AS ${x}`,
				`CAST(CAST(${name} AS DOUBLE) AS VARCHAR) AS s${i}`
			);
			field = jsNumber(x, `s${i}`);
		} else {
			inner.push(`${name} AS ${x}`);
			if (INTEGER.test(type)) field = `CAST(${x} AS VARCHAR)`;
			else if (type === 'BOOLEAN')
				field = `CASE WHEN ${x} THEN 'true' WHEN NOT ${x} THEN 'false' END`;
			else if (type === 'DATE') field = jsDate(x);
			else if (type === 'TIMESTAMP' || type === 'TIMESTAMP_S' || type === 'TIMESTAMP_MS')
				field = jsTimestamp(`CAST(${x} AS TIMESTAMP)`);
			else return null;
		}
		fields.push(`coalesce(${field}, '')`);
	}
	if (columns.length === 0) return null;
	const care = texts.length > 0 ? rowNeedsCare(texts, safe) : 'false';
	return `SELECT concat(${fields.join(", ',', ")}, '\r\n') AS line FROM (SELECT *, ${care} AS care FROM (SELECT ${inner.join(', ')} FROM (${sql})))`;
}
