// RFC 4180 CSV text from Arrow record batches: comma-separated, CRLF line ends, every field that
// holds a comma, quote, CR or LF quoted with quotes doubled, NULL as an empty field. Values are
// formatted the way the rest of the app shows them (dates YYYY-MM-DD, timestamps with a space).
// With `spreadsheetSafe`, text cells and column names that a spreadsheet would run as a formula are
// neutralised (see csv-field.ts); numbers, dates and booleans are never touched.
import { DataType, Table, type RecordBatch } from 'apache-arrow';
import { tableToRows } from '../results';
import { csvField, spreadsheetSafe } from '../csv-field';

export { csvField };

export interface CsvOptions {
	/** Neutralise formula-like text for spreadsheets (the default of member exports). */
	spreadsheetSafe?: boolean;
}

export function csvHeader(names: string[], options: CsvOptions = {}): string {
	const cell = options.spreadsheetSafe ? (n: string) => csvField(spreadsheetSafe(n)) : csvField;
	return names.map(cell).join(',') + '\r\n';
}

export function csvRows(batch: RecordBatch, options: CsvOptions = {}): string {
	const rows = tableToRows(new Table(batch));
	const fields = batch.schema.fields;
	const names = fields.map((f) => f.name);
	const text = fields.map(
		(f) => !!options.spreadsheetSafe && (DataType.isUtf8(f.type) || DataType.isLargeUtf8(f.type))
	);
	let out = '';
	for (const row of rows) {
		out +=
			names
				.map((n, j) => {
					const v = row[n];
					return csvField(text[j] && typeof v === 'string' ? spreadsheetSafe(v) : v);
				})
				.join(',') + '\r\n';
	}
	return out;
}
