// segmentLabel: the display name wins, an empty one falls back to the name.
import { describe, expect, it } from 'vitest';
import { segmentLabel } from './label';

describe('segmentLabel', () => {
	it('uses the display name of a definition', () => {
		expect(segmentLabel({ name: 'vip', displayName: 'VIP customers' })).toBe('VIP customers');
	});
	it('falls back to the name when the display name is empty', () => {
		expect(segmentLabel({ name: 'vip', displayName: '' })).toBe('vip');
	});
	it('reads a stored segment through its definition', () => {
		const stored = { name: 'vip', definition: { name: 'vip', displayName: 'VIP' } };
		expect(segmentLabel(stored)).toBe('VIP');
		expect(segmentLabel({ ...stored, definition: { name: 'vip', displayName: '' } })).toBe('vip');
	});
});
