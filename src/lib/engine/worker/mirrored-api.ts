// The worker API with IndexedDB copies of the tables (table-mirror.ts): each method that changes a
// table runs as before, then the mirror saves what it changed, before the page hears back. With
// no mirror (OPFS keeps the database file) the methods are the plain ones.
import type { CommitResult, EngineErrorInfo } from '../protocol';
import { isQuotaError } from '../errors';
import type { Result } from './core';
import type { DemoLoaded } from './demo';
import type { TableMirror } from './table-mirror';

type After = (mirror: TableMirror, args: unknown[], value: unknown) => Promise<void>;

/** What each changing method changed, to be saved again. */
const AFTER: Record<string, After> = {
	commit: (m, _args, value) => m.saveTable((value as CommitResult).table),
	importArrow: (m, args) => m.saveTable(String(args[0])),
	dropTable: (m, args) => m.removeTable(String(args[0])),
	loadDemo: async (m, _args, value) => {
		for (const entity of (value as DemoLoaded).entities) await m.saveTable(entity.table);
	},
	exec: (m, args) => m.afterSql(String(args[0])),
	snapshotDiff: (m, args) => m.saveMembers(String(args[0])),
	dropSnapshot: (m, args) => m.removeMembers(String(args[0]))
};

function notKept(e: unknown): EngineErrorInfo {
	const raw =
		e instanceof Error ? `${e.name}: ${e.message}` : e instanceof DOMException ? e.name : String(e);
	if (isQuotaError(raw))
		return {
			code: 'quota',
			message:
				"The change was made for this visit only: the browser's storage is full, so it cannot be kept for the next one. Delete data you no longer need and try again.",
			detail: raw
		};
	return {
		code: 'query',
		message:
			"The change was made for this visit only: it could not be written to this browser's storage, so it will be gone after a reload.",
		detail: raw
	};
}

export function withTableMirror<A extends object>(api: A, mirror: () => TableMirror | null): A {
	const wrapped: Record<string, unknown> = { ...(api as Record<string, unknown>) };
	for (const [name, after] of Object.entries(AFTER)) {
		const method = (api as Record<string, unknown>)[name];
		if (typeof method !== 'function') continue;
		wrapped[name] = async (...args: unknown[]): Promise<Result<unknown>> => {
			const result = (await (method as (...a: unknown[]) => Promise<Result<unknown>>)(
				...args
			)) as Result<unknown>;
			const m = mirror();
			if (!result.ok || !m) return result;
			try {
				await after(m, args, result.value);
				return result;
			} catch (e) {
				return { ok: false, error: notKept(e) };
			}
		};
	}
	return wrapped as A;
}
