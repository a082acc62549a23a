import { describe, expect, it } from 'vitest';
import { membersScope } from './members-scope';

describe('members scope', () => {
	it('says "all 69" when every member is listed, "first 100 of …" otherwise', () => {
		expect(membersScope(69)).toBe('all 69');
		expect(membersScope(100)).toBe('all 100');
		expect(membersScope(2_500)).toBe('first 100 of 2,500 — the full list is in the export');
		expect(membersScope(null)).toBe('first 100 — the full list is in the export');
	});
});
