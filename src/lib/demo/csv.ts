// RFC 4180 CSV for generated batches (the bench-data script streams these to disk): header row,
// CRLF-free LF line ends, fields quoted only when they contain , " CR or LF (quotes doubled).
// NULL is an empty field and the empty string is "" — readers must not treat quoted empties as
// NULL (DuckDB: allow_quoted_nulls=false) to keep the two apart. Dates 'YYYY-MM-DD', timestamps
// 'YYYY-MM-DD HH:MM:SS', booleans true/false, numbers in JavaScript's shortest round-trip form.
import { MS_PER_DAY, formatDay, formatTimeOfDay } from './dates';
import type { ColumnBatch, DemoColumn, DemoEntity } from './types';

const NEEDS_QUOTES = /[",\r\n]/;

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) =>
	String(i).padStart(2, '0')
);

/**
 * Same text as String(v), faster for whole cents (all generated amounts): the shortest
 * round-trip float printer is the most expensive part of an Orders row otherwise.
 */
export function formatDecimal(v: number): string {
	const c = Math.round(v * 100);
	if (c / 100 !== v || c >= 2 ** 31 || c <= -(2 ** 31)) return String(v);
	const sign = c < 0 ? '-' : '';
	const a = Math.abs(c);
	const whole = (a - (a % 100)) / 100;
	const f = a % 100;
	if (f === 0) return sign + String(whole);
	return sign + whole + '.' + (f % 10 === 0 ? String(f / 10) : TWO_DIGITS[f]);
}

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
				if (values instanceof Int32Array) return (r: number) => String(values[r]);
				const v = values as Float64Array;
				return (r: number) => formatDecimal(v[r] ?? 0);
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
	// One flat array joined once: per-line concatenation would build (and collect) a rope per row.
	const cols = formatters.length;
	const parts = new Array<string>(batch.length * cols * 2);
	let k = 0;
	for (let r = 0; r < batch.length; r++)
		for (let c = 0; c < cols; c++) {
			parts[k++] = formatters[c]!(r);
			parts[k++] = c === cols - 1 ? '\n' : ',';
		}
	return parts.join('');
}
