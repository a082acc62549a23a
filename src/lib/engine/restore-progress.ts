// Progress of the engine's start where imported data is kept in IndexedDB (no OPFS): the worker
// loads every saved table back into memory before it answers, and posts how far it got outside
// comlink. The top bar shows it; nothing here knows about the UI. The engine may start before the
// page listens (src/hooks.client.ts), so the latest progress is kept as readable state too.
import type { RestoreProgressMessage } from './protocol';

export type RestoreProgress = RestoreProgressMessage['segmentsRestore'];

const listeners = new Set<(p: RestoreProgress) => void>();
let latest: RestoreProgress | null = null;

export function onRestoreProgress(listener: (p: RestoreProgress) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** How far the restore got (null: none under way, or it finished: `table` null). */
export function restoreProgress(): RestoreProgress | null {
	return latest;
}

/** Relay a worker's restore progress to the listeners (comlink ignores these messages). */
export function watchRestore(worker: Worker): Worker {
	worker.addEventListener('message', (e: MessageEvent<unknown>) => {
		const data = e.data as Partial<RestoreProgressMessage> | null;
		if (!data || typeof data !== 'object' || !data.segmentsRestore) return;
		latest = data.segmentsRestore.table === null ? null : data.segmentsRestore;
		for (const l of listeners) l(data.segmentsRestore);
	});
	return worker;
}
