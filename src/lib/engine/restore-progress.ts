// Progress of the engine's start where imported data is kept in IndexedDB (no OPFS): the worker
// loads every saved table back into memory before it answers, and posts how far it got outside
// comlink. The top bar shows it; nothing here knows about the UI.
import type { RestoreProgressMessage } from './protocol';

export type RestoreProgress = RestoreProgressMessage['segmentsRestore'];

const listeners = new Set<(p: RestoreProgress) => void>();

export function onRestoreProgress(listener: (p: RestoreProgress) => void): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Relay a worker's restore progress to the listeners (comlink ignores these messages). */
export function watchRestore(worker: Worker): Worker {
	worker.addEventListener('message', (e: MessageEvent<unknown>) => {
		const data = e.data as Partial<RestoreProgressMessage> | null;
		if (data && typeof data === 'object' && data.segmentsRestore)
			for (const l of listeners) l(data.segmentsRestore);
	});
	return worker;
}
