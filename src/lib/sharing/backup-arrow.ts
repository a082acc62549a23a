// Checking a backup's Arrow data file before anything is replaced: it must be a readable Arrow IPC
// stream whose columns are exactly the entity's attributes, each of the attribute's kind, with
// the row count the manifest states. Reads the stream's structure only; no value is decoded.
import { DataType, RecordBatchReader, type Field } from 'apache-arrow';
import type { AttributeType } from '../segments/data-model';
import type { EntityRecord } from '../db/records';

function kindOf(field: Field): AttributeType | null {
	const t = field.type;
	if (DataType.isInt(t) || DataType.isFloat(t) || DataType.isDecimal(t)) return 'number';
	if (DataType.isUtf8(t) || DataType.isLargeUtf8(t)) return 'string';
	if (DataType.isBool(t)) return 'boolean';
	if (DataType.isDate(t)) return 'date';
	if (DataType.isTimestamp(t)) return 'timestamp';
	return null;
}

/**
 * Why the Arrow data of `entity` cannot be restored, in a sentence; null when it can. With
 * `countRows` false only the schema is read (fast, for the page's thread: the rows were counted
 * when the backup was read, in the reader's worker, and the engine reports what it inserted).
 */
export function arrowDataProblem(
	entity: EntityRecord,
	path: string,
	bytes: Uint8Array,
	rows: number,
	countRows = true
): string | null {
	let fields: Field[];
	let read = rows;
	try {
		const reader = RecordBatchReader.from(bytes);
		reader.open();
		fields = reader.schema.fields;
		if (countRows) {
			read = 0;
			for (const batch of reader) read += batch.numRows;
		}
	} catch {
		return `${path} in the backup is damaged: it is not the Arrow data this app writes.`;
	}
	const names = fields.map((f) => f.name);
	const missing = entity.attributes.filter((a) => !names.includes(a.name));
	if (missing.length)
		return `The data of ${entity.name} lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((a) => `“${a.name}”`).join(', ')}.`;
	const extra = names.filter((n) => !entity.attributes.some((a) => a.name === n));
	if (extra.length || names.length !== entity.attributes.length)
		return `The data of ${entity.name} has columns its attributes do not list (${extra.map((n) => `“${n}”`).join(', ') || 'a repeated name'}).`;
	for (const a of entity.attributes) {
		const field = fields.find((f) => f.name === a.name)!;
		if (kindOf(field) !== a.type)
			return `The column “${a.name}” of ${entity.name} does not hold ${a.type} values in the backup.`;
	}
	if (read !== rows)
		return `${path} holds ${read.toLocaleString('en')} rows where the backup lists ${rows.toLocaleString('en')}.`;
	return null;
}
