// Every engine operation, declared once: its arguments and result as they cross to the worker, and
// what it is called in words (the busy indicator, "… failed:", "… was interrupted"). The worker
// implements each one (worker/serve.ts), the client queues it (client.ts) and another tab's
// request is forwarded by it (tabs.ts), all from this table. Adding an operation: one line here,
// its implementation in worker/serve.ts, and a method on the client if the app calls it.
import type { SnapshotDiff } from './worker/core';
import type { CsvOptions } from './worker/csv-writer';
import type { DemoLoaded, DemoOptions } from './worker/demo';
import type { LiveCombine, LiveCountValue, LiveGroup } from './worker/live-cache';
import type {
	ColumnCheck,
	ColumnChoice,
	CommitResult,
	ExportProgress,
	ImportProgress,
	Result,
	StagedFile,
	StageOptions,
	TableInfo
} from './protocol';
import type { QueryResult } from './results';
import type { Priority } from './queue';

export interface OperationSpec<Args extends unknown[], Value> {
	/** The operation in words; may name its arguments (the file being read). */
	label: string | ((...args: Args) => string);
	/** The argument that carries the request id (for cancelling); the client fills it in. */
	idArg?: number;
	/** false: cannot run again from the start on another engine (an export half written). */
	resumable?: false;
	/** The priority when the caller gives none. */
	priority?: Priority;
	/**
	 * Byte arguments are moved to the worker, not copied (tens of MB of a backup's data would
	 * hold the page's thread while cloned). The caller's bytes are gone afterwards, so the
	 * operation cannot be sent again after a crash: such an operation is also not resumable.
	 */
	transfer?: true;
	/** Never set: carries the argument and result types. */
	readonly signature?: (...args: Args) => Value;
}

const op = <Args extends unknown[], Value>(
	spec: Omit<OperationSpec<Args, Value>, 'signature'>
): OperationSpec<Args, Value> => spec;

type Chunks = (chunk: Uint8Array, progress: ExportProgress) => Promise<void> | void;
type Progress = (p: ImportProgress) => void;

export const OPERATIONS = {
	query: op<[sql: string, id?: string], QueryResult>({ label: 'A query', idArg: 1 }),
	exec: op<[sql: string, id?: string], void>({ label: 'A statement', idArg: 1 }),
	/** One read-only query (src/lib/insight/differences-sql.ts): refused if it writes anything. */
	differences: op<[sql: string, id?: string], QueryResult>({
		label: 'Finding what makes a segment different',
		idArg: 1
	}),
	/** The builder's live count from cached group members (worker/live-cache.ts). */
	liveCount: op<[groups: LiveGroup[], combine: LiveCombine, id?: string], LiveCountValue>({
		label: 'Counting members',
		idArg: 2
	}),
	settings: op<[], Record<string, string>>({ label: 'Reading settings' }),
	tables: op<[], string[]>({ label: 'Listing tables' }),
	tableInfo: op<[table: string], TableInfo>({ label: 'Reading a table' }),
	dropTable: op<[table: string], void>({ label: 'Deleting a table' }),
	stage: op<[file: File, options: StageOptions, onProgress: Progress, id?: string], StagedFile>({
		label: (file) => `Reading ${file.name}`,
		idArg: 3
	}),
	restage: op<
		[stageId: string, options: StageOptions, onProgress: Progress, id?: string],
		StagedFile
	>({ label: 'Reading the file again', idArg: 3 }),
	check: op<[stageId: string, choices: ColumnChoice[]], ColumnCheck[]>({
		label: 'Checking column types'
	}),
	commit: op<
		[stageId: string, table: string, choices: ColumnChoice[], onProgress: Progress, id?: string],
		CommitResult
	>({ label: 'Saving an import', idArg: 4 }),
	discard: op<[stageId: string], void>({ label: 'Cancelling an import' }),
	loadDemo: op<[options: DemoOptions, onProgress: (message: string) => void], DemoLoaded>({
		label: 'Loading the demo data'
	}),
	exportCsv: op<[sql: string, onChunk: Chunks, id?: string, options?: CsvOptions], ExportProgress>({
		label: 'An export',
		idArg: 2,
		resumable: false
	}),
	exportParquet: op<[sql: string, onChunk: Chunks, id?: string], ExportProgress>({
		label: 'An export',
		idArg: 2,
		resumable: false
	}),
	exportArrow: op<[sql: string, onChunk: Chunks, id?: string], ExportProgress>({
		label: 'A backup',
		idArg: 2,
		resumable: false
	}),
	importArrow: op<[table: string, ipc: Uint8Array], number>({
		label: 'Restoring data',
		transfer: true,
		resumable: false
	}),
	snapshotDiff: op<
		[
			snapshotId: string,
			membersSql: string,
			keep: number,
			id?: string,
			runs?: { runId: string; basedOn: string | null },
			labelsSql?: string
		],
		SnapshotDiff
	>({ label: 'Comparing members', idArg: 3 }),
	dropSnapshot: op<[snapshotId: string], void>({ label: 'Removing saved members' }),
	databaseSize: op<[], { bytes: number; memoryBytes: number }>({
		label: 'Measuring the database',
		priority: 'background'
	}),
	checkpoint: op<[], void>({ label: 'Saving to disk' })
};

export type Operations = typeof OPERATIONS;
export type OperationName = keyof Operations;
export type OperationArgs<K extends OperationName> =
	Operations[K] extends OperationSpec<infer Args, unknown> ? Args : never;
export type OperationValue<K extends OperationName> =
	NonNullable<Operations[K]['signature']> extends (...args: never[]) => infer Value ? Value : never;

/** The operations as the worker exposes them: every answer a Result, never a thrown error. */
export type OperationsApi = {
	[K in OperationName]: (...args: OperationArgs<K>) => Promise<Result<OperationValue<K>>>;
};

/** The operation in words, for these arguments. */
export function operationLabel<K extends OperationName>(name: K, args: OperationArgs<K>): string {
	const label = OPERATIONS[name].label as OperationSpec<unknown[], unknown>['label'];
	return typeof label === 'function' ? label(...args) : label;
}

/** Where each operation takes its request id (the leader of several tabs swaps in its own). */
export const idArg = (name: string): number | undefined =>
	name in OPERATIONS ? OPERATIONS[name as OperationName].idArg : undefined;

/** Operations that cannot run again from the start: their chunks already went into a file. */
export const resumable = (name: string): boolean =>
	!(name in OPERATIONS) || OPERATIONS[name as OperationName].resumable !== false;
