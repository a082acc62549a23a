// "Delete all my data". The engine worker keeps the database file in OPFS open (and locked) for as
// long as the tab lives, so the data cannot be removed from a running app. Instead the request is
// written down and the page reloads; on the next start, before the engine opens the file,
// runPendingWipe() removes everything. The database file goes first: if it is still held (by the
// app in another tab), none of the data is deleted and the user is told to close the other tabs.
import { Dexie } from 'dexie';
import { DATABASE_NAME } from '$lib/db/schema';
import { TABLES_DATABASE } from '$lib/engine/worker/idb-tables';

const WIPE_FLAG = 'segments.wipe';
const OUTCOME_KEY = 'segments.wipe.outcome';

/** done; locked: the database file was in use, nothing deleted; failed: stopped partway */
export type WipeOutcome = 'done' | 'locked' | 'failed';

/** Delete the app's offline copy now, then reload into a start that wipes the data. */
export async function requestWipe(): Promise<void> {
	// The app's files in Cache Storage hold no user data, but "all" means all. While offline they
	// are kept: without them the reload could not start the app.
	// Done before the reload: unregistered now, the service worker does not serve the reload, and
	// the new page registers a fresh one that downloads the app again.
	if (navigator.onLine) {
		try {
			const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
			await Promise.all(registrations.map((r) => r.unregister()));
			await clearCaches();
		} catch {
			// best effort: these are the app's own files, the data is what must go
		}
	}
	localStorage.setItem(WIPE_FLAG, '1');
	window.location.reload();
}

export function wipePending(): boolean {
	try {
		return localStorage.getItem(WIPE_FLAG) === '1';
	} catch {
		return false; // storage disabled: nothing can be pending
	}
}

/**
 * Finish a requested wipe. Must run before the engine starts and before IndexedDB is opened; it
 * does nothing unless requestWipe() ran before the last reload. Safe to call more than once.
 */
export async function runPendingWipe(): Promise<void> {
	if (!wipePending()) return;
	localStorage.removeItem(WIPE_FLAG);
	let outcome: WipeOutcome = 'done';
	try {
		await clearOpfs();
	} catch {
		outcome = 'locked';
	}
	if (outcome === 'done') {
		try {
			await deleteIndexedDb();
			localStorage.clear();
		} catch {
			outcome = 'failed';
		}
	}
	sessionStorage.setItem(OUTCOME_KEY, outcome);
}

/** What the last wipe did, once (the privacy page shows it after the reload). */
export function takeWipeOutcome(): WipeOutcome | null {
	const outcome = sessionStorage.getItem(OUTCOME_KEY);
	sessionStorage.removeItem(OUTCOME_KEY);
	return outcome === 'done' || outcome === 'locked' || outcome === 'failed' ? outcome : null;
}

/** Remove every entry of the origin's private file system: the database file and its companions. */
async function clearOpfs(): Promise<void> {
	if (typeof navigator.storage?.getDirectory !== 'function') return;
	const root = await navigator.storage.getDirectory();
	// (async iteration of directory handles is not in TypeScript's DOM lib yet)
	const names: string[] = [];
	for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys())
		names.push(name);
	for (const name of names) await removeWithRetries(root, name);
}

/** The previous page's engine worker may hold the file for a moment after the reload. */
async function removeWithRetries(dir: FileSystemDirectoryHandle, name: string): Promise<void> {
	for (let attempt = 0; ; attempt++) {
		try {
			await dir.removeEntry(name, { recursive: true });
			return;
		} catch (e) {
			if (e instanceof DOMException && e.name === 'NotFoundError') return;
			if (attempt >= 8) throw e;
			await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
		}
	}
}

/** The app's database ("segments") and any other this origin has. */
async function deleteIndexedDb(): Promise<void> {
	// the imported tables' copies where the browser has no OPFS (engine/worker/idb-tables.ts)
	const names = new Set([DATABASE_NAME, TABLES_DATABASE]);
	const listed = (await indexedDB.databases?.()) ?? [];
	for (const db of listed) if (db.name) names.add(db.name);
	// other tabs' Dexie connections close themselves when a database is deleted (versionchange)
	for (const name of names) await Dexie.delete(name);
}

async function clearCaches(): Promise<void> {
	if (typeof caches === 'undefined') return;
	for (const key of await caches.keys()) await caches.delete(key);
}
