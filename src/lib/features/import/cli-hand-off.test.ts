// The hand-off sentence names the exact command, with the file as a shell reads it.
import { describe, expect, it } from 'vitest';
import { cliCommand, cliHandOff } from './cli-hand-off';

const day = new Date(2026, 11, 2);

describe('hand-off to the command line', () => {
	it('names the model file the Sharing page writes today and the data file', () => {
		expect(cliCommand('orders_2025.csv', day)).toBe(
			'npx segments run segments-model-2026-12-02.json --data orders_2025.csv'
		);
	});

	it('quotes a name a shell would split or expand', () => {
		expect(cliCommand('my orders $(rm -rf).csv', day)).toBe(
			'npx segments run segments-model-2026-12-02.json --data "my orders \\$(rm -rf).csv"'
		);
		expect(cliCommand('a"b`c.csv', day)).toBe(
			'npx segments run segments-model-2026-12-02.json --data "a\\"b\\`c.csv"'
		);
	});

	it('says where to go and what to click', () => {
		const s = cliHandOff('big.parquet', day);
		expect(s).toContain('“Export for the command line”');
		expect(s).toContain('docs/cli.md');
		expect(s.endsWith('npx segments run segments-model-2026-12-02.json --data big.parquet')).toBe(
			true
		);
	});
});
