// A restore cut off by a reload: the page marks the restore as running (sessionStorage, which a
// reload keeps), then as waiting for Keep or Revert, and clears the mark when the user decides or
// it fails; a mark found when the page is back says which of the two the reload cut off, once.

import { sessionStore } from '$lib/session-store';

/** Set in sessionStorage while a restore is applied: still there after a reload, it was cut off. */
const RUNNING_KEY = 'segments-restore-running';

export interface RestoreNote {
	tone: 'error' | 'info';
	message: string;
}

/** What to tell the user when the page was reloaded during a restore or before deciding (once). */
export function interruptedRestore(store: Storage | null = sessionStore()): RestoreNote | null {
	const raw = store?.getItem(RUNNING_KEY);
	if (!raw) return null;
	store!.removeItem(RUNNING_KEY);
	let running: { file?: unknown; data?: unknown; deciding?: unknown } = {};
	try {
		running = JSON.parse(raw) as typeof running;
	} catch {
		/* an unreadable mark still means a restore was cut off */
	}
	const file = typeof running.file === 'string' ? `“${running.file}”` : 'the backup';
	if (running.deciding)
		return {
			tone: 'info',
			message: `The restore of ${file} was kept: the page was reloaded before you chose Keep or Revert.`
		};
	return {
		tone: 'error',
		message: running.data
			? `The restore of ${file} did not finish: the page was reloaded during it. Your segments, data model and history are as they were; the data of some entities may already be the backup's. Choose the file again to restore it.`
			: `The restore of ${file} did not finish: the page was reloaded during it. Nothing was changed. Choose the file again to restore it.`
	};
}

export function restoreStarted(file: string, data: boolean, store = sessionStore()): void {
	store?.setItem(RUNNING_KEY, JSON.stringify({ file, data }));
}

/** Applied: a reload from now on keeps it (the copies set aside are dropped at the next start). */
export function restoreAwaitsDecision(file: string, store = sessionStore()): void {
	store?.setItem(RUNNING_KEY, JSON.stringify({ file, deciding: true }));
}

/** Kept, reverted or failed: nothing to say after a reload. */
export function restoreFinished(store = sessionStore()): void {
	store?.removeItem(RUNNING_KEY);
}
