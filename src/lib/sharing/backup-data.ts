// The data side of a backup: each entity's table written out as CSV into the archive, and read
// back through the engine's normal import path (stage, then commit with the entity's own
// attribute names and types as the column choices). The engine has no Parquet export, so CSV it
// is: types come back from the data model, not from the file. Before a table is overwritten it is
// renamed aside, so a restore can be reverted until the user keeps it.
import type {
	ColumnChoice,
	CommitResult,
	ImportProgress,
	StagedFile,
	ValueKind
} from '../engine/protocol';
import type { EntityRecord } from '../db/records';
import { quoteIdent } from '../sql/quote';
import type { BackupDataFile } from './backup-format';
import type { ZipStreamWriter } from './backup-archive';

/** What the backup needs from the engine; the app's client and the Node test engine both fit. */
export interface DataEngine {
	tables(): Promise<string[]>;
	exec(sql: string): Promise<void>;
	exportCsv(
		sql: string,
		onChunk: (chunk: Uint8Array) => Promise<void> | void
	): Promise<{ rows: number }>;
	stage(file: File, onProgress: (p: ImportProgress) => void): Promise<StagedFile>;
	commit(
		stageId: string,
		table: string,
		choices: ColumnChoice[],
		onProgress: (p: ImportProgress) => void
	): Promise<CommitResult>;
	discard(stageId: string): Promise<void>;
}

export const dataPath = (entity: string) => `data/${entity}.csv`;

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
		const path = dataPath(e.name);
		const columns = e.attributes.map((a) => quoteIdent(a.name)).join(', ');
		let rows = 0;
		onProgress(`Writing ${e.name}…`);
		await zip.addFile(path, async (push) => {
			const done = await engine.exportCsv(
				`SELECT ${columns} FROM main.${quoteIdent(e.table)}`,
				push
			);
			rows = done.rows;
		});
		files.push({ entity: e.name, table: e.table, path, rows });
	}
	return files;
}

const SQL_TYPE: Record<ValueKind, string> = {
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

/** Choices that read the CSV's columns back as the entity's attributes, with their types. */
export function choicesFor(entity: EntityRecord, staged: StagedFile): ColumnChoice[] {
	const choices = staged.columns.map((c): ColumnChoice => {
		const attribute =
			entity.attributes.find((a) => a.name === c.header) ??
			entity.attributes.find((a) => a.name === c.source);
		return {
			source: c.source,
			name: attribute?.name ?? c.name,
			kind: attribute?.type ?? c.detected ?? 'string',
			include: attribute !== undefined
		};
	});
	const missing = entity.attributes.filter(
		(a) => !choices.some((c) => c.include && c.name === a.name)
	);
	if (missing.length)
		throw new DataRestoreError(
			`The data of ${entity.name} lacks the column${missing.length > 1 ? 's' : ''} ${missing.map((a) => `“${a.name}”`).join(', ')}.`
		);
	return choices;
}

/**
 * Load every data file into its entity's table. Existing tables are renamed aside first; if any
 * file fails, everything done so far is put back before the error is thrown.
 */
export async function restoreEntityData(
	engine: DataEngine,
	entities: EntityRecord[],
	files: BackupDataFile[],
	contents: Map<string, Uint8Array>,
	onProgress: (message: string) => void = () => {}
): Promise<DataRevertPoint> {
	const point: DataRevertPoint = { replaced: [], created: [] };
	const present = new Set(await engine.tables());
	try {
		for (const f of files) {
			const entity = entities.find((e) => e.name === f.entity);
			const bytes = contents.get(f.path);
			if (!entity || !bytes) throw new DataRestoreError(`The data of ${f.entity} is missing.`);
			const table = quoteIdent(entity.table);
			onProgress(`Restoring ${entity.name} (${f.rows.toLocaleString('en')} rows)…`);
			// prepare the new rows before touching the current table
			let staged: StagedFile | null = null;
			if (f.rows > 0)
				staged = await engine.stage(new File([bytes as BlobPart], `${entity.name}.csv`), () => {});
			let choices: ColumnChoice[] = [];
			try {
				if (staged) choices = choicesFor(entity, staged);
			} catch (e) {
				if (staged) await engine.discard(staged.stageId);
				throw e;
			}
			if (present.has(entity.table) && !point.replaced.includes(entity.table)) {
				await engine.exec(`DROP TABLE IF EXISTS main.${quoteIdent(revertTable(entity.table))}`);
				await engine.exec(
					`ALTER TABLE main.${table} RENAME TO ${quoteIdent(revertTable(entity.table))}`
				);
				point.replaced.push(entity.table);
			} else if (!present.has(entity.table)) point.created.push(entity.table);
			if (staged) {
				const done = await engine.commit(staged.stageId, entity.table, choices, () => {});
				if (done.rowCount !== f.rows)
					throw new DataRestoreError(
						`${entity.name}: ${done.rowCount.toLocaleString('en')} rows were read back where the backup holds ${f.rows.toLocaleString('en')}.`
					);
			} else {
				// a header alone is not a CSV the importer accepts: make the empty table directly
				const columns = entity.attributes
					.map((a) => `${quoteIdent(a.name)} ${SQL_TYPE[a.type]}`)
					.join(', ');
				await engine.exec(`CREATE OR REPLACE TABLE main.${table} (${columns})`);
			}
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

/** The restore is kept: drop the copies set aside. */
export async function dropRevertCopies(engine: DataEngine, point: DataRevertPoint): Promise<void> {
	for (const table of point.replaced)
		await engine.exec(`DROP TABLE IF EXISTS main.${quoteIdent(revertTable(table))}`);
}
