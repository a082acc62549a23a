import { describe, expect, it } from 'vitest';
import { IDENTIFIER_MAX, identifierFrom, identifierProblem } from './data-model';

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
