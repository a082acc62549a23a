// Tables kept in IndexedDB come back whole in a fresh engine: types, NULLs, a table bigger than
// one saved piece, member lists of a run, and nothing of a table that was deleted. When the
// browser's storage is full, an import is undone (what the next visit would load is what this one
// shows) and refused with the reason; other changes stay for the visit, with a notice.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../../../tests/helpers/node-engine';
import { TableStore } from './idb-tables';
import { TableMirror } from './table-mirror';
import { withTableMirror } from './mirrored-api';
import type { Result } from './core';
import type { CommitResult } from '../protocol';

const rows = async (core: Awaited<ReturnType<typeof openNodeEngine>>, sql: string) =>
	(await core.query(sql)).rows;

describe('tables kept in IndexedDB', () => {
	it('come back in a fresh engine after changes, runs and deletes', async () => {
		const first = await openNodeEngine();
		const store = (await TableStore.open())!;
		const mirror = new TableMirror(first, store);
		await first.exec(
			`CREATE TABLE people AS SELECT i AS id, 'p' || i AS name, DATE '2024-01-01' + i::INTEGER AS joined, CASE WHEN i % 3 = 0 THEN NULL ELSE i * 1.5 END AS spend FROM range(140000) t(i)`
		);
		await mirror.saveTable('people');
		await first.exec(`CREATE TABLE gone AS SELECT 1 AS x`);
		await mirror.saveTable('gone');
		await first.dropTable('gone');
		await mirror.removeTable('gone');
		await first.snapshotDiff(
			'seg-1',
			'SELECT id AS member_key FROM people WHERE id < 10',
			5,
			undefined,
			undefined,
			"SELECT member_key, 'low' AS label FROM temp.snapshot_keys"
		);
		await mirror.saveMembers('seg-1');

		const second = await openNodeEngine();
		const progress: (number | string | null)[] = [];
		const summary = await new TableMirror(second, store).restore((p) => progress.push(p.table));
		expect(summary).toMatchObject({ tables: 1, failed: [] });
		expect(progress.at(-1)).toBeNull();
		expect(await second.tables()).toEqual(
			expect.arrayContaining(['people', 'segment_members', 'segment_snapshots'])
		);
		expect(await second.tables()).not.toContain('gone');
		expect(await second.tableInfo('people')).toEqual(await first.tableInfo('people'));
		const summaryOf =
			'SELECT count(*)::INTEGER AS n, count(spend)::INTEGER AS spent, max(joined)::VARCHAR AS last, sum(spend) AS total FROM people';
		expect(await rows(second, summaryOf)).toEqual(await rows(first, summaryOf));
		expect((await rows(second, summaryOf))[0]).toMatchObject({ n: 140000 });
		const diff = await second.snapshotDiff(
			'seg-1',
			'SELECT id AS member_key FROM people WHERE id < 11',
			5
		);
		expect(diff).toMatchObject({ previous: true, entered: 1, left: 0 });
		// the labels of the restored run came back with it (and went with the new run, which had none)
		const third = await openNodeEngine();
		await new TableMirror(third, store).restore(() => undefined);
		expect(
			await rows(third, "SELECT count(*)::INTEGER AS n FROM segment_labels WHERE label = 'low'")
		).toEqual([{ n: 10 }]);
		store.close();
	});

	it('the worker API saves after an import and forgets a dropped table', async () => {
		const core = await openNodeEngine();
		const store = (await TableStore.open())!;
		const mirror = new TableMirror(core, store);
		const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
		const api = withTableMirror(
			{
				exec: async (sql: string) => ok(await core.exec(sql)),
				dropTable: async (table: string) => ok(await core.dropTable(table))
			},
			() => mirror
		);
		await api.exec('CREATE TABLE "odd ""name""" AS SELECT 42 AS answer');
		expect((await store.list()).map((e) => e.table)).toContain('odd "name"');
		await api.dropTable('odd "name"');
		expect((await store.list()).map((e) => e.table)).not.toContain('odd "name"');
		store.close();
	});

	it('a full storage undoes an import and says why; a run is kept for the visit with a notice', async () => {
		const core = await openNodeEngine();
		const store = (await TableStore.open())!;
		const mirror = new TableMirror(core, store);
		let full = false;
		const put = store.put.bind(store);
		store.put = (...args) =>
			full
				? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
				: put(...args);
		const ok = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });
		/** What the importer's commit does: the staged rows become the table. */
		const commit = async (rows: number, table: string): Promise<Result<CommitResult>> => {
			await core.exec(`CREATE OR REPLACE TABLE ${table} AS SELECT range AS id FROM range(${rows})`);
			return ok({ table, rowCount: rows, columns: [] });
		};
		const api = withTableMirror(
			{
				commit,
				snapshotDiff: async (id: string, sql: string) => ok(await core.snapshotDiff(id, sql, 5))
			},
			() => mirror
		);
		const count = async (table: string) =>
			(await rows(core, `SELECT count(*)::INTEGER AS n FROM ${table}`))[0]?.['n'];

		expect(await api.commit(10, 'kept')).toMatchObject({ ok: true });
		full = true;
		// a re-import that cannot be saved: the saved rows are back, in memory as in storage
		const again = await api.commit(500, 'kept');
		expect(again).toMatchObject({
			ok: false,
			error: {
				code: 'not-kept',
				message: expect.stringMatching(
					/^Not imported: this browser's storage is full.*Nothing was changed/
				)
			}
		});
		expect(await count('kept')).toBe(10);
		// a new import that cannot be saved: gone
		expect(await api.commit(20, 'fresh')).toMatchObject({ ok: false, error: { code: 'not-kept' } });
		expect(await core.tables()).not.toContain('fresh');
		expect((await store.list()).map((e) => e.table)).not.toContain('fresh');
		// a run's members: kept for this visit, and the page is told they will not survive a reload
		const run = await api.snapshotDiff('seg-1', 'SELECT id AS member_key FROM kept');
		expect(run).toMatchObject({
			ok: true,
			notices: [
				{
					code: 'not-kept',
					message: expect.stringMatching(/saved in memory only.*gone after a reload/)
				}
			]
		});
		expect(await count('segment_members')).toBe(10);
		store.close();
	});
});
