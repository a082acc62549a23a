// The engine client of test builds (SEGMENTS_TEST_HOOKS=1, as the e2e tests build the app): the
// same client with hooks to crash the engine, inject faults and run SQL past the page's guard.
// A production build never includes this module (see src/lib/engine/index.ts and
// scripts/check-no-test-hooks.js).
import type { QueryResult, Row } from './results';
import { EngineClient, type RequestOptions } from './client';

export class TestEngineClient extends EngineClient {
	/** Make the next `method` call fail with the browser's storage full. */
	injectFault(method: 'commit' | 'snapshotDiff' | 'exportCsv' | 'stage'): void {
		this.faults.add(method);
	}

	/** The next start finds an empty write-ahead log and keeps it (see worker/opfs-files). */
	leaveEmptyWalOnNextStart(): void {
		this.startFlags.leaveEmptyWal = true;
	}

	/** From the next start on, every checkpoint fails, as on a broken disk. */
	failCheckpointsFromNextStart(): void {
		this.startFlags.failCheckpoints = true;
	}

	/** Without OPFS: from the next start on, saving a table copy to IndexedDB fails (storage full). */
	failTableSavesFromNextStart(): void {
		this.startFlags.failTableSaves = true;
	}

	/** Kill the worker as a crash would. */
	crash(): void {
		if (!this.worker) return;
		void this.restart('the engine was stopped');
	}

	/** Rows of SQL run past the page's guard, to check the engine's own lockdown under it. */
	async rawRows(sql: string, options: RequestOptions = {}): Promise<Row[]> {
		const result = await this.queue.add<QueryResult>('A raw query', options, (api, id) =>
			api.rawQuery
				? api.rawQuery(sql, id)
				: Promise.resolve({
						ok: false as const,
						error: { code: 'query' as const, message: 'This engine has no test hooks.' }
					})
		);
		return result.rows;
	}
}
