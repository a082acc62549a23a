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
	it('shows every bidi control and zero-width character, so <option> text can use it too', () => {
		const hidden = [
			...[0x202a, 0x202b, 0x202c, 0x202d, 0x202e],
			...[0x2066, 0x2067, 0x2068, 0x2069],
			...[0x200b, 0x200c, 0x200d, 0xfeff]
		];
		for (const cp of hidden) {
			const name = `a${String.fromCodePoint(cp)}b`;
			const mark = `U+${cp.toString(16).toUpperCase()}`;
			expect(hasHiddenCharacters(name)).toBe(true);
			expect(revealHidden(name)).toBe(`a⟦${mark}⟧b`);
		}
	});
	it('leaves ordinary text, including right-to-left scripts and emoji, alone', () => {
		for (const text of ['Customers', 'עברית', 'العربية', 'Zoë 🙂', 'a b']) {
			expect(hasHiddenCharacters(text)).toBe(false);
			expect(revealHidden(text)).toBe(text);
		}
	});
});
