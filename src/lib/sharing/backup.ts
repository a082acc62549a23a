// Backing up and restoring the workspace's IndexedDB side: read every table in one transaction,
// write them back in one transaction (all or nothing), and say beforehand what a restore would
// replace. The same capture is the revert point kept while the user decides to keep a restore.
import type { SegmentsDatabase } from '../db/schema';
import { APP_VERSION, sortKeys } from './bundle';
import {
	BACKUP_FORMAT,
	BACKUP_VERSION,
	TABLE_KEYS,
	WORKSPACE_TABLES,
	type BackupDataFile,
	type BackupDocument,
	type WorkspaceTableName,
	type WorkspaceTables
} from './backup-format';

const tablesOf = (db: SegmentsDatabase) => WORKSPACE_TABLES.map((t) => db.table(t));

/** Every workspace table, each sorted by its key so the same workspace gives the same file. */
export async function captureWorkspace(db: SegmentsDatabase): Promise<WorkspaceTables> {
	return db.transaction('r', tablesOf(db), async () => ({
		entities: byKey(await db.entities.toArray(), TABLE_KEYS.entities),
		relationships: byKey(await db.relationships.toArray(), TABLE_KEYS.relationships),
		settings: byKey(await db.settings.toArray(), TABLE_KEYS.settings),
		segments: byKey(await db.segments.toArray(), TABLE_KEYS.segments),
		runs: byKey(await db.runs.toArray(), TABLE_KEYS.runs),
		runChanges: byKey(await db.runChanges.toArray(), TABLE_KEYS.runChanges),
		importMappings: byKey(await db.importMappings.toArray(), TABLE_KEYS.importMappings)
	}));
}

const byKey = <R>(rows: R[], key: keyof R): R[] => rows.sort((a, b) => compareKeys(a[key], b[key]));

function compareKeys(a: unknown, b: unknown): number {
	const x = String(a);
	const y = String(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

/** Replace every workspace table with `tables`, in one transaction: all of it or none. */
export async function replaceWorkspace(
	db: SegmentsDatabase,
	tables: WorkspaceTables
): Promise<void> {
	await db.transaction('rw', tablesOf(db), async () => {
		for (const name of WORKSPACE_TABLES) {
			const table = db.table(name);
			await table.clear();
			// copies: Dexie keeps the objects it is given, and the caller may keep using them
			await table.bulkAdd(structuredClone(tables[name]) as unknown[]);
		}
	});
}

export function buildBackupDocument(
	tables: WorkspaceTables,
	at: Date,
	data: BackupDataFile[] | null
): BackupDocument {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		app: { name: 'Segments', version: APP_VERSION },
		exportedAt: at.toISOString(),
		tables,
		data: data ? { format: 'arrow', files: data } : null
	};
}

/** Pretty, sorted keys: two backups of the same workspace differ only where it changed. */
export function serializeBackup(document: BackupDocument): string {
	return JSON.stringify(sortKeys(document), null, 2) + '\n';
}

export interface TableChange {
	table: WorkspaceTableName;
	current: number;
	incoming: number;
}

export interface NameChanges {
	/** Only in the backup. */
	added: string[];
	/** In both: ours is replaced by the backup's. */
	replaced: string[];
	/** Only here: gone after the restore. */
	removed: string[];
}

export interface RestoreSummary {
	tables: TableChange[];
	segments: NameChanges;
	entities: NameChanges;
	relationships: NameChanges;
}

function nameChanges(current: { name: string }[], incoming: { name: string }[]): NameChanges {
	const ours = new Set(current.map((x) => x.name));
	const theirs = new Set(incoming.map((x) => x.name));
	const sorted = (xs: string[]) => xs.sort((a, b) => a.localeCompare(b));
	return {
		added: sorted([...theirs].filter((n) => !ours.has(n))),
		replaced: sorted([...theirs].filter((n) => ours.has(n))),
		removed: sorted([...ours].filter((n) => !theirs.has(n)))
	};
}

export function summarizeRestore(
	current: WorkspaceTables,
	incoming: WorkspaceTables
): RestoreSummary {
	return {
		tables: WORKSPACE_TABLES.map((table) => ({
			table,
			current: current[table].length,
			incoming: incoming[table].length
		})),
		segments: nameChanges(current.segments, incoming.segments),
		entities: nameChanges(current.entities, incoming.entities),
		relationships: nameChanges(current.relationships, incoming.relationships)
	};
}
