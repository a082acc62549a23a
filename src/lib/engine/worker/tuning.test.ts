// The engine's tuning (src/lib/engine/tuning.ts) reaches the real DuckDB-WASM engine: a GROUP BY
// per customer over a million-customer key range runs as a perfect hash aggregate, and the
// lockdown keeps a page from changing the setting back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../../../tests/helpers/node-engine';
import { tableToRows } from '../results';
import type { EngineCore } from './core';

let core: EngineCore;

beforeAll(async () => {
	core = await openNodeEngine();
	// keys 1 … 1,000,000 (every fifth), as a customer key of the L benchmark world spans
	await core.exec(
		'CREATE TABLE orders AS SELECT range * 5 + 1 AS customer_id, range % 97 AS amount FROM range(200000)'
	);
});

afterAll(() => core.bindings.reset());

const plan = async (sql: string) =>
	tableToRows(await core.runner.table(`EXPLAIN ${sql}`))
		.map((r) => String(r['explain_value']))
		.join('\n');

describe('engine tuning', () => {
	it('groups rows per customer of a million-key range with the perfect hash aggregate', async () => {
		expect((await core.settings())['perfect_ht_threshold']).toBe('20');
		const text = await plan('SELECT customer_id, count(*), sum(amount) FROM orders GROUP BY 1');
		expect(text).toContain('PERFECT_HASH_GROUP_BY');
		// and the counts are those of the ordinary hash aggregate
		const [row] = tableToRows(
			await core.runner.table(
				'SELECT count(*) AS groups, sum(n) AS n, max(s) AS s FROM (SELECT customer_id, count(*) AS n, sum(amount) AS s FROM orders GROUP BY 1)'
			)
		);
		expect(Number(row!['groups'])).toBe(200000);
		expect(Number(row!['n'])).toBe(200000);
		expect(Number(row!['s'])).toBe(96);
	});

	it('keeps keys that span more than 2^20 values on the hash table', async () => {
		const text = await plan('SELECT customer_id * 10 AS k, count(*) FROM orders GROUP BY 1');
		expect(text).not.toContain('PERFECT_HASH_GROUP_BY');
	});

	it('cannot be changed by a statement once the engine is locked', async () => {
		await expect(core.exec('SET perfect_ht_threshold = 12')).rejects.toThrow();
		expect((await core.settings())['perfect_ht_threshold']).toBe('20');
	});
});
