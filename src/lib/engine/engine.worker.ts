// The engine worker: DuckDB-WASM (eh build, bundled with the app) with its database in OPFS,
// exposed to the page through comlink; Parquet files are decoded and written by parquet-wasm in a
// worker of its own (parquet.worker.ts, made at first use).
// Nothing here fetches from anywhere but the app's own origin: the wasm files are the app's own
// assets.
import './worker/duckdb-wasm';
import { errorMessage } from '../error-message';
import * as Comlink from 'comlink';
import {
	BROWSER_RUNTIME,
	DuckDBAccessMode,
	DuckDBDataProtocol
} from '@duckdb/duckdb-wasm-blocking';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { EngineCore, toErrorInfo, type Result } from './worker/core';
import { answer, serveOperations } from './worker/serve';
import type { ImportPlatform } from './import/importer';
import { ParquetWorkerClient } from './import/parquet-worker-client';
import { emptyWal, removeDatabaseFiles, removeEmptyWal } from './worker/opfs-files';
import { tableToIPC } from 'apache-arrow';
import { quoteIdent } from '../sql/quote';
import type { EngineInfo, RestoreProgressMessage } from './protocol';
import { tableToResult, type QueryResult } from './results';
import { TableStore } from './worker/idb-tables';
import { TableMirror } from './worker/table-mirror';
import { withTableMirror } from './worker/mirrored-api';
import { loadDuckDB } from './worker/duckdb-load';
import { markStart } from './worker/start-marks';

export const DATABASE_PATH = 'opfs://segments.duckdb';

let core: EngineCore | null = null;
let info: EngineInfo | null = null;
/** Where OPFS is missing: the tables' copies in IndexedDB, kept after every change. */
let mirror: TableMirror | null = null;
const bytesRead = new Map<string, number>();

/** Count how far DuckDB has read each registered file, for the import progress bar. */
function trackReads(): void {
	const runtime = BROWSER_RUNTIME;
	const read = runtime.readFile.bind(runtime);
	runtime.readFile = (mod, fileId, buffer, bytes, location) => {
		const n = read(mod, fileId, buffer, bytes, location);
		const file = runtime._fileInfoCache.get(fileId);
		if (file) {
			const end = location + n;
			if (end > (bytesRead.get(file.fileName) ?? 0)) bytesRead.set(file.fileName, end);
		}
		return n;
	};
	// DuckDB's progress callback would otherwise post unknown messages to the page
	runtime.progressUpdate = () => {};
}

/**
 * parquet-wasm, in a worker of its own: made when the first Parquet file is read or written (most
 * sessions never touch Parquet, so the engine starts without it; the service worker still
 * precaches it, so Parquet works offline). It decodes the next row group while DuckDB inserts the
 * last one.
 */
const parquet = new ParquetWorkerClient(
	() => new Worker(new URL('./parquet.worker.ts', import.meta.url), { type: 'module' })
);

