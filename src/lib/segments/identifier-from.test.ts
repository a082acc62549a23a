import { describe, expect, it } from 'vitest';
import { IDENTIFIER_MAX, identifierFrom, identifierProblem, typedName } from './data-model';

describe('names made from words', () => {
	it('keeps a valid identifier and makes one of anything with a letter or digit in it', () => {
		expect(identifierFrom('high_value')).toBe('high_value');
		expect(identifierFrom('Big spenders (EU)')).toBe('Big_spenders_EU');
		expect(identifierFrom('  Ça  coûte — cher!  ')).toBe('Ca_coute_cher');
		expect(identifierFrom('2024 churners', [], 'segment_')).toBe('segment_2024_churners');
		expect(identifierFrom('!!!', [], 'segment_', 'segment')).toBe('segment');
	});
	it('stays within the length limit and unique ignoring case', () => {
		const long = identifierFrom('word '.repeat(40));
		expect(long.length).toBeLessThanOrEqual(IDENTIFIER_MAX);
		expect(identifierProblem(long)).toBeNull();
		expect(identifierFrom('Big spenders', ['big_spenders', 'BIG_SPENDERS_2'])).toBe(
			'Big_spenders_3'
		);
	});
});

describe('a name as typed', () => {
	const made = { lower: true, prefix: 'segment_', fallback: 'segment' };
	it('keeps a name that is one, checked against those taken', () => {
		expect(typedName(' vip ', [], made)).toEqual({ name: 'vip', fromWords: false, problem: null });
		expect(typedName('VIP', ['vip'], made).problem).toBe('The name “VIP” is already used.');
	});
	it('makes one from words, free of those taken, and refuses only what has no letter or digit', () => {
		expect(typedName('Big spenders', ['big_spenders'], made)).toEqual({
			name: 'big_spenders_2',
			fromWords: true,
			problem: null
		});
		expect(typedName('', [], made).problem).toBe('A name is required.');
		expect(typedName('—!', [], made).problem).toBe('A name must start with a letter.');
	});
});
