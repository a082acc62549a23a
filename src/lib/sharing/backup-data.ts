// The data side of a backup: each entity's table written into the archive as an Arrow IPC stream
// (the engine's own typed columns: NULL stays NULL, text stays byte for byte, dates and decimals
// keep their types) and read back as what the manifest says the file is, never guessed from its
// content: Arrow is inserted as it is; the CSV files of version-1 backups go through the importer
// with their columns mapped by position. Before a table is overwritten it is renamed aside, so a
// restore can be reverted until the user keeps it.
import type {
	ColumnChoice,
	CommitResult,
	ExportProgress,
	ImportProgress,
	StagedFile,
	StageOptions,
	ColumnKind
} from '../engine/protocol';
import type { EntityRecord } from '../db/records';
import { quoteIdent, quoteString } from '../sql/quote';
import {
	dataPath,
	type BackupDataFile,
	type DataFormat,
	type WorkspaceTables
} from './backup-format';
import type { ZipStreamWriter } from './backup-archive';
import { arrowDataProblem } from './backup-arrow';
import { legacyChoices, legacyCsv } from './backup-csv';

/** What the backup needs from the engine; the app's client and the Node test engine both fit. */
export interface DataEngine {
	tables(): Promise<string[]>;
	exec(sql: string): Promise<void>;
	exportArrow(
		sql: string,
		onChunk: (chunk: Uint8Array) => Promise<void> | void
	): Promise<ExportProgress>;
	/** Create a table from an Arrow IPC stream; the rows it holds. */
	importArrow(table: string, ipc: Uint8Array): Promise<number>;
	stage(
		file: File,
		options: StageOptions,
		onProgress: (p: ImportProgress) => void
	): Promise<StagedFile>;
	commit(
		stageId: string,
		table: string,
		choices: ColumnChoice[],
		onProgress: (p: ImportProgress) => void
	): Promise<CommitResult>;
	discard(stageId: string): Promise<void>;
}

/** Write each entity's rows (all columns, in attribute order) into the archive. */
export async function writeEntityData(
	engine: DataEngine,
	entities: EntityRecord[],
	zip: ZipStreamWriter,
	onProgress: (message: string) => void = () => {}
): Promise<BackupDataFile[]> {
	const present = new Set(await engine.tables());
	const files: BackupDataFile[] = [];
	for (const e of [...entities].sort((a, b) => a.name.localeCompare(b.name))) {
		if (!present.has(e.table)) continue; // a model without its data (say, after a failed import)
		const path = dataPath(e.name, 'arrow');
		const columns = e.attributes.map((a) => quoteIdent(a.name)).join(', ');
		let rows = 0;
		onProgress(`Writing ${e.name}…`);
		await zip.addFile(path, async (push) => {
			const done = await engine.exportArrow(
				`SELECT ${columns} FROM main.${quoteIdent(e.table)}`,
				push
			);
			rows = done.rows;
		});
		files.push({ entity: e.name, table: e.table, path, rows });
	}
	return files;
}

const SQL_TYPE: Record<ColumnKind, string> = {
	number: 'DOUBLE',
	string: 'VARCHAR',
	date: 'DATE',
	timestamp: 'TIMESTAMP',
	boolean: 'BOOLEAN'
};

export const revertTable = (table: string) => `segments_revert_${table}`;

/** Tables a restore set aside or created, to put back (revert) or drop the copies of (keep). */
export interface DataRevertPoint {
	/** Restored tables that existed before: their old rows are in revertTable(table). */
	replaced: string[];
	/** Restored tables that did not exist before. */
	created: string[];
}

export class DataRestoreError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'DataRestoreError';
	}
}

/** A data file checked and ready to write into its table. */
type Prepared =
	| { kind: 'arrow'; bytes: Uint8Array }
	| { kind: 'staged'; stageId: string; choices: ColumnChoice[] }
	| { kind: 'empty' };

/** Check (and, for CSV, stage) a data file before its table is touched. */
async function prepare(
	engine: DataEngine,
	entity: EntityRecord,
	format: DataFormat,
	f: BackupDataFile,
	bytes: Uint8Array
): Promise<Prepared> {
	if (format === 'arrow') {
		const problem = arrowDataProblem(entity, f.path, bytes, f.rows, false);
		if (problem) throw new DataRestoreError(problem);
		return { kind: 'arrow', bytes };
	}
	// a header alone is not a CSV the importer accepts: the empty table is made directly
	if (f.rows === 0) return { kind: 'empty' };
	const csv = legacyCsv(entity, bytes);
	if (!csv.ok) throw new DataRestoreError(csv.message);
	const staged = await engine.stage(
		new File([csv.bytes as BlobPart], `${entity.name}.csv`),
		{ nullText: false },
		() => {}
	);
	const choices = legacyChoices(entity, staged);
	if (!choices) {
		await engine.discard(staged.stageId);
		throw new DataRestoreError(`The data of ${entity.name} could not be read as its attributes.`);
	}
	return { kind: 'staged', stageId: staged.stageId, choices };
}

/** Write a prepared file into `entity`'s table (which does not exist at this point). */
async function write(
	engine: DataEngine,
	entity: EntityRecord,
	f: BackupDataFile,
	ready: Prepared
): Promise<void> {
	let rows = 0;
	if (ready.kind === 'arrow') rows = await engine.importArrow(entity.table, ready.bytes);
	else if (ready.kind === 'staged')
		rows = (await engine.commit(ready.stageId, entity.table, ready.choices, () => {})).rowCount;
	else {
		const columns = entity.attributes
			.map((a) => `${quoteIdent(a.name)} ${SQL_TYPE[a.type]}`)
			.join(', ');
		await engine.exec(`CREATE OR REPLACE TABLE main.${quoteIdent(entity.table)} (${columns})`);
	}
	if (rows !== f.rows)
		throw new DataRestoreError(
			`${entity.name}: ${rows.toLocaleString('en')} rows were read back where the backup holds ${f.rows.toLocaleString('en')}.`
		);
}

