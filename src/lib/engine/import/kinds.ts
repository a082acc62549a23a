// Column kinds: how a DuckDB column type maps to what a user sees (number, string, date,
// timestamp, boolean), how text columns are read as one of those, and the SQL that converts a
// staged column into the kind the user chose.
import { quoteIdent, quoteString } from '../../sql/quote';
import type { ColumnKind } from '../protocol';
import { formattedExpression } from './formats';

const NUMERIC =
	/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|REAL|DECIMAL(\(\d+,\s*\d+\))?)$/;

export function kindOfDuckType(type: string): ColumnKind | null {
	const t = type.toUpperCase();
	if (NUMERIC.test(t)) return 'number';
	if (t === 'VARCHAR' || t === 'UUID' || t === 'TIME' || t === 'INTERVAL' || t.startsWith('ENUM'))
		return 'string';
	if (t === 'DATE') return 'date';
	if (t.startsWith('TIMESTAMP')) return 'timestamp';
	if (t === 'BOOLEAN') return 'boolean';
	if (t === 'BLOB' || t === 'BIT') return null;
	// lists, structs, maps, JSON: kept as their text form
	return 'string';
}

export const TRUE_WORDS = ['true', 't', 'yes', 'y', '1'];
export const FALSE_WORDS = ['false', 'f', 'no', 'n', '0'];
const NUMBER_RE = '^\\s*[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?\\s*$';
const INTEGER_RE = '^\\s*[-+]?\\d+\\s*$';
const LEADING_ZERO_RE = '^\\s*[-+]?0\\d';
const DATE_RE = '^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$';
const TIMESTAMP_RE =
	'^\\s*\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?\\s*$';
const OFFSET_RE = '(Z|[+-]\\d{2}(:?\\d{2})?)\\s*$';

const re = (s: string) => quoteString(s);

/** SQL that reads a text expression as a timestamp, honouring a UTC offset when one is written. */
function textToTimestamp(x: string): string {
	return `CASE WHEN regexp_matches(${x}, ${re(OFFSET_RE)}) THEN CAST(TRY_CAST(${x} AS TIMESTAMPTZ) AS TIMESTAMP) ELSE TRY_CAST(${x} AS TIMESTAMP) END`;
}

function textToBoolean(x: string): string {
	const t = TRUE_WORDS.map(quoteString).join(', ');
	const f = FALSE_WORDS.map(quoteString).join(', ');
	return `CASE WHEN lower(trim(${x})) IN (${t}) THEN TRUE WHEN lower(trim(${x})) IN (${f}) THEN FALSE ELSE NULL END`;
}

/**
 * The expression for the staged column `source` (of DuckDB type `sourceType`) as `kind`.
 * `nullText` (e.g. 'NULL') is read as missing in text columns. `format` (see formats.ts) says how
 * text is written when it is not the standard way: a decimal comma, a day-first date.
 */
export function castExpression(
	source: string,
	sourceType: string,
	kind: ColumnKind,
	nullText: string | null = null,
	format: string | null = null
): string {
	const t = sourceType.toUpperCase();
	let x = quoteIdent(source);
	const isText = t === 'VARCHAR';
	if (isText && nullText !== null) x = `NULLIF(${x}, ${quoteString(nullText)})`;
	const standard = castFrom(x, sourceType, kind);
	if (isText && format) return formattedExpression(x, kind, format, standard) ?? standard;
	return standard;
}

function castFrom(x: string, sourceType: string, kind: ColumnKind): string {
	const from = kindOfDuckType(sourceType);
	const t = sourceType.toUpperCase();
	const isText = t === 'VARCHAR';
	if (isText) {
		switch (kind) {
			case 'string':
				return x;
			case 'number':
				return `CASE WHEN regexp_matches(${x}, ${re(INTEGER_RE)}) THEN TRY_CAST(trim(${x}) AS BIGINT) WHEN regexp_matches(${x}, ${re(NUMBER_RE)}) THEN TRY_CAST(trim(${x}) AS DOUBLE) ELSE NULL END`;
			case 'date':
				return `CASE WHEN regexp_matches(${x}, ${re(TIMESTAMP_RE)}) THEN CAST(${textToTimestamp(x)} AS DATE) ELSE TRY_CAST(trim(${x}) AS DATE) END`;
			case 'timestamp':
				return textToTimestamp(`trim(${x})`);
			case 'boolean':
				return textToBoolean(x);
		}
	}
	if (from === kind) {
		if (kind === 'timestamp' && t !== 'TIMESTAMP') return `CAST(${x} AS TIMESTAMP)`;
		if (kind === 'string' && t !== 'VARCHAR') return `CAST(${x} AS VARCHAR)`;
		if (kind === 'number' && /^U?HUGEINT$|^UBIGINT$/.test(t)) return `CAST(${x} AS DOUBLE)`;
		return x;
	}
	switch (kind) {
		case 'string':
			return `CAST(${x} AS VARCHAR)`;
		case 'number':
			if (from === 'boolean') return `CAST(${x} AS INTEGER)`;
			return `TRY_CAST(${x} AS DOUBLE)`;
		case 'date':
			if (from === 'timestamp') return `CAST(${x} AS DATE)`;
			return `CAST(NULL AS DATE)`;
		case 'timestamp':
			if (from === 'date') return `CAST(${x} AS TIMESTAMP)`;
			return `CAST(NULL AS TIMESTAMP)`;
		case 'boolean':
			if (from === 'number') return `(${x} <> 0)`;
			return `CAST(NULL AS BOOLEAN)`;
	}
}

/**
 * One SQL statement that, for each text column, says which kinds all its values fit. Order of
 * preference: boolean, number (integers with a leading zero stay text: postal codes, phone
 * numbers), date, timestamp, else string.
 */
export function textKindsQuery(table: string, columns: string[], nullText: string | null): string {
	const parts = columns.flatMap((c, i) => {
		let x = quoteIdent(c);
		if (nullText !== null) x = `NULLIF(${x}, ${quoteString(nullText)})`;
		const bools = [...TRUE_WORDS.slice(0, 4), ...FALSE_WORDS.slice(0, 4)]
			.map(quoteString)
			.join(', ');
		return [
			`count(${x}) AS n${i}`,
			`count(*) FILTER (WHERE lower(trim(${x})) IN (${bools})) AS b${i}`,
			`count(*) FILTER (WHERE regexp_matches(${x}, ${re(NUMBER_RE)}) AND NOT regexp_matches(${x}, ${re(LEADING_ZERO_RE)})) AS num${i}`,
			`count(*) FILTER (WHERE regexp_matches(${x}, ${re(DATE_RE)}) AND TRY_CAST(trim(${x}) AS DATE) IS NOT NULL) AS d${i}`,
			`count(*) FILTER (WHERE regexp_matches(${x}, ${re(TIMESTAMP_RE)}) AND (${textToTimestamp(`trim(${x})`)}) IS NOT NULL) AS ts${i}`
		];
	});
	return `SELECT ${parts.join(',\n  ')} FROM ${table}`;
}

export function pickTextKind(row: Record<string, unknown>, i: number): ColumnKind {
	const n = Number(row[`n${i}`] ?? 0);
	if (n === 0) return 'string';
	if (Number(row[`b${i}`]) === n) return 'boolean';
	if (Number(row[`num${i}`]) === n) return 'number';
	if (Number(row[`d${i}`]) === n) return 'date';
	if (Number(row[`d${i}`]) + Number(row[`ts${i}`]) === n && Number(row[`ts${i}`]) > 0)
		return 'timestamp';
	return 'string';
}
