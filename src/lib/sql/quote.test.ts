import { describe, expect, it } from 'vitest';
import { quoteIdent, quoteString, quoteNumber, quoteDate, quoteTimestamp } from './quote';

describe('quoteIdent', () => {
	it('doubles embedded quotes', () => {
		expect(quoteIdent('a"b')).toBe('"a""b"');
		expect(quoteIdent('"; DROP TABLE x; --')).toBe('"""; DROP TABLE x; --"');
	});
	it('refuses NUL', () => expect(() => quoteIdent('a\u0000')).toThrow());
});

describe('literals', () => {
	it('escapes single quotes', () => expect(quoteString("it's")).toBe("'it''s'"));
	it('numbers', () => {
		expect(quoteNumber(3)).toBe('3');
		expect(quoteNumber(0.5)).toBe('CAST(0.5 AS DOUBLE)');
		expect(() => quoteNumber(Number.NaN)).toThrow();
	});
	it('dates and timestamps are checked', () => {
		expect(quoteDate('2024-02-29')).toBe("DATE '2024-02-29'");
		expect(() => quoteDate("2024-01-01'; --")).toThrow();
		expect(quoteTimestamp('2024-02-29T10:00:00')).toBe("TIMESTAMP '2024-02-29 10:00:00'");
	});
});
