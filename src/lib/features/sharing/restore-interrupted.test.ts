import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../../tests/helpers/memory-storage';
import {
	interruptedRestore,
	restoreAwaitsDecision,
	restoreFinished,
	restoreStarted
} from './restore-interrupted';

describe('a restore cut off by a reload', () => {
	it('is said once after the reload, naming the file; nothing when the restore ended', () => {
		const store = memoryStorage();
		restoreStarted('segments-backup-2026-12-04.json', false, store);
		// the page is reloaded here: the mark is still there
		expect(interruptedRestore(store)?.message).toBe(
			'The restore of “segments-backup-2026-12-04.json” did not finish: the page was reloaded during it. Nothing was changed. Choose the file again to restore it.'
		);
		expect(interruptedRestore(store)).toBeNull();

		restoreStarted('segments-backup-2026-12-04.zip', true, store);
		restoreFinished(store);
		expect(interruptedRestore(store)).toBeNull();
	});

	it('with data, says the data may be partly the backup’s', () => {
		const store = memoryStorage();
		restoreStarted('b.zip', true, store);
		expect(interruptedRestore(store)).toMatchObject({
			tone: 'error',
			message: expect.stringMatching(/the data of some entities may already be the backup's/)
		});
	});

	it('after the restore was applied and before Keep or Revert: it was kept, and it says so', () => {
		const store = memoryStorage();
		restoreStarted('b.json', false, store);
		restoreAwaitsDecision('b.json', store);
		expect(interruptedRestore(store)).toEqual({
			tone: 'info',
			message:
				'The restore of “b.json” was kept: the page was reloaded before you chose Keep or Revert.'
		});
		restoreStarted('b.json', false, store);
		restoreAwaitsDecision('b.json', store);
		restoreFinished(store); // Keep or Revert
		expect(interruptedRestore(store)).toBeNull();
	});
});
