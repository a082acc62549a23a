// Turns a row writer into a streaming DemoEntity: fresh column arrays per batch, filled row by
// row. Writers see a global row index, so values never depend on where a batch starts.
import type { ColumnBatch, ColumnData, DemoColumn, DemoEntity } from './types';

export const DEFAULT_BATCH_SIZE = 65_536;

export interface RowWriter {
	/** Called before each batch with that batch's (fresh) column arrays. */
	bind(columns: ColumnData[]): void;
	/** Fill position `at` of the bound arrays with row number `row` (0-based, global). */
	write(row: number, at: number): void;
}

export function allocate(column: DemoColumn, length: number): ColumnData {
	switch (column.type) {
		case 'number':
			return column.integer ? new Int32Array(length) : new Float64Array(length);
		case 'date':
			return new Int32Array(length);
		case 'timestamp':
			return new Float64Array(length);
		case 'string':
			return new Array<string | null>(length).fill(null);
		case 'boolean':
			return new Array<boolean | null>(length).fill(null);
	}
}

export function defineEntity(
	name: string,
	columns: readonly DemoColumn[],
	count: () => number,
	open: () => RowWriter
): DemoEntity {
	return {
		name,
		columns,
		get rowCountEstimate() {
			return count();
		},
		*batches(batchSize = DEFAULT_BATCH_SIZE): Generator<ColumnBatch> {
			if (!Number.isInteger(batchSize) || batchSize < 1)
				throw new Error(`Batch size must be a positive integer, got ${batchSize}`);
			const total = count();
			const writer = open();
			for (let start = 0; start < total; start += batchSize) {
				const length = Math.min(batchSize, total - start);
				const data = columns.map((c) => allocate(c, length));
				writer.bind(data);
				for (let at = 0; at < length; at++) writer.write(start + at, at);
				yield { length, columns: data };
			}
		}
	};
}

/** Column arrays by name, typed by the caller (the writer knows its own schema). */
export function columnsByName(
	columns: readonly DemoColumn[],
	data: ColumnData[]
): <T extends ColumnData>(name: string) => T {
	return <T extends ColumnData>(name: string): T => {
		const i = columns.findIndex((c) => c.name === name);
		const d = data[i];
		if (d === undefined) throw new Error(`No column ${name}`);
		return d as T;
	};
}
