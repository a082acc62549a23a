import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../../../tests/helpers/node-engine';
import type { EngineCore } from './core';
import { EngineError } from '../errors';

let core: EngineCore;
beforeAll(async () => {
	core = await openNodeEngine();
});

describe('cancelling queries', () => {
	it('a long query stops when cancelled, and the next query runs normally', async () => {
		const started = Date.now();
		const long = core.query('SELECT count(*) AS n FROM range(20000000000)', 'long-1');
		setTimeout(() => core.cancel('long-1'), 150);
		const error = await long.then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(EngineError);
		expect((error as EngineError).code).toBe('cancelled');
		expect(Date.now() - started).toBeLessThan(10_000);
		expect((await core.query('SELECT 42 AS x')).rows).toEqual([{ x: 42 }]);
	});

	it('cancelling a query that already finished does not disturb the next one', async () => {
		expect((await core.query('SELECT 1 AS x', 'done-1')).rows).toEqual([{ x: 1 }]);
		core.cancel('done-1');
		expect((await core.query('SELECT 2 AS x', 'next-1')).rows).toEqual([{ x: 2 }]);
		expect((await core.query('SELECT 3 AS x')).rows).toEqual([{ x: 3 }]);
	});

	it('a cancel for a query not started yet stops it at once', async () => {
		core.cancel('future-1');
		await expect(core.query('SELECT 1', 'future-1')).rejects.toMatchObject({ code: 'cancelled' });
		expect((await core.query('SELECT 4 AS x')).rows).toEqual([{ x: 4 }]);
	});
});
