import { describe, expect, it } from 'vitest';
import { hasHiddenCharacters, revealHidden } from './visible-text';

describe('revealHidden', () => {
	it('shows direction overrides and zero-width characters by code point', () => {
		const name = 'invoice\u202Evsc.evil.csv';
		expect(hasHiddenCharacters(name)).toBe(true);
		expect(revealHidden(name)).toBe('invoice⟦U+202E⟧vsc.evil.csv');
		expect(revealHidden('a\u200Bb\u2066c\u2069\uFEFFd')).toBe(
			'a⟦U+200B⟧b⟦U+2066⟧c⟦U+2069⟧⟦U+FEFF⟧d'
		);
	});
	it('leaves ordinary text, including right-to-left scripts and emoji, alone', () => {
		for (const text of ['Customers', 'עברית', 'العربية', 'Zoë 🙂', 'a b']) {
			expect(hasHiddenCharacters(text)).toBe(false);
			expect(revealHidden(text)).toBe(text);
		}
	});
});
