// At start: a restore left undecided by a reload was kept; drop the data copies it set aside,
// unless a tab still shows that restore waiting for Keep or Revert.
import { dropStaleRevertCopies, RESTORE_PENDING_LOCK } from '$lib/sharing/backup-data';
import { appDataEngine } from './engine-adapter';

export async function dropCopiesOfKeptRestores(): Promise<void> {
	if (typeof navigator !== 'undefined' && 'locks' in navigator) {
		const { held = [], pending = [] } = await navigator.locks.query();
		if ([...held, ...pending].some((l) => l.name === RESTORE_PENDING_LOCK)) return;
	}
	await dropStaleRevertCopies(appDataEngine());
}