const platform = (bindings: DuckDBBindings): ImportPlatform => ({
	registerFile(path, file) {
		bindings.registerFileHandle(path, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
		bytesRead.set(path, 0);
		return Promise.resolve();
	},
	dropFile(path) {
		bytesRead.delete(path);
		bindings.dropFile(path);
	},
	bytesRead: (path) => bytesRead.get(path) ?? 0,
	parquetToIpc: (file) => parquet.decode(file),
	ipcToParquet: (ipc) => parquet.encode(ipc)
});

/** Start options the page passes (tests may ask to keep an empty log, to exercise the rescue). */
export interface StartOptions {
	persistent: boolean;
	/** Test hook: start as after an empty log was left behind, and keep it (exercises the rescue). */
	leaveEmptyWal?: boolean;
	/** Test hook: every checkpoint after a write fails, as on a broken disk. */
	failCheckpoints?: boolean;
	/** Test hook (no OPFS): saving a table copy to IndexedDB fails, as with the storage full. */
	failTableSaves?: boolean;
}

/** Try one write and one checkpoint: null when the database takes writes, else DuckDB's message. */
function writeProblem(bindings: DuckDBBindings): string | null {
	const conn = bindings.connect();
	try {
		conn.query('CREATE OR REPLACE TABLE main.__segments_write_probe AS SELECT 1 AS x');
		conn.query('DROP TABLE main.__segments_write_probe');
		conn.query('CHECKPOINT');
		return null;
	} catch (e) {
		return errorMessage(e);
	} finally {
		conn.close();
	}
}

async function openOpfs(bindings: DuckDBBindings): Promise<void> {
	await bindings.prepareDBFileHandle(DATABASE_PATH, DuckDBDataProtocol.BROWSER_FSACCESS);
	bindings.open({
		path: DATABASE_PATH,
		accessMode: DuckDBAccessMode.READ_WRITE,
		useDirectIO: true
	});
}

/**
 * The database opened but refuses writes: copy every table out (Arrow), start a new database file
 * and copy them back in. Definitions and history live in IndexedDB and are not touched.
 */
async function rescue(bindings: DuckDBBindings): Promise<void> {
	const conn = bindings.connect();
	const names = conn
		.query(
			"SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() AND table_schema = 'main' AND NOT starts_with(table_name, '__segments_')"
		)
		.toArray()
		.map((r) => String((r as { table_name: unknown }).table_name));
	const saved = names.map((name) => ({
		name,
		ipc: tableToIPC(conn.query(`SELECT * FROM main.${quoteIdent(name)}`), 'stream')
	}));
	conn.close();
	bindings.reset();
	for (const file of [DATABASE_PATH, `${DATABASE_PATH}.wal`]) {
		try {
			bindings.dropFile(file);
		} catch {
			// not registered: nothing to release
		}
	}
	await removeDatabaseFiles(DATABASE_PATH);
	await openOpfs(bindings);
	const fresh = bindings.connect();
	try {
		for (const { name, ipc } of saved)
			fresh.insertArrowFromIPCStream(ipc, { name, schema: 'main' });
		fresh.query('CHECKPOINT');
	} finally {
		fresh.close();
	}
}

/** Test builds: a worker named "… no-opfs" behaves as in a browser without OPFS. */
function opfsMissing(): boolean {
	if (__SEGMENTS_TEST_HOOKS__ && self.name.includes('no-opfs')) return true;
	return typeof navigator.storage?.getDirectory !== 'function';
}

type Opened = Pick<EngineInfo, 'persistenceNote' | 'storageRepaired' | 'storage'> & {
	store?: TableStore;
};

async function openDatabase(bindings: DuckDBBindings, options: StartOptions): Promise<Opened> {
	if (!options.persistent) {
		bindings.open({});
		return { persistenceNote: 'This session keeps data in memory only.', storage: 'memory' };
	}
	if (opfsMissing()) {
		bindings.open({});
		const store = await TableStore.open();
		if (store) return { persistenceNote: null, storage: 'indexeddb', store };
		return {
			persistenceNote:
				'This browser cannot keep imported data across reloads (no Origin Private File System, and IndexedDB cannot be used).',
			storage: 'memory'
		};
	}
	let lastError = '';
	// a worker that was just terminated may still hold the file for a moment
	for (let attempt = 0; attempt < 8; attempt++) {
		try {
			if (__SEGMENTS_TEST_HOOKS__ && options.leaveEmptyWal) await emptyWal(DATABASE_PATH);
			else await removeEmptyWal(DATABASE_PATH);
			await openOpfs(bindings);
			markStart('opened');
			const problem = writeProblem(bindings);
			markStart('write-checked');
			if (problem === null) return { persistenceNote: null, storage: 'opfs' };
			await rescue(bindings);
			const still = writeProblem(bindings);
			if (still === null) return { persistenceNote: null, storageRepaired: true, storage: 'opfs' };
			throw new Error(still);
		} catch (e) {
			lastError = errorMessage(e);
			await new Promise((r) => setTimeout(r, 150 * (attempt + 1)));
		}
	}
	console.warn('The saved data could not be opened for writing:', lastError);
	bindings.reset();
	bindings.open({});
	return {
		storage: 'memory',
		persistenceNote:
			'The data saved in this browser could not be opened for writing, so this session keeps new data in memory only. Your segments, model and history are safe. Reload to try again, or use Privacy → "Delete all my data" to start the data store afresh.'
	};
}

const api = {
	async start(options: StartOptions): Promise<Result<EngineInfo>> {
		if (core && info) return { ok: true, value: info };
		markStart('start-called');
		try {
			if (__SEGMENTS_TEST_HOOKS__ && self.name.includes('hold-start')) await heldStart();
			const bindings = await loadDuckDB();
			trackReads();
			const opened = await openDatabase(bindings, options);
			const started = new EngineCore(bindings, platform(bindings));
			if (__SEGMENTS_TEST_HOOKS__ && options.failCheckpoints) failCheckpoints(started);
			if (__SEGMENTS_TEST_HOOKS__ && options.failTableSaves && opened.store)
				failTableSaves(opened.store);
			const restored = opened.store
				? await (mirror = new TableMirror(started, opened.store)).restore((p) =>
						self.postMessage({ segmentsRestore: p } satisfies RestoreProgressMessage)
					)
				: undefined;
			if (restored) markStart('restored');
			core = started;
			info = {
				duckdbVersion: core.version(),
				persistent: opened.persistenceNote === null,
				persistenceNote: opened.persistenceNote,
				...(opened.storageRepaired ? { storageRepaired: true } : {}),
				...(opened.storage ? { storage: opened.storage } : {}),
				...(restored ? { restored } : {}),
				settings: await core.settings()
			};
			markStart('ready');
			return { ok: true, value: info };
		} catch (e) {
			return { ok: false, error: toErrorInfo(e, 'Starting the engine') };
		}
	},
	cancel(id: string): void {
		core?.cancel(id);
	},
	...serveOperations(() => core),
	...testHooks()
};

/** Test builds only: SQL past the page's guard, to check the engine's own lockdown under it. */
function testHooks(): {
	rawQuery?: (sql: string, id?: string) => Promise<Result<QueryResult>>;
} {
	if (!__SEGMENTS_TEST_HOOKS__) return {};
	return {
		rawQuery: (sql, id) =>
			answer(core, 'A raw query', async (c) =>
				tableToResult(await c.runner.table(sql, id ? { id } : {}))
			)
	};
}

/**
 * Test builds only: a worker named "… hold-start" (localStorage `segments.test.holdEngine` = 1)
 * waits before loading DuckDB until the page posts 'release' on the BroadcastChannel
 * `segments-test-engine-hold`, so a test can see the app while the engine is still starting. It
 * posts 'waiting' there when it begins to wait, for a page that released it before it listened.
 */
function heldStart(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new BroadcastChannel('segments-test-engine-hold');
		channel.onmessage = (e: MessageEvent<unknown>) => {
			if (e.data !== 'release') return;
			channel.close();
			resolve();
		};
		channel.postMessage('waiting');
	});
}

/** Test builds only: the engine's CHECKPOINT fails from now on, as on a broken disk. */
function failCheckpoints(c: EngineCore): void {
	const exec = c.runner.exec.bind(c.runner);
	c.runner.exec = (sql, options) =>
		/^\s*CHECKPOINT\s*$/i.test(sql)
			? Promise.reject(new Error('IO Error: the checkpoint failed (test hook)'))
			: exec(sql, options);
}

/** Test builds only: saving a table copy to IndexedDB fails from now on, as with the storage full. */
function failTableSaves(store: TableStore): void {
	store.put = () =>
		Promise.reject(
			new DOMException('The quota has been exceeded. (test hook)', 'QuotaExceededError')
		);
}

export type EngineWorkerApi = typeof api;

Comlink.expose(withTableMirror(api, () => mirror));
