import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../../../tests/helpers/memory-storage';
import { emptyDefinition } from '$lib/segments/definition';
import { dropDraft, keepDraft, keptDraft } from './builder-draft';

describe('builder drafts kept across a reload', () => {
	it('come back for the same address over the same saved version only', () => {
		const store = memoryStorage();
		const edited = emptyDefinition('big_spenders');
		edited.description = 'edited, not saved';
		keepDraft('?id=s1', 'saved-v1', edited, store);
		expect(keptDraft('?id=s2', 'saved-v1', store)).toBeNull();
		expect(keptDraft('?id=s1', 'saved-v1', store)).toEqual(edited);
		// the segment was saved again elsewhere meanwhile: the draft is not put over it, and goes
		expect(keptDraft('?id=s1', 'saved-v2', store)).toBeNull();
		expect(keptDraft('?id=s1', 'saved-v1', store)).toBeNull();
	});

	it('an unreadable draft is dropped; a dropped one is gone', () => {
		const store = memoryStorage();
		store.setItem('segments-builder-draft:?id=s1', '{not json');
		expect(keptDraft('?id=s1', '', store)).toBeNull();
		expect(store.length).toBe(0);
		keepDraft('?type=dynamic&name=x', '', emptyDefinition('x'), store);
		dropDraft('?type=dynamic&name=x', store);
		expect(keptDraft('?type=dynamic&name=x', '', store)).toBeNull();
	});
});
