// The shape of the generated "seed world": entities that stream column batches, plus the
// relationships and Customer Profile the app registers for them (same shapes as the data model,
// so they can be stored as-is).
import type { CustomerProfile, Relationship } from '../segments/data-model';
import type { BatchColumn, ColumnBatch, ColumnData } from '../engine/arrow-batch';

/** A demo column; only string and boolean columns are ever nullable. */
export type DemoColumn = BatchColumn;
export type { ColumnBatch, ColumnData };

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
