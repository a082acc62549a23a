// errorMessage: the text of whatever a catch receives.
import { describe, expect, it } from 'vitest';
import { errorFirstLine, errorMessage } from './error-message';

describe('errorMessage', () => {
	it('reads an Error and its subclasses', () => {
		expect(errorMessage(new TypeError('bad type'))).toBe('bad type');
	});
	it('turns anything else into a string', () => {
		expect(errorMessage('plain')).toBe('plain');
		expect(errorMessage(42)).toBe('42');
	});
	it('keeps only the first line when asked', () => {
		expect(errorFirstLine(new Error('Parser Error: x\nLINE 1: select'))).toBe('Parser Error: x');
	});
});
