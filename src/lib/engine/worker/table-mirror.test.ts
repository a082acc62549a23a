// Tables kept in IndexedDB come back whole in a fresh engine: types, NULLs, a table bigger than
// one saved piece, member lists of a run, and nothing of a table that was deleted.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../../../tests/helpers/node-engine';
import { TableStore } from './idb-tables';
import { TableMirror } from './table-mirror';
import { withTableMirror } from './mirrored-api';
import type { Result } from './core';

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
		await first.snapshotDiff('seg-1', 'SELECT id AS member_key FROM people WHERE id < 10', 5);
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
});
