// The worker's side of the operations table (../operations.ts): how each operation runs on the
// engine core, and the wrapper that turns its outcome into a Result — a value with the notices the
// core gathered (a failed save to disk), or an error with a sentence, never a stack trace. The
// same in the worker and in Node tests.
import {
	OPERATIONS,
	operationLabel,
	type OperationArgs,
	type OperationName,
	type OperationsApi,
	type OperationValue
} from '../operations';
import type { Result } from '../protocol';
import { toErrorInfo, type EngineCore } from './core';
import { loadDemoWorld } from './demo';

type Implementations = {
	[K in OperationName]: (
		core: EngineCore,
		...args: OperationArgs<K>
	) => Promise<OperationValue<K>> | OperationValue<K>;
};

const implementations: Implementations = {
	query: (c, sql, id) => c.query(sql, id),
	exec: (c, sql, id) => c.exec(sql, id),
	differences: (c, sql, id) => c.readQuery(sql, id),
	liveCount: (c, groups, combine, id) => c.liveCount(groups, combine, id),
	settings: (c) => c.settings(),
	tables: (c) => c.tables(),
	tableInfo: (c, table) => c.tableInfo(table),
	dropTable: (c, table) => c.dropTable(table),
	stage: (c, file, options, onProgress, id) => c.stage(file, file.name, options, onProgress, id),
	restage: (c, stageId, options, onProgress, id) => c.restage(stageId, options, onProgress, id),
	check: (c, stageId, choices) => c.check(stageId, choices),
	commit: (c, stageId, table, choices, onProgress, id) =>
		c.commit(stageId, table, choices, onProgress, id),
	discard: (c, stageId) => c.discard(stageId),
	loadDemo: (c, options, onProgress) => loadDemoWorld(c, options, onProgress),
	exportCsv: (c, sql, onChunk, id, options) => c.exportCsv(sql, onChunk, id, options),
	exportParquet: (c, sql, onChunk, id) => c.exportParquet(sql, onChunk, id),
	exportArrow: (c, sql, onChunk, id) => c.exportArrow(sql, onChunk, id),
	importArrow: (c, table, ipc) => c.importArrow(table, ipc),
	snapshotDiff: (c, snapshotId, membersSql, keep, id, runs, labelsSql) =>
		c.snapshotDiff(snapshotId, membersSql, keep, id, runs, labelsSql),
	dropSnapshot: (c, snapshotId) => c.dropSnapshot(snapshotId),
	databaseSize: (c) => c.databaseSize(),
	checkpoint: (c) => c.exec('CHECKPOINT')
};

/** Run `op` on the core as the operation `what` (in words): its value and notices, or an error. */
export async function answer<T>(
	core: EngineCore | null,
	what: string,
	op: (core: EngineCore) => Promise<T> | T
): Promise<Result<T>> {
	if (!core)
		return { ok: false, error: { code: 'unavailable', message: 'The engine has not started.' } };
	core.takeNotices();
	try {
		const value = await op(core);
		const notices = core.takeNotices();
		return notices.length ? { ok: true, value, notices } : { ok: true, value };
	} catch (e) {
		core.takeNotices();
		return { ok: false, error: toErrorInfo(e, what) };
	}
}

/** Every operation as the worker exposes it, run on the core `current()` returns. */
export function serveOperations(current: () => EngineCore | null): OperationsApi {
	const api: Record<string, (...args: unknown[]) => Promise<Result<unknown>>> = {};
	for (const name of Object.keys(OPERATIONS) as OperationName[]) {
		const run = implementations[name] as (core: EngineCore, ...args: unknown[]) => unknown;
		api[name] = (...args) =>
			answer(current(), operationLabel(name, args as never), (c) => run(c, ...args));
	}
	return api as OperationsApi;
}
