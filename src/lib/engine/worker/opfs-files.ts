// The database's own files in the Origin Private File System, seen from the engine worker: what
// must be tidied before DuckDB-WASM opens them, and how to set a broken file aside.
//
// Why: DuckDB-WASM 1.32 leaves an empty write-ahead log (`segments.duckdb.wal`, 0 bytes) behind
// after every checkpoint, because its OPFS file system cannot remove files. When it opens a
// database next to such a file it registers the log for reading only, and the first commit of the
// session then fails with "Failed to commit: File is not opened in write mode" — a workspace that
// was opened, reloaded and only then written to could never store anything. An empty log holds
// nothing to replay, so it is removed before the database is opened.

/** The OPFS root folder, or null where the browser has none (memory-only mode). */
async function opfsRoot(): Promise<FileSystemDirectoryHandle | null> {
	if (typeof navigator.storage?.getDirectory !== 'function') return null;
	return navigator.storage.getDirectory();
}

/** The file's name inside the OPFS root (`opfs://segments.duckdb` → `segments.duckdb`). */
export function opfsName(path: string): string {
	return path.replace(/^opfs:\/\//, '');
}

async function sizeOf(root: FileSystemDirectoryHandle, name: string): Promise<number | null> {
	try {
		const handle = await root.getFileHandle(name);
		return (await handle.getFile()).size;
	} catch {
		return null;
	}
}

/**
 * Remove the database's write-ahead log when it is empty. Returns true when one was removed. A
 * log another tab holds open cannot be removed; it is left alone (that tab runs the engine).
 */
export async function removeEmptyWal(path: string): Promise<boolean> {
	const root = await opfsRoot();
	if (!root) return false;
	const wal = `${opfsName(path)}.wal`;
	if ((await sizeOf(root, wal)) !== 0) return false;
	try {
		await root.removeEntry(wal);
		return true;
	} catch {
		return false;
	}
}

/** Delete the database file and its log (after their contents were rescued, or on request). */
export async function removeDatabaseFiles(path: string): Promise<void> {
	const root = await opfsRoot();
	if (!root) return;
	const name = opfsName(path);
	for (const file of [name, `${name}.wal`]) {
		await root.removeEntry(file).catch((e: unknown) => {
			if (!(e instanceof DOMException && e.name === 'NotFoundError')) throw e;
		});
	}
}

/** The worker-only part of a file handle (not in the DOM library's types). */
interface SyncAccessFileHandle extends FileSystemFileHandle {
	createSyncAccessHandle(): Promise<{ truncate(size: number): void; flush(): void; close(): void }>;
}

/** Test hook: leave an empty log beside the database, as DuckDB-WASM itself does after a checkpoint. */
export async function emptyWal(path: string): Promise<void> {
	const root = await opfsRoot();
	if (!root) return;
	const handle = (await root.getFileHandle(`${opfsName(path)}.wal`, {
		create: true
	})) as SyncAccessFileHandle;
	const access = await handle.createSyncAccessHandle();
	try {
		access.truncate(0);
		access.flush();
	} finally {
		access.close();
	}
}
