// The builder's edits of labels: rules added, moved (not past either end), removed, and a rule's
// label following its segment's name until the user writes their own.
import { describe, expect, it } from 'vitest';
import { addRule, moveRule, newLabels, newRule, removeRule, withSegment } from './label-edits';

const names: Record<string, string> = { vip: 'VIP customers', lapsed: 'Lapsed' };
const nameOf = (n: string) => names[n];

describe('label edits', () => {
	it('adds, moves and removes rules in order', () => {
		let l = newLabels('assigned_segment');
		l = addRule(l, newRule('vip', 'VIP'));
		l = addRule(l, newRule('lapsed', 'Lapsed'));
		l = addRule(l, newRule('new', 'New'));
		expect(l.rules.map((r) => r.segment)).toEqual(['vip', 'lapsed', 'new']);
		expect(new Set(l.rules.map((r) => r.id)).size).toBe(3);
		expect(moveRule(l, 2, -1).rules.map((r) => r.segment)).toEqual(['vip', 'new', 'lapsed']);
		expect(moveRule(l, 0, -1)).toBe(l);
		expect(moveRule(l, 2, 1)).toBe(l);
		expect(removeRule(l, 1).rules.map((r) => r.segment)).toEqual(['vip', 'new']);
	});

	it('names a rule after its segment until the user writes their own label', () => {
		const picked = withSegment(newRule(), 'vip', nameOf);
		expect(picked.label).toBe('VIP customers');
		expect(withSegment(picked, 'lapsed', nameOf).label).toBe('Lapsed');
		const own = { ...picked, label: 'Top tier' };
		expect(withSegment(own, 'lapsed', nameOf).label).toBe('Top tier');
		expect(withSegment(newRule(), 'unknown', nameOf).label).toBe('unknown');
	});
});
