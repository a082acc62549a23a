// The shape of every record a workspace backup holds, as zod schemas tied to the IndexedDB record
// types (db/records.ts): a schema that lacks a field of its record, or reads it as another type,
// does not compile. Records may only grow, so a backup from a newer build keeps fields this one
// does not know (loose objects); every field this build relies on is checked, dates included.
import { z } from 'zod';
import type {
	EntityRecord,
	ImportMappingRecord,
	RelationshipRecord,
	RunChangeRecord,
	RunRecord,
	SegmentRecord,
	SettingRecord
} from '../db/records';
import type { SegmentDefinition } from '../segments/definition';

/** Tables the engine keeps for itself (runs' member snapshots, restore's revert copies). */
export const RESERVED_TABLE =
	/^(segment_members|segment_members_previous|segment_snapshots|segment_labels|segments_revert_.*)$/i;

/** A schema for record type R: its output is an R and its shape names every field of R. */
const recordOf =
	<R>() =>
	<S extends z.ZodType<R> & { shape: Record<keyof R, unknown> }>(schema: S): S =>
		schema;

const str = (max: number) => z.string().max(max);
const key = str(200);
// Date.parse alone reads "1" or "May 5" as dates: the app writes ISO 8601, so that is what is read
const ISO_DATE =
	/^[+-]?\d{4,6}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
export const isDateText = (s: string) => ISO_DATE.test(s) && !Number.isNaN(Date.parse(s));
const date = str(64).refine(isDateText, 'is not a date');
const count = z.number().int().min(0);

export const attributeSchema = z.looseObject({
	name: str(256).min(1),
	displayName: str(256),
	type: z.enum(['number', 'string', 'date', 'timestamp', 'boolean'])
});

export const entitySchema = recordOf<EntityRecord>()(
	z.looseObject({
		id: key,
		name: str(64),
		displayName: str(200),
		// a plain identifier, and never one of the engine's own tables: a data restore writes to it
		table: z
			.string()
			.regex(/^[A-Za-z][A-Za-z0-9_]{0,127}$/, 'must be a table name of letters, digits and _')
			.refine((t) => !RESERVED_TABLE.test(t), 'is a name the engine keeps for itself'),
		attributes: z.array(attributeSchema).max(5000),
		rowCount: count,
		sourceFile: str(1000),
		sourceFormat: z.enum(['csv', 'parquet', 'json', 'ndjson', 'demo']),
		importedAt: date
	})
);

const ref = z.looseObject({ entity: str(64), attribute: str(256) });
export const relationshipSchema = recordOf<RelationshipRecord>()(
	z.looseObject({
		id: key,
		name: str(128),
		from: ref,
		to: ref,
		cardinality: z.enum(['many-to-one', 'one-to-one'])
	})
);

export const settingSchema = recordOf<SettingRecord>()(z.looseObject({ key, value: z.unknown() }));

/** The values of the settings the app reads (others are free JSON, kept as they are). */
export const profileValueSchema = z.looseObject({ entity: str(64), key: str(256) }).nullable();
export const formerRelationshipsSchema = z.array(
	z.looseObject({
		name: str(128),
		from: ref,
		to: ref,
		cardinality: z.enum(['many-to-one', 'one-to-one'])
	})
);

export const segmentSchema = recordOf<SegmentRecord>()(
	z.looseObject({
		id: key,
		name: str(64),
		// checked (and migrated) by parseDefinition afterwards, with its own wording
		definition: z.custom<SegmentDefinition>(() => true),
		state: z.enum(['active', 'inactive', 'draft']),
		createdAt: date,
		updatedAt: date,
		revision: count,
		lastSuccess: z
			.looseObject({ runId: key, at: date, members: count, groupCounts: z.array(count) })
			.nullable(),
		lastFailure: z
			.looseObject({
				runId: key,
				at: date,
				error: str(10_000),
				kind: z.enum(['permanent', 'transient']).optional(),
				inputs: str(10_000).optional(),
				attempts: count.optional()
			})
			.nullable(),
		nextRunAt: date.nullable(),
		dataChangedAt: date.nullable()
	})
);

export const runSchema = recordOf<RunRecord>()(
	z.looseObject({
		id: key,
		segmentId: key,
		revision: count,
		definitionHash: str(200),
		asOf: date,
		startedAt: date,
		finishedAt: date.nullable(),
		durationMs: z.number().min(0).nullable(),
		status: z.enum(['running', 'succeeded', 'failed', 'cancelled']),
		trigger: z.enum(['manual', 'schedule', 'save', 'data-change', 'catch-up']),
		members: count.nullable(),
		groupCounts: z.array(count),
		entered: count.nullable(),
		left: count.nullable(),
		error: str(10_000).nullable(),
		tabId: str(200),
		repeat: z.looseObject({ count: count, lastAt: date }).optional()
	})
);

export const runChangeSchema = recordOf<RunChangeRecord>()(
	z.looseObject({
		runId: key,
		segmentId: key,
		entered: z.array(z.string()),
		left: z.array(z.string()),
		truncated: z.boolean()
	})
);

export const importMappingSchema = recordOf<ImportMappingRecord>()(
	z.looseObject({ from: str(600), to: str(600), updatedAt: date })
);
