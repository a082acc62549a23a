// A batch of column values as an Arrow table the DuckDB worker can insert (insertArrowTable): used
// by the demo generator and by the JSON-records import. Buffers are built directly (no per-value
// builders, whose generated code the Content Security Policy forbids): a 65k-row batch converts in
// a few milliseconds.
// Types: Int32 → INTEGER, Float64 → DOUBLE, Utf8 → VARCHAR, DateDay → DATE, Bool → BOOLEAN, and
// TimestampMicrosecond (no tz) → TIMESTAMP. Not milliseconds: DuckDB maps an Arrow millisecond
// timestamp to TIMESTAMP_MS, a different column type.
import {
	Bool,
	DateDay,
	Field,
	Float64,
	Int32,
	RecordBatch,
	Schema,
	Struct,
	Table,
	TimestampMicrosecond,
	Utf8,
	makeData,
	type Data,
	type DataType
} from 'apache-arrow';
import type { AttributeType } from '../segments/data-model';

/** A column of a batch: its name, its attribute type and how its values are encoded. */
export interface BatchColumn {
	name: string;
	type: AttributeType;
	/** For type 'number': whole numbers (Int32Array, Arrow Int32) vs cents (Float64Array, Float64). */
	integer?: boolean;
	/** Whether the column can hold NULL. */
	nullable: boolean;
}

/**
 * One column's values in a batch. Encoding by column type:
 * - number, integer: Int32Array
 * - number, not integer: Float64Array
 * - date: Int32Array of epoch days (days since 1970-01-01)
 * - timestamp: Float64Array of wall-clock epoch milliseconds (no time zone; reads as UTC),
 *   always whole seconds
 * - string: (string | null)[] — '' and null are different values
 * - boolean: (boolean | null)[]
 */
export type ColumnData = Int32Array | Float64Array | (string | null)[] | (boolean | null)[];

export interface ColumnBatch {
	length: number;
	/** One array per column, in the column order, each exactly `length` long. */
	columns: ColumnData[];
}

const encoder = new TextEncoder();

export function batchToArrow(
	entity: { columns: readonly BatchColumn[] },
	batch: ColumnBatch
): Table {
	const fields: Field[] = [];
	const children: Data[] = [];
	entity.columns.forEach((column, i) => {
		const values = batch.columns[i];
		if (values === undefined) throw new Error(`Batch has no data for column ${column.name}`);
		const data = columnToData(column, values, batch.length);
		fields.push(new Field(column.name, data.type, column.nullable));
		children.push(data);
	});
	const schema = new Schema(fields);
	const struct = makeData({
		type: new Struct(fields),
		length: batch.length,
		nullCount: 0,
		children
	});
	return new Table([new RecordBatch(schema, struct)]);
}

function columnToData(column: BatchColumn, values: ColumnData, length: number): Data<DataType> {
	switch (column.type) {
		case 'number':
			return values instanceof Int32Array
				? makeData({ type: new Int32(), length, nullCount: 0, data: values })
				: makeData({
						type: new Float64(),
						length,
						nullCount: 0,
						data: expect(values, Float64Array)
					});
		case 'date':
			return makeData({
				type: new DateDay(),
				length,
				nullCount: 0,
				data: expect(values, Int32Array)
			});
		case 'timestamp':
			return makeData({
				type: new TimestampMicrosecond(),
				length,
				nullCount: 0,
				data: msToMicros(expect(values, Float64Array))
			});
		case 'string':
			return utf8(values as (string | null)[], length);
		case 'boolean':
			return bool(values as (boolean | null)[], length);
	}
}

function expect<T extends Int32Array | Float64Array>(
	values: ColumnData,
	ctor: { new (n: number): T }
): T {
	if (!(values instanceof ctor)) throw new Error(`Expected ${ctor.name} column data`);
	return values;
}

/**
 * Epoch ms → epoch µs as int64, written as two 32-bit halves (little-endian, as Arrow buffers
 * are): avoids one BigInt per value. Exact while |µs| < 2^53, i.e. for any year 1685–2255.
 */
function msToMicros(ms: Float64Array): BigInt64Array {
	const out = new BigInt64Array(ms.length);
	const halves = new Uint32Array(out.buffer);
	for (let i = 0; i < ms.length; i++) {
		const us = (ms[i] ?? 0) * 1000;
		const hi = Math.floor(us / 4294967296);
		halves[2 * i] = us - hi * 4294967296;
		halves[2 * i + 1] = hi | 0;
	}
	return out;
}

function validity(length: number): Uint8Array {
	return new Uint8Array((length + 7) >> 3);
}

function utf8(values: (string | null)[], length: number): Data<Utf8> {
	const offsets = new Int32Array(length + 1);
	const valid = validity(length);
	let nulls = 0;
	let capacity = 0;
	for (let i = 0; i < length; i++) capacity += (values[i]?.length ?? 0) * 3; // UTF-16 unit → ≤ 3 bytes
	let bytes = new Uint8Array(Math.max(capacity, 1));
	let pos = 0;
	for (let i = 0; i < length; i++) {
		const v = values[i];
		if (v === null || v === undefined) nulls++;
		else {
			valid[i >> 3]! |= 1 << (i & 7);
			pos += encoder.encodeInto(v, bytes.subarray(pos)).written;
		}
		offsets[i + 1] = pos;
	}
	bytes = bytes.slice(0, pos); // shrink: the worst-case estimate is ~3× too big for ASCII
	return makeData({
		type: new Utf8(),
		length,
		nullCount: nulls,
		nullBitmap: nulls > 0 ? valid : null,
		valueOffsets: offsets,
		data: bytes
	});
}

function bool(values: (boolean | null)[], length: number): Data<Bool> {
	const bits = validity(length);
	const valid = validity(length);
	let nulls = 0;
	for (let i = 0; i < length; i++) {
		const v = values[i];
		if (v === null || v === undefined) {
			nulls++;
			continue;
		}
		valid[i >> 3]! |= 1 << (i & 7);
		if (v) bits[i >> 3]! |= 1 << (i & 7);
	}
	return makeData({
		type: new Bool(),
		length,
		nullCount: nulls,
		nullBitmap: nulls > 0 ? valid : null,
		data: bits
	});
}
