import { describe, expect, it } from 'vitest';
import { onRestoreProgress, restoreProgress, watchRestore } from './restore-progress';

const post = (worker: EventTarget, data: unknown) =>
	worker.dispatchEvent(new MessageEvent('message', { data }));

describe('restore progress', () => {
	it('is readable by a page that starts listening after the worker reported it', () => {
		const worker = watchRestore(new EventTarget() as Worker);
		post(worker, { segmentsRestore: { done: 1, total: 3, table: 'orders' } });
		// the layout subscribes only now (the engine started from hooks.client.ts)
		const seen: unknown[] = [];
		const off = onRestoreProgress((p) => seen.push(p));
		expect(restoreProgress()).toEqual({ done: 1, total: 3, table: 'orders' });
		post(worker, { segmentsRestore: { done: 3, total: 3, table: null } });
		expect(seen).toEqual([{ done: 3, total: 3, table: null }]);
		expect(restoreProgress()).toBeNull();
		off();
	});

	it('ignores the worker’s other messages', () => {
		const worker = watchRestore(new EventTarget() as Worker);
		post(worker, { segmentsRestore: { done: 0, total: 2, table: 'a' } });
		post(worker, { id: 'comlink', type: 'HANDLER' });
		post(worker, null);
		expect(restoreProgress()).toEqual({ done: 0, total: 2, table: 'a' });
	});
});
