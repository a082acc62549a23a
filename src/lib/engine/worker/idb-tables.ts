// Engine tables kept in IndexedDB, for browsers where the engine cannot keep its database file
// (no OPFS sync access: WebKitGTK, older Safari, some private windows). Each saved table is a list
// of Arrow IPC streams ("pieces") under a generation number. A save writes the new pieces first
// and then switches the table's entry to them in one transaction, so a reload in the middle of a
// save still finds the previous copy whole; pieces no entry points to are removed at open.

export const TABLES_DATABASE = 'segments-tables';
const ENTRIES = 'entries';
const PIECES = 'pieces';

export interface SavedTable {
	/** `table:<name>`, or `members:<table>:<segment id>` for one segment's kept member rows. */
	key: string;
	/** The engine table (in main) the rows go back into. */
	table: string;
	generation: number;
	pieces: number;
	rows: number;
	bytes: number;
	savedAt: number;
}

export interface Piece {
	/** A complete Arrow IPC stream (schema, batches, end of stream). */
	ipc: Uint8Array;
	rows: number;
}

function done<T>(request: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
	});
}

function finished(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
}

/** All pieces of one generation of one key. */
const piecesOf = (key: string, generation: number) =>
	IDBKeyRange.bound([key, generation, 0], [key, generation, Number.MAX_SAFE_INTEGER]);

let lastGeneration = 0;
const nextGeneration = () => (lastGeneration = Math.max(Date.now(), lastGeneration + 1));

export class TableStore {
	private constructor(private readonly db: IDBDatabase) {
		// "Delete all my data" deletes this database: let it
		db.onversionchange = () => db.close();
	}

	/** Open (and tidy) the store; null where IndexedDB cannot be used. */
	static async open(): Promise<TableStore | null> {
		if (typeof indexedDB === 'undefined') return null;
		try {
			const request = indexedDB.open(TABLES_DATABASE, 1);
			request.onupgradeneeded = () => {
				request.result.createObjectStore(ENTRIES, { keyPath: 'key' });
				request.result.createObjectStore(PIECES);
			};
			const store = new TableStore(await done(request));
			await store.removeOrphans();
			return store;
		} catch {
			return null;
		}
	}

	async list(): Promise<SavedTable[]> {
		const tx = this.db.transaction(ENTRIES, 'readonly');
		return (await done(tx.objectStore(ENTRIES).getAll())) as SavedTable[];
	}

	/** Replace `key`'s rows with `pieces` (written first; the entry switches over at the end). */
	async put(key: string, table: string, pieces: AsyncIterable<Piece>): Promise<SavedTable> {
		const generation = nextGeneration();
		let index = 0;
		let rows = 0;
		let bytes = 0;
		try {
			for await (const piece of pieces) {
				const tx = this.db.transaction(PIECES, 'readwrite');
				tx.objectStore(PIECES).put(piece.ipc, [key, generation, index++]);
				await finished(tx);
				rows += piece.rows;
				bytes += piece.ipc.byteLength;
			}
		} catch (e) {
			await this.deletePieces(key, generation).catch(() => undefined);
			throw e;
		}
		const entry: SavedTable = {
			key,
			table,
			generation,
			pieces: index,
			rows,
			bytes,
			savedAt: Date.now()
		};
		const tx = this.db.transaction([ENTRIES, PIECES], 'readwrite');
		const previous = (await done(tx.objectStore(ENTRIES).get(key))) as SavedTable | undefined;
		tx.objectStore(ENTRIES).put(entry);
		if (previous) tx.objectStore(PIECES).delete(piecesOf(key, previous.generation));
		await finished(tx);
		return entry;
	}

	/** The saved pieces of an entry, in order. */
	async *read(entry: SavedTable): AsyncGenerator<Uint8Array> {
		for (let i = 0; i < entry.pieces; i++) {
			const tx = this.db.transaction(PIECES, 'readonly');
			const ipc = (await done(tx.objectStore(PIECES).get([entry.key, entry.generation, i]))) as
				Uint8Array | undefined;
			if (!ipc) throw new Error(`A saved piece of ${entry.table} is missing.`);
			yield ipc;
		}
	}

	async remove(key: string): Promise<void> {
		const tx = this.db.transaction([ENTRIES, PIECES], 'readwrite');
		const entry = (await done(tx.objectStore(ENTRIES).get(key))) as SavedTable | undefined;
		if (entry) {
			tx.objectStore(ENTRIES).delete(key);
			tx.objectStore(PIECES).delete(piecesOf(key, entry.generation));
		}
		await finished(tx);
	}

	private async deletePieces(key: string, generation: number): Promise<void> {
		const tx = this.db.transaction(PIECES, 'readwrite');
		tx.objectStore(PIECES).delete(piecesOf(key, generation));
		await finished(tx);
	}

	/** Pieces of saves that never finished (the page closed mid-save). */
	private async removeOrphans(): Promise<void> {
		const current = new Set((await this.list()).map((e) => `${e.key}\u0000${e.generation}`));
		const tx = this.db.transaction(PIECES, 'readwrite');
		const keys = (await done(tx.objectStore(PIECES).getAllKeys())) as [string, number, number][];
		for (const k of keys)
			if (!current.has(`${k[0]}\u0000${k[1]}`)) tx.objectStore(PIECES).delete(k);
		await finished(tx);
	}

	close(): void {
		this.db.close();
	}
}
