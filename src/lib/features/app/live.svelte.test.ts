// @vitest-environment svelte-client
// A live query that fails once keeps following the database (it subscribes again).
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { Live } from './live.svelte';

describe('Live', () => {
	it('recovers from a failed read and follows later changes', async () => {
		const db = new Dexie('live-test');
		db.version(1).stores({ items: 'id' });
		let failures = 1;
		const live = new Live(async () => {
			const n = await db.table('items').count();
			if (failures-- > 0) throw new Error('read in the middle of a restore');
			return n;
		}, -1);
		const stop = live.start();
		await vi.waitFor(() => expect(live.value).toBe(0), { timeout: 5000 });
		expect(live.error).toBeNull();
		await db.table('items').put({ id: 1 });
		await vi.waitFor(() => expect(live.value).toBe(1), { timeout: 5000 });
		stop();
		db.close();
	});
});
