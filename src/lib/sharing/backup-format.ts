// The workspace backup document (segments.backup): every IndexedDB table that is not raw data —
// the data model, segment definitions, run history, settings and remembered import mappings —
// plus, when the data was included, the list of data files beside it in the zip archive. Checked
// whole here before a restore is offered: each record's shape (backup-records.ts), each
// definition, and what must hold across records (backup-checks.ts). A backup is a file like any
// other and may be hostile or damaged; it is refused on its first problem, named with its path.
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
import { parseDefinition } from '../segments/parse';
import { problem, type Problem } from '../segments/problems';
import { workspaceProblem } from './backup-checks';
import { issueSentence, located } from './backup-issues';
import {
	entitySchema,
	importMappingSchema,
	relationshipSchema,
	runChangeSchema,
	runSchema,
	segmentSchema,
	settingSchema
} from './backup-records';
import { formatPath, isRecord } from './json-text';

export { RESERVED_TABLE } from './backup-records';

export const BACKUP_FORMAT = 'segments.backup';
/**
 * 2: data files are Arrow IPC streams (data/<entity>.arrow), typed and exact. 1: CSV files
 * (data/<entity>.csv), still read.
 */
export const BACKUP_VERSION = 2;
/** The workspace document inside (or as) a backup file. */
export const BACKUP_DOCUMENT = 'workspace.json';
/** Run history with member changes can be large; beyond this a browser tab would struggle. */
export const MAX_BACKUP_JSON_BYTES = 200 * 1024 * 1024;
/** Definitions nest deepest (see MAX_DEFINITION_DEPTH); settings values are free JSON. */
export const MAX_BACKUP_DEPTH = 64;

/** The tables a backup holds, in the order they are restored. */
export const WORKSPACE_TABLES = [
	'entities',
	'relationships',
	'settings',
	'segments',
	'runs',
	'runChanges',
	'importMappings'
] as const;
export type WorkspaceTableName = (typeof WORKSPACE_TABLES)[number];

export interface WorkspaceTables {
	entities: EntityRecord[];
	relationships: RelationshipRecord[];
	settings: SettingRecord[];
	segments: SegmentRecord[];
	runs: RunRecord[];
	runChanges: RunChangeRecord[];
	importMappings: ImportMappingRecord[];
}

/** How a data file is written: what its manifest says is how it is read, never its content. */
export type DataFormat = 'arrow' | 'csv';
export const DATA_EXTENSION: Record<DataFormat, string> = { arrow: 'arrow', csv: 'csv' };
export const dataPath = (entity: string, format: DataFormat = 'arrow') =>
	`data/${entity}.${DATA_EXTENSION[format]}`;
/** Any data file name a backup may hold (others in an archive are ignored, never read). */
export const DATA_PATH = /^data\/[A-Za-z][A-Za-z0-9_]{0,63}\.(arrow|csv)$/;

export interface BackupDataFile {
	entity: string;
	table: string;
	/** Inside the archive: data/<entity>.arrow (or .csv in version 1). */
	path: string;
	rows: number;
}

export interface BackupDocument {
	format: typeof BACKUP_FORMAT;
	version: number;
	app: { name: string; version: string };
	exportedAt: string;
	tables: WorkspaceTables;
	/** null: the data was not included (a JSON file); otherwise data files in the zip. */
	data: { format: DataFormat; files: BackupDataFile[] } | null;
}

const dataFile = z.strictObject({
	entity: z.string().max(64),
	table: z.string().max(256),
	path: z.string().regex(DATA_PATH, 'is not data/<entity>.arrow'),
	rows: z.number().int().min(0)
});
const documentSchema = z.looseObject({
	format: z.literal(BACKUP_FORMAT),
	version: z.number().int().min(1).max(BACKUP_VERSION),
	app: z.looseObject({ name: z.string().max(100), version: z.string().max(50) }),
	exportedAt: z.string().max(64),
	tables: z.strictObject({
		entities: z.array(entitySchema).max(1000),
		relationships: z.array(relationshipSchema).max(5000),
		settings: z.array(settingSchema).max(10_000),
		segments: z.array(segmentSchema).max(10_000),
		runs: z.array(runSchema),
		runChanges: z.array(runChangeSchema),
		importMappings: z.array(importMappingSchema).max(100_000)
	}),
	data: z
		.strictObject({ format: z.enum(['arrow', 'csv']), files: z.array(dataFile).max(1000) })
		.nullable()
});

export type BackupReadResult =
	{ ok: true; document: BackupDocument } | { ok: false; problems: Problem[] };

const fail = (path: (string | number)[], code: string, message: string): BackupReadResult => ({
	ok: false,
	problems: [problem(path, code, message)]
});

/** Each table's primary key (schema.ts), a field of that table's record type. */
export const TABLE_KEYS = {
	entities: 'id',
	relationships: 'id',
	settings: 'key',
	segments: 'id',
	runs: 'id',
	runChanges: 'runId',
	importMappings: 'from'
} as const satisfies { [N in WorkspaceTableName]: keyof WorkspaceTables[N][number] };

export function readBackupDocument(value: unknown): BackupReadResult {
	if (!isRecord(value))
		return fail([], 'notOurFormat', 'This file is not a Segments workspace backup.');
	if (value.format !== BACKUP_FORMAT)
		return value.format === 'segments.bundle' || value.format === 'segments.definition'
			? fail(
					['format'],
					'isDefinitions',
					'This is a definitions file, not a workspace backup; import it under “Import definitions”.'
				)
			: fail(['format'], 'notOurFormat', 'This file is not a Segments workspace backup.');
	const version = value.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return fail(['version'], 'badVersion', 'This backup has no valid format version.');
	if (version > BACKUP_VERSION)
		return fail(
			['version'],
			'newerVersion',
			`This backup uses format version ${version}, which is newer than this app can read (version ${BACKUP_VERSION}); update Segments to restore it.`
		);
	const parsed = documentSchema.safeParse(value);
	if (!parsed.success) return { ok: false, problems: [issueSentence(parsed.error.issues[0]!, [])] };
	const document: BackupDocument = parsed.data;
	// every definition goes through the same checks as an imported one (and older ones migrate)
	for (const [i, s] of document.tables.segments.entries()) {
		const path = ['tables', 'segments', i, 'definition'];
		const r = parseDefinition(s.definition);
		if (!r.ok) {
			const first = r.problems[0]!;
			const at = formatPath([...path.slice(1), ...first.path]);
			return {
				ok: false,
				problems: [problem([...path, ...first.path], first.code, `${at}: ${first.message}`)]
			};
		}
		s.definition = r.definition;
		if (r.definition.name !== s.name)
			return {
				ok: false,
				problems: [
					located(
						['tables', 'segments', i, 'name'],
						'nameMismatch',
						'differs from the name in its definition.'
					)
				]
			};
	}
	const data = document.data;
	if (data) {
		const wrong = data.files.findIndex((f) => f.path !== dataPath(f.entity, data.format));
		if (wrong >= 0)
			return {
				ok: false,
				problems: [
					located(
						['data', 'files', wrong, 'path'],
						'badPath',
						`is not ${dataPath(data.files[wrong]!.entity, data.format)}, where the data of its entity belongs.`
					)
				]
			};
	}
	const p = workspaceProblem(document.tables, data?.files ?? null);
	return p ? { ok: false, problems: [p] } : { ok: true, document };
}
