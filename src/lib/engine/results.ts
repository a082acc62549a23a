// Arrow results from DuckDB turned into plain rows of JS values that survive structured cloning
// and JSON: integers as numbers (or decimal strings when beyond 2^53), dates as 'YYYY-MM-DD',
// timestamps as 'YYYY-MM-DD HH:MM:SS[.ffffff]', decimals as numbers, lists/structs as JSON text.
import { DataType, type Table, type Field, type Vector } from 'apache-arrow';

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

export interface ResultColumn {
	name: string;
	/** Arrow type name, for formatting decisions in the UI. */
	arrowType: string;
}

export interface QueryResult {
	columns: ResultColumn[];
	rows: Row[];
}

function pad(n: number, w = 2): string {
	return String(n).padStart(w, '0');
}

export function formatDateUTC(ms: number): string {
	const d = new Date(ms);
	const y = d.getUTCFullYear();
	const ys = y < 0 ? '-' + pad(-y, 4) : pad(y, 4);
	return `${ys}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function formatTimestampMicros(micros: bigint): string {
	// whole seconds rounded down (BigInt division truncates towards zero, which put instants before
	// 1970 a second late), then the microseconds after them
	const rest = Number(((micros % 1_000_000n) + 1_000_000n) % 1_000_000n);
	const d = new Date(Number((micros - BigInt(rest)) / 1000n));
	const base = `${formatDateUTC(d.getTime())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
	return rest === 0 ? base : `${base}.${String(rest).padStart(6, '0').replace(/0+$/, '')}`;
}

function toMicros(value: unknown, unit: number): bigint | null {
	if (value === null || value === undefined) return null;
	// arrow-js returns timestamps as milliseconds (number) for all units; keep micro precision when
	// the raw value is available as bigint.
	if (typeof value === 'bigint') {
		switch (unit) {
			case 0:
				return value * 1_000_000n;
			case 1:
				return value * 1000n;
			case 2:
				return value;
			default:
				return value / 1000n;
		}
	}
	if (typeof value === 'number') return BigInt(Math.round(value * 1000));
	if (value instanceof Date) return BigInt(value.getTime()) * 1000n;
	return null;
}

function convert(field: Field, vector: Vector, i: number): Value {
	const type = field.type;
	if (!vector.isValid(i)) return null;
	if (DataType.isTimestamp(type)) {
		// read the raw 64-bit value so microseconds survive
		const data = vector.data[0];
		let raw: unknown = vector.get(i);
		if (vector.data.length === 1 && data) {
			const values = data.values as unknown;
			if (values instanceof BigInt64Array) raw = values[i + (data.offset ?? 0)];
		}
		const micros = toMicros(raw, type.unit);
		return micros === null ? null : formatTimestampMicros(micros);
	}
	const v: unknown = vector.get(i);
	if (v === null || v === undefined) return null;
	if (DataType.isDate(type)) return formatDateUTC(v instanceof Date ? v.getTime() : Number(v));
	if (DataType.isDecimal(type)) return decimalToNumber(v, type.scale);
	if (typeof v === 'bigint') {
		return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER)
			? Number(v)
			: v.toString();
	}
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (v instanceof Uint8Array) return `<${v.length} bytes>`;
	if (typeof v === 'object' && v !== null && 'toJSON' in v) {
		return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
	}
	return String(v as string);
}

function decimalToNumber(v: unknown, scale: number): number {
	// arrow-js hands decimals out as Uint32Array words of a 128-bit two's complement integer
	if (v instanceof Uint32Array) {
		let big = 0n;
		for (let w = v.length - 1; w >= 0; w--) big = (big << 32n) | BigInt(v[w] ?? 0);
		const bits = BigInt(v.length * 32);
		if (big >> (bits - 1n) === 1n) big -= 1n << bits;
		return Number(big) / 10 ** scale;
	}
	return Number(v) / 10 ** scale;
}

export function tableToResult(table: Table): QueryResult {
	const fields = table.schema.fields;
	const columns = fields.map((f) => ({ name: f.name, arrowType: String(f.type) }));
	const rows: Row[] = [];
	for (const batch of table.batches) {
		const vectors = fields.map((_f, j) => batch.getChildAt(j));
		for (let i = 0; i < batch.numRows; i++) {
			// no prototype: a column named __proto__ or constructor is an ordinary key here
			const row = Object.create(null) as Row;
			fields.forEach((f, j) => {
				const vec = vectors[j];
				row[f.name] = vec ? convert(f, vec, i) : null;
			});
			rows.push(row);
		}
	}
	return { columns, rows };
}

export function tableToRows(table: Table): Row[] {
	return tableToResult(table).rows;
}
