// The worker API with IndexedDB copies of the tables (table-mirror.ts): each method that changes a
// table runs as before, then the mirror saves what it changed, before the page hears back. With
// no mirror (OPFS keeps the database file) the methods are the plain ones. When the copy cannot be
// saved (the browser's storage is full), an import is undone and refused with the reason, so this
// visit never shows data the next one will not have; any other change stays made for this visit
// and comes back with a notice saying it will be gone after a reload.
import type { CommitResult, EngineErrorInfo, EngineNotice } from '../protocol';
import { isQuotaError } from '../errors';
import type { Result } from './core';
import type { DemoLoaded } from './demo';
import type { TableMirror } from './table-mirror';

interface Change {
	/** Save what the method changed. */
	save: (mirror: TableMirror, args: unknown[], value: unknown) => Promise<void>;
	/** For imports: the tables to put back as they were saved when the save fails. */
	undo?: (args: unknown[], value: unknown) => string[];
}

const imported = (value: unknown) => [(value as CommitResult).table];
const demoTables = (value: unknown) => (value as DemoLoaded).entities.map((e) => e.table);

const CHANGES: Record<string, Change> = {
	commit: {
		save: (m, _a, v) => m.saveTable((v as CommitResult).table),
		undo: (_a, v) => imported(v)
	},
	importArrow: {
		save: (m, args) => m.saveTable(String(args[0])),
		undo: (args) => [String(args[0])]
	},
	dropTable: { save: (m, args) => m.removeTable(String(args[0])) },
	loadDemo: {
		save: async (m, _a, v) => {
			for (const table of demoTables(v)) await m.saveTable(table);
		},
		undo: (_a, v) => demoTables(v)
	},
	exec: { save: (m, args) => m.afterSql(String(args[0])) },
	snapshotDiff: { save: (m, args) => m.saveMembers(String(args[0])) },
	dropSnapshot: { save: (m, args) => m.removeMembers(String(args[0])) }
};

const rawText = (e: unknown) =>
	e instanceof Error ? `${e.name}: ${e.message}` : e instanceof DOMException ? e.name : String(e);

const WHERE = "(without OPFS, Segments keeps a copy of every table in the browser's IndexedDB)";

/**
 * An import whose rows could not be kept: undone, and the reason. A file import's card shows it
 * as it is; the demo data and a backup's restore put their own words before it.
 */
function refused(raw: string, method: string): EngineErrorInfo {
	const full = isQuotaError(raw);
	const message =
		method === 'commit'
			? full
				? `Not imported: this browser's storage is full, so the rows could not be kept for your next visit ${WHERE}. Nothing was changed. Delete data you no longer need, then import the file again.`
				: "Not imported: the rows could not be written to this browser's storage, so they would be gone after a reload. Nothing was changed; reload the page and import the file again."
			: full
				? `this browser's storage is full, so the data could not be kept for your next visit ${WHERE}. Nothing was changed. Delete data you no longer need and try again.`
				: "the data could not be written to this browser's storage, so it would be gone after a reload. Nothing was changed; reload the page and try again.";
	return { code: 'not-kept', message, detail: raw };
}

/** Any other change: made, but for this visit only. */
function memoryOnly(raw: string): EngineNotice {
	return {
		code: 'not-kept',
		message: isQuotaError(raw)
			? "The change was saved in memory only, for this visit: the browser's storage is full, so it will be gone after a reload. Delete data you no longer need."
			: "The change was saved in memory only, for this visit: it could not be written to this browser's storage, so it will be gone after a reload.",
		detail: raw
	};
}

export function withTableMirror<A extends object>(api: A, mirror: () => TableMirror | null): A {
	const wrapped: Record<string, unknown> = { ...(api as Record<string, unknown>) };
	for (const [name, change] of Object.entries(CHANGES)) {
		const method = (api as Record<string, unknown>)[name];
		if (typeof method !== 'function') continue;
		wrapped[name] = async (...args: unknown[]): Promise<Result<unknown>> => {
			const result = (await (method as (...a: unknown[]) => Promise<Result<unknown>>)(
				...args
			)) as Result<unknown>;
			const m = mirror();
			if (!result.ok || !m) return result;
			try {
				await change.save(m, args, result.value);
				return result;
			} catch (e) {
				const raw = rawText(e);
				if (change.undo) {
					for (const table of change.undo(args, result.value))
						await m.revertTable(table).catch(() => undefined);
					return { ok: false, error: refused(raw, name) };
				}
				return { ...result, notices: [...(result.notices ?? []), memoryOnly(raw)] };
			}
		};
	}
	return wrapped as A;
}
