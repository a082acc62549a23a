// Saved priority lists: kept in the settings table (so a backup carries them), replaced by name,
// bounded, and a malformed stored value reads as no lists rather than breaking the page.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SegmentsDatabase } from './schema';
import {
	PRIORITY_LISTS_KEY,
	deletePriorityList,
	loadPriorityLists,
	savePriorityList
} from './priority-lists-store';

let db: SegmentsDatabase;
beforeEach(() => {
	db = new SegmentsDatabase(`priority-${Math.random()}`);
});
afterEach(async () => {
	await db.delete();
});

describe('saved priority lists', () => {
	it('saves, replaces by name (ignoring case), reopens after a new connection, and deletes', async () => {
		const a = await savePriorityList(db, {
			name: 'Winter campaign',
			segmentIds: ['s1', 's2', 's3'],
			source: 'run'
		});
		const again = await savePriorityList(db, {
			name: ' winter CAMPAIGN ',
			segmentIds: ['s3', 's1'],
			source: 'live'
		});
		expect(again.id).toBe(a.id);
		const reopened = new SegmentsDatabase(db.name);
		const lists = await loadPriorityLists(reopened);
		reopened.close();
		expect(lists).toHaveLength(1);
		expect(lists[0]).toMatchObject({
			name: 'winter CAMPAIGN',
			segmentIds: ['s3', 's1'],
			source: 'live'
		});
		await deletePriorityList(db, a.id);
		expect(await loadPriorityLists(db)).toEqual([]);
	});

	it('refuses an empty name, and reads a malformed stored value as no lists', async () => {
		await expect(
			savePriorityList(db, { name: '  ', segmentIds: ['a', 'b'], source: 'run' })
		).rejects.toThrow('Give the priority list a name.');
		await db.settings.put({ key: PRIORITY_LISTS_KEY, value: [{ id: 1, name: null }] });
		expect(await loadPriorityLists(db)).toEqual([]);
	});
});
