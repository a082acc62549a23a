// How text values are read as numbers and dates when they are not written the standard way:
// decimal commas ("12,50", "1.234,50"), thousands commas ("1,234.50"), and dates written day-first,
// month-first or in a format the user types (DuckDB's strptime codes: %d/%m/%Y). The candidates a
// preview offers, their labels in words, and the SQL that reads a value with a chosen format.
import { quoteString } from '../../sql/quote';
import { EngineError } from '../errors';
import type { ColumnKind } from '../protocol';

export const DECIMAL_COMMA = 'decimal-comma';
export const THOUSANDS_COMMA = 'thousands-comma';

const DECIMAL_COMMA_RE = '^\\s*[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?\\s*$';
const THOUSANDS_COMMA_RE = '^\\s*[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*$';

const DATE_PATTERNS = [
	'%d/%m/%Y',
	'%m/%d/%Y',
	'%d.%m.%Y',
	'%d-%m-%Y',
	'%m-%d-%Y',
	'%Y/%m/%d',
	'%d/%m/%y',
	'%m/%d/%y'
];
const TIME_SUFFIXES = ['', ' %H:%M', ' %H:%M:%S'];

/** The formats worth trying for text values read as `kind`. */
export function candidateFormats(kind: ColumnKind): string[] {
	if (kind === 'number') return [DECIMAL_COMMA, THOUSANDS_COMMA];
	if (kind === 'date' || kind === 'timestamp')
		return DATE_PATTERNS.flatMap((d) => TIME_SUFFIXES.map((t) => d + t));
	return [];
}

/** A format in words with an example, e.g. "day first: 31/12/2024 14:30". */
export function formatLabel(format: string): string {
	if (format === DECIMAL_COMMA) return 'decimal comma: 1.234,50';
	if (format === THOUSANDS_COMMA) return 'thousands comma: 1,234.50';
	const d = format.indexOf('%d');
	const m = format.indexOf('%m');
	const y = Math.max(format.indexOf('%Y'), format.indexOf('%y'));
	const order =
		y >= 0 && y < Math.min(d, m)
			? 'year first'
			: d >= 0 && m >= 0 && d < m
				? 'day first'
				: 'month first';
	const example = format
		.replaceAll('%d', '31')
		.replaceAll('%m', '12')
		.replaceAll('%Y', '2024')
		.replaceAll('%y', '24')
		.replaceAll('%H', '14')
		.replaceAll('%M', '30')
		.replaceAll('%S', '59');
	return d >= 0 && m >= 0 ? `${order}: ${example}` : `format ${format}`;
}

/**
 * A format the user chose, checked before it reaches SQL: the number formats by name, a date
 * format must use strptime codes (DuckDB itself says whether each code exists, see
 * `formatProbe`).
 */
export function formatProblem(kind: ColumnKind, format: string): string | null {
	if (kind === 'number')
		return format === DECIMAL_COMMA || format === THOUSANDS_COMMA
			? null
			: 'Numbers can be read with a decimal comma or a thousands comma.';
	if (kind === 'date' || kind === 'timestamp') {
		if (format.trim() === '') return 'Type a date format, e.g. %d/%m/%Y.';
		if (!/%[a-zA-Z]/.test(format))
			return `“${format}” has no date codes: use %d (day), %m (month), %Y (year), %H:%M (time), e.g. %d/%m/%Y.`;
		if (format.length > 60) return 'The date format is too long.';
		return null;
	}
	return 'Only numbers, dates and timestamps can have a format.';
}

/** SQL that fails (in DuckDB) when `format` holds a code strptime does not know. */
export function formatProbe(format: string): string {
	return `SELECT try_strptime('', ${quoteString(format)}) AS ok`;
}

export function invalidFormatError(format: string): EngineError {
	return new EngineError(
		'import',
		`“${format}” is not a date format the engine understands. Use codes such as %d (day), %m (month), %Y (year), %H:%M (time), e.g. %d/%m/%Y.`
	);
}

/**
 * The text expression `x` read as `kind` with `format`; null when the format does not apply (the
 * caller falls back to the standard reading). Dates also accept ISO values (2024-12-31), which
 * are never ambiguous; numbers accept only the chosen format.
 */
export function formattedExpression(
	x: string,
	kind: ColumnKind,
	format: string,
	standard: string
): string | null {
	if (kind === 'number') {
		if (format === DECIMAL_COMMA)
			return `CASE WHEN regexp_matches(${x}, ${quoteString(DECIMAL_COMMA_RE)}) THEN TRY_CAST(replace(replace(trim(${x}), '.', ''), ',', '.') AS DOUBLE) ELSE NULL END`;
		if (format === THOUSANDS_COMMA)
			return `CASE WHEN regexp_matches(${x}, ${quoteString(THOUSANDS_COMMA_RE)}) THEN TRY_CAST(replace(trim(${x}), ',', '') AS DOUBLE) ELSE NULL END`;
		return null;
	}
	if (kind === 'date')
		return `COALESCE(CAST(try_strptime(trim(${x}), ${quoteString(format)}) AS DATE), ${standard})`;
	if (kind === 'timestamp')
		return `COALESCE(CAST(try_strptime(trim(${x}), ${quoteString(format)}) AS TIMESTAMP), ${standard})`;
	return null;
}
