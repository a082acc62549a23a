// The shape of the generated "seed world": entities that stream column batches, plus the
// relationships and Customer Profile the app registers for them (same shapes as the data model,
// so they can be stored as-is).
import type { AttributeType, CustomerProfile, Relationship } from '../segments/data-model';

export interface DemoColumn {
	name: string;
	type: AttributeType;
	/** For type 'number': whole numbers (Int32Array, Arrow Int32) vs cents (Float64Array, Float64). */
	integer?: boolean;
	/** Whether the column can hold NULL (only string and boolean columns ever do). */
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
	/** One array per column, in the entity's column order, each exactly `length` long. */
	columns: ColumnData[];
}

export interface DemoEntity {
	name: string;
	columns: readonly DemoColumn[];
	/** Number of rows `batches()` yields. Exact (the name is historical). */
	readonly rowCountEstimate: number;
	/**
	 * The rows in order, `batchSize` at a time (the last batch may be shorter). Every call starts
	 * over and yields the same rows; batch boundaries never change the values.
	 */
	batches(batchSize?: number): Iterable<ColumnBatch>;
}

export interface WorldParams {
	customers: number;
	seed: number;
	/** 'YYYY-MM-DD': the day the data is "as of". */
	today: string;
}

export interface DemoWorld {
	params: WorldParams;
	/** Customers, Orders, Cases, OnlineAccounts, ClickStream — in an order that respects references. */
	entities: DemoEntity[];
	relationships: Relationship[];
	profile: CustomerProfile;
	/** The entity with this name; throws when there is none. */
	entity(name: string): DemoEntity;
}
