// RFC 4180 CSV text from Arrow record batches: comma-separated, CRLF line ends, every field that
// holds a comma, quote, CR or LF quoted with quotes doubled, NULL as an empty field. Values are
// formatted the way the rest of the app shows them (dates YYYY-MM-DD, timestamps with a space).
import type { RecordBatch } from 'apache-arrow';
import { tableToRows } from '../results';
import { Table } from 'apache-arrow';
import { csvField } from '../csv-field';

export { csvField };

export function csvHeader(names: string[]): string {
	return names.map(csvField).join(',') + '\r\n';
}

export function csvRows(batch: RecordBatch): string {
	const rows = tableToRows(new Table(batch));
	const names = batch.schema.fields.map((f) => f.name);
	let out = '';
	for (const row of rows) out += names.map((n) => csvField(row[n])).join(',') + '\r\n';
	return out;
}
