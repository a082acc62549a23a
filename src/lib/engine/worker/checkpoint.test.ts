// Every write the app makes is followed by a checkpoint, because DuckDB-WASM does not bring
// committed rows back from its log after a crash. When that checkpoint fails (a full disk, a broken
// file), the write itself still stands for this session, so the operation succeeds, but its answer
// carries a notice with a sentence for the user instead of the failure being swallowed. The fault
// is injected where the engine runs CHECKPOINT (its runner), on the real engine.
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openNodeEngine, stageFile } from '../../../../tests/helpers/node-engine';
import { recordCase } from '../../../../tests/helpers/reliability';
import type { OperationsApi } from '../operations';
import type { Result } from '../protocol';
import { tableToRows } from '../results';
import type { EngineCore } from './core';
import { serveOperations } from './serve';

let core: EngineCore;
let api: OperationsApi;

beforeAll(async () => {
	core = await openNodeEngine();
	api = serveOperations(() => core);
	await core.exec('CREATE TABLE people AS SELECT range AS id FROM range(3)');
});

/** Make every CHECKPOINT fail with `raw` (DuckDB's text) until the test ends. */
function failCheckpoints(raw: string): void {
	const exec = core.runner.exec.bind(core.runner);
	vi.spyOn(core.runner, 'exec').mockImplementation((sql, options) =>
		/^\s*CHECKPOINT\s*$/i.test(sql) ? Promise.reject(new Error(raw)) : exec(sql, options)
	);
}
afterEach(() => vi.restoreAllMocks());

/** Each kind of write, and a count that shows it was made (then: n = expected). */
const WRITES: [string, () => Promise<Result<unknown>>, string, number][] = [
	[
		'a statement',
		() => api.exec('CREATE OR REPLACE TABLE t AS SELECT 1 AS x'),
		'SELECT count(*) AS n FROM t',
		1
	],
	[
		'deleting a table',
		() => api.dropTable('t'),
		"SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 't'",
		0
	],
	[
		'restoring a backup table',
		() => api.importArrow('restored', tableToIPC(tableFromArrays({ a: [1, 2] }), 'stream')),
		'SELECT count(*) AS n FROM restored',
		2
	],
	[
		'keeping a segment’s members',
		() => api.snapshotDiff('s', 'SELECT id AS member_key FROM people', 5),
		"SELECT count(*) AS n FROM segment_members WHERE segment_id = 's'",
		3
	],
	[
		'removing saved members',
		() => api.dropSnapshot('s'),
		"SELECT count(*) AS n FROM segment_members WHERE segment_id = 's'",
		0
	],
	[
		'saving an import',
		async () => {
			const staged = await stageFile(core, new File(['id,name\n1,Ann\n'], 'people.csv'));
			const choices = staged.columns.map((c) => ({
				source: c.source,
				name: c.name,
				kind: c.detected ?? 'string',
				include: true
			}));
			return api.commit(staged.stageId, 'imported', choices, () => undefined);
		},
		'SELECT count(*) AS n FROM imported',
		1
	]
];

describe('a failed checkpoint', () => {
	let reported = 0;
	afterAll(() => {
		recordCase('3-checkpoint-failure', {
			case: '3. Storage faults',
			check:
				'The write to the database file after each kind of write fails (a statement, a deleted table, a restored table, kept members, an import)',
			runs: WRITES.length,
			passed: reported,
			failed: WRITES.length - reported,
			notes: `${reported} of ${WRITES.length} reported to the user with a sentence (the change kept for the session), none swallowed.`
		});
	});

	it.each(WRITES)(
		'after %s is reported with a sentence, and the write stands',
		async (_w, write, made, n) => {
			failCheckpoints('IO Error: Could not write file "segments.duckdb.wal": Input/output error');
			const result = await write();
			expect(result).toMatchObject({
				ok: true,
				notices: [
					{
						code: 'checkpoint',
						message:
							'The change was made but could not be saved in this browser. It will be lost when the engine stops; reload and make it again.'
					}
				]
			});
			if (result.ok) expect(result.notices?.[0]?.message).not.toMatch(/IO Error|segments\.duckdb/);
			const [row] = tableToRows(await core.runner.table(made));
			expect(Number(row?.['n'])).toBe(n);
			reported++;
		}
	);

	it('names a full disk, and is said once per request', async () => {
		failCheckpoints('QuotaExceededError: the quota has been exceeded');
		const result = await api.exec('CREATE OR REPLACE TABLE u AS SELECT 1 AS x');
		expect(result.ok && result.notices).toEqual([
			expect.objectContaining({ message: expect.stringMatching(/browser's storage is full/) })
		]);
	});

	it('is not reported once checkpoints work again, nor carried over to the next request', async () => {
		failCheckpoints('IO Error');
		await api.exec('CREATE OR REPLACE TABLE v AS SELECT 1 AS x');
		vi.restoreAllMocks();
		const result = await api.exec('DROP TABLE v');
		expect(result).toEqual({ ok: true, value: undefined });
		expect(await api.tables()).toMatchObject({ ok: true });
	});
});
