// The workspace backup document (segments.backup): every IndexedDB table that is not raw data —
// the data model, segment definitions, run history, settings and remembered import mappings —
// plus, when the data was included, the list of CSV files beside it in the zip archive. Checked
// here before a restore looks at it: a backup is a file like any other and may be hostile.
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
import { identifierProblem } from '../segments/data-model';
import { parseDefinition } from '../segments/parse';
import { prefixProblems, problem, type Problem } from '../segments/problems';
import { issueProblems } from './issues';
import { isRecord } from './json-text';

export const BACKUP_FORMAT = 'segments.backup';
export const BACKUP_VERSION = 1;
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

export interface BackupDataFile {
	entity: string;
	table: string;
	/** Inside the archive: data/<entity>.csv */
	path: string;
	rows: number;
}

export interface BackupDocument {
	format: typeof BACKUP_FORMAT;
	version: number;
	app: { name: string; version: string };
	exportedAt: string;
	tables: WorkspaceTables;
	/** null: the data was not included (a JSON file); otherwise CSV files in the zip. */
	data: { format: 'csv'; files: BackupDataFile[] } | null;
}

/** Tables the engine keeps for itself (runs' member snapshots, restore's revert copies). */
export const RESERVED_TABLE =
	/^(segment_members|segment_members_previous|segment_snapshots|segments_revert_.*)$/i;

const str = (max: number) => z.string().max(max);
const key = str(200);
// Records may only grow (db/records.ts): a backup from a newer build keeps fields this one does not
// know, so record objects are loose; the fields that are indexed or that code relies on are checked.
const entity = z.looseObject({
	id: key,
	name: str(64),
	displayName: str(200),
	// a plain identifier, and never one of the engine's own tables: a data restore writes to it
	table: z
		.string()
		.regex(/^[A-Za-z][A-Za-z0-9_]{0,127}$/, 'must be a table name of letters, digits and _')
		.refine((t) => !RESERVED_TABLE.test(t), 'is a name the engine keeps for itself'),
	attributes: z
		.array(
			z.looseObject({
				name: str(256),
				displayName: str(256),
				type: z.enum(['number', 'string', 'date', 'timestamp', 'boolean'])
			})
		)
		.max(5000),
	rowCount: z.number(),
	sourceFile: str(1000),
	sourceFormat: z.enum(['csv', 'parquet', 'json', 'ndjson', 'demo']),
	importedAt: str(64)
});
const ref = z.looseObject({ entity: str(64), attribute: str(256) });
const relationship = z.looseObject({
	id: key,
	name: str(128),
	from: ref,
	to: ref,
	cardinality: z.enum(['many-to-one', 'one-to-one'])
});
const setting = z.looseObject({ key, value: z.unknown() });
const segment = z.looseObject({
	id: key,
	name: str(64),
	definition: z.unknown(),
	state: z.enum(['active', 'inactive', 'draft']),
	createdAt: str(64),
	updatedAt: str(64),
	revision: z.number().int().min(0),
	lastSuccess: z.unknown(),
	lastFailure: z.unknown(),
	nextRunAt: str(64).nullable(),
	dataChangedAt: str(64).nullable()
});
const run = z.looseObject({
	id: key,
	segmentId: key,
	status: z.enum(['running', 'succeeded', 'failed', 'cancelled']),
	startedAt: str(64)
});
const runChange = z.looseObject({
	runId: key,
	segmentId: key,
	entered: z.array(z.string()),
	left: z.array(z.string()),
	truncated: z.boolean()
});
const importMapping = z.looseObject({ from: str(600), to: str(600), updatedAt: str(64) });
const dataFile = z.strictObject({
	entity: str(64),
	table: str(256),
	path: z.string().regex(/^data\/[A-Za-z][A-Za-z0-9_]{0,63}\.csv$/, 'must be data/<entity>.csv'),
	rows: z.number().int().min(0)
});
const documentSchema = z.looseObject({
	format: z.literal(BACKUP_FORMAT),
	version: z.literal(BACKUP_VERSION),
	app: z.looseObject({ name: str(100), version: str(50) }),
	exportedAt: str(64),
	tables: z.strictObject({
		entities: z.array(entity).max(1000),
		relationships: z.array(relationship).max(5000),
		settings: z.array(setting).max(10_000),
		segments: z.array(segment).max(10_000),
		runs: z.array(run),
		runChanges: z.array(runChange),
		importMappings: z.array(importMapping).max(100_000)
	}),
	data: z.strictObject({ format: z.literal('csv'), files: z.array(dataFile).max(1000) }).nullable()
});

export type BackupReadResult =
	{ ok: true; document: BackupDocument } | { ok: false; problems: Problem[] };

const fail = (path: (string | number)[], code: string, message: string): BackupReadResult => ({
	ok: false,
	problems: [problem(path, code, message)]
});

/** Each table's primary key, and the unique indexes (schema.ts: '&name'). */
export const TABLE_KEYS: Record<WorkspaceTableName, string> = {
	entities: 'id',
	relationships: 'id',
	settings: 'key',
	segments: 'id',
	runs: 'id',
	runChanges: 'runId',
	importMappings: 'from'
};
const UNIQUE_NAME: WorkspaceTableName[] = ['entities', 'relationships', 'segments'];

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
	if (!parsed.success) return { ok: false, problems: issueProblems(parsed.error.issues, []) };
	const document = parsed.data as unknown as BackupDocument;
	const problems: Problem[] = [];
	// every definition goes through the same checks as an imported one (and older ones migrate)
	document.tables.segments.forEach((s, i) => {
		const r = parseDefinition(s.definition);
		if (r.ok) s.definition = r.definition;
		else problems.push(...prefixProblems(['tables', 'segments', i, 'definition'], r.problems));
		if (r.ok && r.definition.name !== s.name)
			problems.push(
				problem(
					['tables', 'segments', i, 'name'],
					'nameMismatch',
					'The segment’s name differs from its definition’s.'
				)
			);
	});
	document.tables.entities.forEach((e, i) => {
		const p = identifierProblem(e.name);
		if (p) problems.push(problem(['tables', 'entities', i, 'name'], 'invalidName', p));
	});
	for (const table of WORKSPACE_TABLES) {
		const rows = document.tables[table] as unknown as Record<string, unknown>[];
		const seen = new Set<unknown>();
		const names = new Set<string>();
		rows.forEach((row, i) => {
			const id = row[TABLE_KEYS[table]];
			if (seen.has(id))
				problems.push(
					problem(['tables', table, i], 'duplicateKey', `Two ${table} records have the same key.`)
				);
			seen.add(id);
			if (UNIQUE_NAME.includes(table)) {
				const name = String(row.name);
				if (names.has(name))
					problems.push(
						problem(
							['tables', table, i, 'name'],
							'duplicateName',
							`Two ${table} are called “${name}”.`
						)
					);
				names.add(name);
			}
		});
	}
	const entityNames = new Set(document.tables.entities.map((e) => e.name));
	document.data?.files.forEach((f, i) => {
		if (!entityNames.has(f.entity) || f.path !== `data/${f.entity}.csv`)
			problems.push(
				problem(
					['data', 'files', i],
					'unknownEntity',
					`The data file ${f.path} belongs to no entity in this backup.`
				)
			);
	});
	return problems.length ? { ok: false, problems } : { ok: true, document };
}
