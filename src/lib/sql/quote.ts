// The single place where identifiers and literal values are turned into SQL text. Everything that
// reaches DuckDB as text (entity tables, attribute names from user files, values in definitions)
// passes through one of these, so a name like `"; DROP TABLE x; --` stays a name.

/** Quote an identifier for DuckDB: wrap in double quotes and double any embedded quote. */
export function quoteIdent(name: string): string {
	if (name.includes('\u0000')) throw new Error('An identifier cannot contain a NUL character.');
	return '"' + name.replaceAll('"', '""') + '"';
}

/** Quote a string as a DuckDB string literal (standard SQL: single quotes doubled). */
export function quoteString(value: string): string {
	if (value.includes('\u0000')) throw new Error('A text value cannot contain a NUL character.');
	return "'" + value.replaceAll("'", "''") + "'";
}

/** A finite number as a SQL literal; DOUBLE so that large and fractional values keep their meaning. */
export function quoteNumber(value: number): string {
	if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${String(value)}`);
	if (Number.isInteger(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER) return String(value);
	return `CAST(${JSON.stringify(value)} AS DOUBLE)`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?$/;

/** A calendar date (YYYY-MM-DD) as a DATE literal. */
export function quoteDate(value: string): string {
	if (!ISO_DATE.test(value)) throw new Error(`Not a date (YYYY-MM-DD): ${value}`);
	return `DATE '${value}'`;
}

/** A wall-clock timestamp (YYYY-MM-DD HH:MM[:SS[.ffffff]]) as a TIMESTAMP literal. */
export function quoteTimestamp(value: string): string {
	if (!ISO_TIMESTAMP.test(value)) throw new Error(`Not a timestamp: ${value}`);
	return `TIMESTAMP '${value.replace('T', ' ')}'`;
}

export function quoteBoolean(value: boolean): string {
	return value ? 'TRUE' : 'FALSE';
}
