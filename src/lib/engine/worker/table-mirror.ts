// Keeps the in-memory engine's tables in IndexedDB (idb-tables.ts) where the database file cannot
// be kept: after every import, re-import, restore or delete of a table, and after every member
// snapshot, the rows that changed are written there as Arrow IPC (the format backups use); at the
// next start they are loaded back into the engine before anything else runs, with progress.
import { RecordBatchReader, Table, tableToIPC, type RecordBatch } from 'apache-arrow';
import { quoteIdent, quoteString } from '../../sql/quote';
import type { EngineCore } from './core';
import type { Piece, SavedTable, TableStore } from './idb-tables';
import type { RestoreProgressMessage, RestoreSummary } from '../protocol';

/** The engine's own tables of kept member lists, saved per segment. */
export const MEMBER_TABLES = [
	'segment_members',
	'segment_members_previous',
	'segment_snapshots',
	'segment_labels'
];

/** Rows per saved piece: bounded memory per IndexedDB write, few writes per table. */
const PIECE_ROWS = 131_072;

/** Tables loaded so far of `total`, and the one being loaded now (null once all are). */
export type RestoreProgress = RestoreProgressMessage['segmentsRestore'];

const tableKey = (table: string) => `table:${table}`;
const memberKey = (table: string, segmentId: string) => `members:${table}:${segmentId}`;
const isMemberTable = (table: string) => MEMBER_TABLES.includes(table.toLowerCase());

export class TableMirror {
	constructor(
		private readonly core: EngineCore,
		private readonly store: TableStore
	) {}

	/** A query's rows as complete IPC streams of up to PIECE_ROWS rows (one, if it has none). */
	private async *pieces(sql: string): AsyncGenerator<Piece> {
		const reader = await RecordBatchReader.from(this.core.runner.chunks(sql, { stream: true }));
		let batches: RecordBatch[] = [];
		let rows = 0;
		let any = false;
		const flush = (): Piece => {
			const table = batches.length ? new Table(batches) : new Table(reader.schema);
			const piece = { ipc: tableToIPC(table, 'stream'), rows };
			batches = [];
			rows = 0;
			any = true;
			return piece;
		};
		for await (const batch of reader) {
			if (batch.numRows === 0) continue;
			batches.push(batch);
			rows += batch.numRows;
			if (rows >= PIECE_ROWS) yield flush();
		}
		if (rows > 0 || !any) yield flush();
	}

	/** Save a data table as it is now (after an import, re-import or restore). */
	async saveTable(table: string): Promise<void> {
		if (isMemberTable(table)) return this.saveAllMembers();
		await this.store.put(
			tableKey(table),
			table,
			this.pieces(`SELECT * FROM main.${quoteIdent(table)}`)
		);
	}

	/**
	 * Undo an import whose rows could not be saved: the table goes back to its saved copy (a
	 * re-import), or away (a new one), so this visit shows what the next one will.
	 */
	async revertTable(table: string): Promise<void> {
		try {
			await this.core.runner.exec(`DROP TABLE IF EXISTS main.${quoteIdent(table)}`);
			const saved = (await this.store.list()).find((e) => e.key === tableKey(table));
			if (saved) await this.load(saved, true);
		} finally {
			this.core.markChanged();
		}
	}

	async removeTable(table: string): Promise<void> {
		await this.store.remove(tableKey(table));
	}

	/** Save one segment's kept member rows (after a run). */
	async saveMembers(segmentId: string): Promise<void> {
		const present = new Set((await this.core.tables()).map((t) => t.toLowerCase()));
		for (const table of MEMBER_TABLES) {
			const sql = `SELECT * FROM main.${table} WHERE segment_id = ${quoteString(segmentId)}`;
			if (!present.has(table)) await this.store.remove(memberKey(table, segmentId));
			else await this.store.put(memberKey(table, segmentId), table, this.pieces(sql));
		}
	}

	async removeMembers(segmentId: string): Promise<void> {
		for (const table of MEMBER_TABLES) await this.store.remove(memberKey(table, segmentId));
	}

	/** Save the member rows of every segment again (after SQL that changed them in bulk). */
	private async saveAllMembers(): Promise<void> {
		const saved = (await this.store.list()).filter((e) => e.key.startsWith('members:'));
		const ids = new Set(saved.map((e) => e.key.split(':').slice(2).join(':')));
		if ((await this.core.tables()).includes('segment_snapshots')) {
			const rows = await this.core.runner.table(
				'SELECT DISTINCT segment_id FROM main.segment_snapshots'
			);
			for (const row of rows.toArray())
				ids.add(String((row as { segment_id: unknown }).segment_id));
		}
		for (const id of ids) await this.saveMembers(id);
	}

	/**
	 * After page SQL (a backup's restore: create, rename, drop, delete): every table the statement
	 * names is saved again as it now is, or forgotten when it no longer exists.
	 */
	async afterSql(sql: string): Promise<void> {
		const text = sql.toLowerCase();
		const present = await this.core.tables();
		const saved = (await this.store.list())
			.filter((e) => e.key.startsWith('table:'))
			.map((e) => e.table);
		const named = (t: string) =>
			text.includes(t.toLowerCase()) || text.includes(quoteIdent(t).toLowerCase());
		let members = false;
		for (const table of new Set([...present, ...saved])) {
			if (!named(table)) continue;
			if (isMemberTable(table)) members = true;
			else if (present.includes(table)) await this.saveTable(table);
			else await this.removeTable(table);
		}
		if (members) await this.saveAllMembers();
	}

	/** Load every saved table into the (empty, in-memory) engine. */
	async restore(onProgress: (p: RestoreProgress) => void): Promise<RestoreSummary> {
		const started = performance.now();
		const entries = (await this.store.list()).sort(
			(a, b) => Number(a.key.startsWith('members:')) - Number(b.key.startsWith('members:'))
		);
		const summary: RestoreSummary = { tables: 0, rows: 0, bytes: 0, ms: 0, failed: [] };
		const dataTables = entries.filter((e) => e.key.startsWith('table:')).length;
		let membersReady = false;
		for (const [i, entry] of entries.entries()) {
			const member = entry.key.startsWith('members:');
			onProgress({ done: Math.min(i, dataTables), total: dataTables, table: entry.table });
			try {
				if (member && !membersReady) {
					await this.core.snapshotTables();
					membersReady = true;
				}
				await this.load(entry, !member);
				if (!member) summary.tables++;
				summary.rows += entry.rows;
				summary.bytes += entry.bytes;
			} catch {
				if (!member) {
					summary.failed.push(entry.table);
					await this.core.runner
						.exec(`DROP TABLE IF EXISTS main.${quoteIdent(entry.table)}`)
						.catch(() => undefined);
				}
			}
		}
		onProgress({ done: dataTables, total: dataTables, table: null });
		summary.ms = Math.round(performance.now() - started);
		return summary;
	}

	private async load(entry: SavedTable, create: boolean): Promise<void> {
		let first = create;
		for await (const ipc of this.store.read(entry)) {
			this.core.insertArrow(entry.table, ipc, first);
			first = false;
		}
	}
}