/**
 * Load every data file into its entity's table. Existing tables are renamed aside first; if any
 * file fails, everything done so far is put back before the error is thrown.
 */
export async function restoreEntityData(
	engine: DataEngine,
	entities: EntityRecord[],
	data: { format: DataFormat; files: BackupDataFile[] },
	contents: Map<string, Uint8Array>,
	onProgress: (message: string) => void = () => {}
): Promise<DataRevertPoint> {
	const point: DataRevertPoint = { replaced: [], created: [] };
	const present = new Set(await engine.tables());
	try {
		for (const f of data.files) {
			const entity = entities.find((e) => e.name === f.entity);
			const bytes = contents.get(f.path);
			if (!entity || !bytes) throw new DataRestoreError(`The data of ${f.entity} is missing.`);
			const table = quoteIdent(entity.table);
			onProgress(`Restoring ${entity.name} (${f.rows.toLocaleString('en')} rows)…`);
			const ready = await prepare(engine, entity, data.format, f, bytes);
			if (present.has(entity.table) && !point.replaced.includes(entity.table)) {
				await engine.exec(`DROP TABLE IF EXISTS main.${quoteIdent(revertTable(entity.table))}`);
				await engine.exec(
					`ALTER TABLE main.${table} RENAME TO ${quoteIdent(revertTable(entity.table))}`
				);
				point.replaced.push(entity.table);
			} else if (!present.has(entity.table)) point.created.push(entity.table);
			await write(engine, entity, f, ready);
		}
	} catch (e) {
		await revertEntityData(engine, point).catch(() => undefined);
		throw e;
	}
	return point;
}

/** Put the tables back as they were before the restore. */
export async function revertEntityData(engine: DataEngine, point: DataRevertPoint): Promise<void> {
	for (const table of point.created)
		await engine.exec(`DROP TABLE IF EXISTS main.${quoteIdent(table)}`);
	const present = new Set(await engine.tables());
	for (const table of point.replaced) {
		if (!present.has(revertTable(table))) continue;
		await engine.exec(`DROP TABLE IF EXISTS main.${quoteIdent(table)}`);
		await engine.exec(
			`ALTER TABLE main.${quoteIdent(revertTable(table))} RENAME TO ${quoteIdent(table)}`
		);
	}
}

/** Held (Web Lock) by the tab whose restore waits for Keep or Revert: its copies are not stale. */
export const RESTORE_PENDING_LOCK = 'segments-restore-pending';

/**
 * Copies set aside by a restore whose revert point is gone (the page was reloaded or closed before
 * Keep or Revert, which keeps the restore): dropped, so they do not take space for ever. The
 * caller checks that no tab still waits for a decision (RESTORE_PENDING_LOCK).
 */
export async function dropStaleRevertCopies(
	engine: Pick<DataEngine, 'tables' | 'exec'>
): Promise<string[]> {
	const stale = (await engine.tables()).filter((t) => /^segments_revert_/i.test(t));
	for (const table of stale) await engine.exec(`DROP TABLE IF EXISTS main.${quoteIdent(table)}`);
	return stale;
}

/** Tables the engine keeps for itself: each segment's member lists of its last runs. */
const MEMBER_TABLES = [
	'segment_members',
	'segment_members_previous',
	'segment_snapshots',
	'segment_labels'
];

/**
 * A kept restore leaves exactly the restored workspace in the engine: tables of entities that are
 * not in it are dropped (the engine's table list is the truth, not the model as it was), and the
 * member lists kept for segments not in it, or for runs other than a segment's restored last run,
 * are deleted. The restored data tables and the engine's own tables stay.
 */
export async function dropOutsideWorkspace(
	engine: Pick<DataEngine, 'tables' | 'exec'>,
	tables: WorkspaceTables
): Promise<string[]> {
	const keep = new Set([...tables.entities.map((e) => e.table.toLowerCase()), ...MEMBER_TABLES]);
	const dropped = (await engine.tables()).filter((t) => !keep.has(t.toLowerCase()));
	for (const table of dropped) await engine.exec(`DROP TABLE IF EXISTS main.${quoteIdent(table)}`);
	if ((await engine.tables()).includes('segment_snapshots')) {
		const lists = tables.segments.map(
			(s) => `(${quoteString(s.id)}, ${s.lastSuccess ? quoteString(s.lastSuccess.runId) : 'NULL'})`
		);
		const restored = lists.length
			? `(VALUES ${lists.join(', ')}) AS r(segment_id, run_id)`
			: '(SELECT NULL::VARCHAR AS segment_id, NULL::VARCHAR AS run_id WHERE false) AS r';
		await engine.exec(
			`DELETE FROM main.segment_snapshots AS s WHERE NOT EXISTS (SELECT 1 FROM ${restored} WHERE r.segment_id = s.segment_id AND (s.run_id IS NULL OR s.run_id = r.run_id))`
		);
		for (const t of ['segment_members', 'segment_members_previous', 'segment_labels'])
			if ((await engine.tables()).includes(t))
				await engine.exec(
					`DELETE FROM main.${t} WHERE segment_id NOT IN (SELECT segment_id FROM main.segment_snapshots)`
				);
	}
	return dropped;
}

/** The restore is kept: drop the copies set aside. */
export async function dropRevertCopies(engine: DataEngine, point: DataRevertPoint): Promise<void> {
	for (const table of point.replaced)
		await engine.exec(`DROP TABLE IF EXISTS main.${quoteIdent(revertTable(table))}`);
}
