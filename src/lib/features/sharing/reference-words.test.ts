// The words on a file segment's card about the file's segments that use it, for each choice.
import { describe, expect, it } from 'vitest';
import { referenceWords } from './reference-words';

describe('what the segments using it will use', () => {
	it('says nothing when nobody uses it or it keeps its name', () => {
		expect(referenceWords([], 'a', { action: 'import', name: 'a_imported' }, true)).toBeNull();
		expect(referenceWords(['B'], 'a', { action: 'import', name: 'a' }, false)).toBeNull();
	});
	it('follows a new name, a replaced segment, ours, or nothing', () => {
		expect(referenceWords(['B', 'C'], 'a', { action: 'import', name: 'a2' }, true)).toBe(
			'“B”, “C” in this file use it: they will use it under its new name, “a2”.'
		);
		expect(referenceWords(['B'], 'a', { action: 'replace', targetId: 'x' }, true)).toBe(
			'“B” in this file uses it: they will use the segment it replaces here.'
		);
		expect(referenceWords(['B'], 'a', { action: 'skip' }, true)).toBe(
			'“B” in this file uses it: with it skipped, they will use your “a” here.'
		);
		expect(referenceWords(['B'], 'a', { action: 'skip' }, false)).toBe(
			'“B” in this file uses it: with it skipped, they refer to a segment that is not here and arrive as drafts.'
		);
	});
});
