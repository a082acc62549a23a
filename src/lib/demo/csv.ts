// RFC 4180 CSV for generated batches (the bench-data script streams these to disk): header row,
// CRLF-free LF line ends, fields quoted only when they contain , " CR or LF (quotes doubled).
// NULL is an empty field and the empty string is "" — readers must not treat quoted empties as
// NULL (DuckDB: allow_quoted_nulls=false) to keep the two apart. Dates 'YYYY-MM-DD', timestamps
// 'YYYY-MM-DD HH:MM:SS', booleans true/false, numbers in JavaScript's shortest round-trip form.
import { MS_PER_DAY, formatDay, formatTimeOfDay } from './dates';
import type { ColumnBatch, DemoColumn, DemoEntity } from './types';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | null): string {
	if (value === null) return '';
	if (value === '') return '""';
	return NEEDS_QUOTES.test(value) ? '"' + value.replaceAll('"', '""') + '"' : value;
}

export function csvHeader(entity: Pick<DemoEntity, 'columns'>): string {
	return entity.columns.map((c) => csvField(c.name)).join(',') + '\n';
}

/** The batch's rows as CSV lines (each ending in '\n'), without the header. */
export function batchToCsv(entity: Pick<DemoEntity, 'columns'>, batch: ColumnBatch): string {
	const days = new Map<number, string>(); // few distinct days per batch: format each once
	const day = (d: number): string => {
		let s = days.get(d);
		if (s === undefined) days.set(d, (s = formatDay(d)));
		return s;
	};
	const formatters = entity.columns.map((column: DemoColumn, i) => {
		const values = batch.columns[i];
		if (values === undefined) throw new Error(`Batch has no data for column ${column.name}`);
		switch (column.type) {
			case 'number': {
				const v = values as Int32Array | Float64Array;
				return (r: number) => String(v[r]);
			}
			case 'date': {
				const v = values as Int32Array;
				return (r: number) => day(v[r] ?? 0);
			}
			case 'timestamp': {
				const v = values as Float64Array;
				return (r: number) => {
					const ms = v[r] ?? 0;
					const d = Math.floor(ms / MS_PER_DAY);
					return day(d) + ' ' + formatTimeOfDay(ms - d * MS_PER_DAY);
				};
			}
			case 'string': {
				const v = values as (string | null)[];
				return (r: number) => csvField(v[r] ?? null);
			}
			case 'boolean': {
				const v = values as (boolean | null)[];
				return (r: number) => {
					const b = v[r];
					return b === null || b === undefined ? '' : b ? 'true' : 'false';
				};
			}
		}
	});
	const lines = new Array<string>(batch.length);
	for (let r = 0; r < batch.length; r++) {
		let line = '';
		for (let c = 0; c < formatters.length; c++) line += (c === 0 ? '' : ',') + formatters[c]!(r);
		lines[r] = line;
	}
	return batch.length === 0 ? '' : lines.join('\n') + '\n';
}
