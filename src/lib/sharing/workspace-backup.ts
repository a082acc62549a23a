// Back up and restore the whole workspace: IndexedDB tables (backup.ts) and, optionally, each
// entity's data (backup-data.ts). A restore keeps a revert point — the workspace's tables as they
// were, and the replaced data tables renamed aside — until the user keeps or reverts it.
import type { SegmentsDatabase } from '../db/schema';
import { ZipStreamWriter } from './backup-archive';
import {
	dropOutsideWorkspace,
	dropRevertCopies,
	restoreEntityData,
	revertEntityData,
	writeEntityData,
	type DataEngine,
	type DataRevertPoint
} from './backup-data';
import { BACKUP_DOCUMENT, type BackupDocument, type WorkspaceTables } from './backup-format';
import { buildBackupDocument, captureWorkspace, replaceWorkspace, serializeBackup } from './backup';

export interface WrittenBackup {
	document: BackupDocument;
	/** true: a zip archive (data included); false: a JSON file. */
	archive: boolean;
}

/**
 * Write a backup to `write`: a JSON document, or with `engine` a zip archive holding the
 * document and one Arrow data file per entity.
 */
export async function writeBackup(
	db: SegmentsDatabase,
	write: (chunk: Uint8Array) => Promise<void>,
	options: { engine?: DataEngine | null; at?: Date; onProgress?: (message: string) => void } = {}
): Promise<WrittenBackup> {
	const at = options.at ?? new Date();
	const tables = await captureWorkspace(db);
	if (!options.engine) {
		const document = buildBackupDocument(tables, at, null);
		await write(new TextEncoder().encode(serializeBackup(document)));
		return { document, archive: false };
	}
	const zip = new ZipStreamWriter(write);
	// data first: the document records how many rows each file holds
	const files = await writeEntityData(options.engine, tables.entities, zip, options.onProgress);
	const document = buildBackupDocument(tables, at, files);
	await zip.addText(BACKUP_DOCUMENT, serializeBackup(document));
	await zip.finish();
	return { document, archive: true };
}

export interface RevertPoint {
	tables: WorkspaceTables;
	data: DataRevertPoint | null;
}

/**
 * Replace the workspace with a backup's. The data (when the backup has it and an engine is given)
 * is loaded first; if anything fails, what was done is put back and the error is thrown.
 */
export async function restoreBackup(
	db: SegmentsDatabase,
	backup: { document: BackupDocument; files: Map<string, Uint8Array> },
	engine: DataEngine | null,
	onProgress: (message: string) => void = () => {}
): Promise<RevertPoint> {
	const before = await captureWorkspace(db);
	const { document } = backup;
	let data: DataRevertPoint | null = null;
	if (engine && document.data)
		data = await restoreEntityData(
			engine,
			document.tables.entities,
			document.data,
			backup.files,
			onProgress
		);
	try {
		onProgress('Restoring the data model, segments and history…');
		await replaceWorkspace(db, document.tables);
	} catch (e) {
		if (engine && data) await revertEntityData(engine, data).catch(() => undefined);
		throw e;
	}
	return { tables: before, data };
}

export async function revertRestore(
	db: SegmentsDatabase,
	engine: DataEngine | null,
	point: RevertPoint
): Promise<void> {
	await replaceWorkspace(db, point.tables);
	if (engine && point.data) await revertEntityData(engine, point.data);
}

/**
 * The restore is kept: drop the copies set aside, and everything in the engine that does not
 * belong to the restored workspace (`restored`: its tables as restored).
 */
export async function keepRestore(
	engine: DataEngine | null,
	point: RevertPoint,
	restored: WorkspaceTables
): Promise<void> {
	if (!engine) return;
	if (point.data) await dropRevertCopies(engine, point.data);
	await dropOutsideWorkspace(engine, restored);
}
