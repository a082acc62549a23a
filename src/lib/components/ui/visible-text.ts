// Names from files and users may hold characters that are invisible or that reorder the text
// around them (U+202E RIGHT-TO-LEFT OVERRIDE makes "…‮vsc.evil.csv" read "…vsc.live.csv"). Where
// a name is shown, such characters are replaced by a visible mark naming their code point.
const HIDDEN = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** True when the text holds a character that is invisible or changes the direction of text. */
export function hasHiddenCharacters(text: string): boolean {
	HIDDEN.lastIndex = 0;
	return HIDDEN.test(text);
}

/** The text with every such character shown as ⟦U+XXXX⟧. */
export function revealHidden(text: string): string {
	return text.replace(
		HIDDEN,
		(c) => `⟦U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟧`
	);
}
