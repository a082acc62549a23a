// What is stored in IndexedDB. Records are plain data; every shape here is part of a schema
// version (schema.ts) and may only grow.
import type { CustomerProfile, Entity, Relationship } from '../segments/data-model';
import type { SegmentDefinition } from '../segments/definition';

export interface EntityRecord extends Entity {
	id: string;
}

export interface RelationshipRecord extends Relationship {
	id: string;
}

export interface SettingRecord {
	key: string;
	value: unknown;
}

/**
 * active: dynamic and refreshed on its schedule (or static and run);
 * inactive: kept but not refreshed (static: not yet run, or invalid);
 * draft: dynamic with problems, cannot run until fixed.
 */
export type SegmentState = 'active' | 'inactive' | 'draft';

export interface SegmentRecord {
	id: string;
	/** Same as definition.name, indexed for uniqueness checks. */
	name: string;
	definition: SegmentDefinition;
	state: SegmentState;
	createdAt: string;
	updatedAt: string;
	/** Increments on every save; runs record the revision they evaluated. */
	revision: number;
	/** Latest successful run, for tiles without reading history. */
	lastSuccess: { runId: string; at: string; members: number; groupCounts: number[] } | null;
	/** Latest run if it failed after the last success. */
	lastFailure: {
		runId: string;
		at: string;
		error: string;
		/**
		 * permanent: fails again until the inputs change (runs/retry.ts); transient: retried with
		 * back-off. Absent on failures recorded before this was kept (treated as transient).
		 */
		kind?: 'permanent' | 'transient';
		/** Fingerprint of the inputs the failing run saw (definition, model, data imports). */
		inputs?: string;
		/** Consecutive failures of this kind (for the back-off). */
		attempts?: number;
	} | null;
	/** When the next scheduled refresh is due (dynamic, active). */
	nextRunAt: string | null;
	/** Data the segment uses changed after its last run (static segments show this). */
	dataChangedAt: string | null;
}

export type RunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';
export type RunTrigger = 'manual' | 'schedule' | 'save' | 'data-change' | 'catch-up';

export interface RunRecord {
	id: string;
	segmentId: string;
	revision: number;
	definitionHash: string;
	/** The local moment relative dates were evaluated at. */
	asOf: string;
	startedAt: string;
	finishedAt: string | null;
	durationMs: number | null;
	status: RunStatus;
	trigger: RunTrigger;
	members: number | null;
	groupCounts: number[];
	entered: number | null;
	left: number | null;
	error: string | null;
	/** Which tab ran it (for the two-tab tests and diagnostics). */
	tabId: string;
	/**
	 * A failure repeated with the same error by the following runs is kept as one entry: how many
	 * runs it stands for and when the last of them finished (startedAt is the first's).
	 */
	repeat?: { count: number; lastAt: string };
}

/** Keys that entered / left at a run: kept for the latest runs only (see runs/retention.ts). */
export interface RunChangeRecord {
	runId: string;
	segmentId: string;
	entered: string[];
	left: string[];
	/** true when the lists were cut to the retention limit. */
	truncated: boolean;
}

/** Remembered entity/attribute name mappings for definition imports (sharing). */
export interface ImportMappingRecord {
	/** 'entity:Orders' or 'attribute:Orders.total_amount' or 'relationship:orders_customer'. */
	from: string;
	to: string;
	updatedAt: string;
}

export type { CustomerProfile };
