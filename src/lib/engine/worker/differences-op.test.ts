// The `differences` operation on the real engine, as the worker serves it: the rows of one read-only
// query, and a sentence (never engine text) for anything that would write or run more than one
// statement, which leaves the data as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../../../tests/helpers/node-engine';
import type { OperationsApi } from '../operations';
import type { EngineCore } from './core';
import { serveOperations } from './serve';

let core: EngineCore;
let api: OperationsApi;
beforeAll(async () => {
	core = await openNodeEngine();
	await core.exec('CREATE TABLE people AS SELECT range AS id FROM range(5)');
	api = serveOperations(() => core);
});
afterAll(() => core?.bindings.reset());

describe('the differences operation', () => {
	it('answers with the rows of a read-only query', async () => {
		const result = await api.differences('SELECT count(*) AS n FROM people');
		expect(result.ok && result.value.rows).toEqual([{ n: 5 }]);
	});

	it.each([
		['a write', 'DELETE FROM people'],
		['two statements', 'SELECT 1; DELETE FROM people'],
		['a file read', "SELECT * FROM read_csv('/import/x.csv')"]
	])('refuses %s with a sentence and changes nothing', async (_, sql) => {
		const result = await api.differences(sql);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error.message).toMatch(/^.*not allowed.*\.$/);
		const after = await api.query('SELECT count(*) AS n FROM people');
		expect(after.ok && after.value.rows).toEqual([{ n: 5 }]);
	});
});
