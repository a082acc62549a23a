// The page's only way to the engine: every operation the app uses, each queued by name (declared
// once in operations.ts) on the connection (connection.ts), which starts the worker, restarts it
// after a crash and shares one engine between tabs. Interactive requests go before background
// ones; a request with a `key` supersedes an older one with the same key (queue.ts).
import type { SnapshotDiff } from './worker/core';
import type {
	ColumnCheck,
	ColumnChoice,
	CommitResult,
	ExportProgress,
	ImportProgress,
	StagedFile,
	StageOptions,
	TableInfo
} from './protocol';
import type { QueryResult, Row } from './results';
import type { DemoLoaded, DemoOptions } from './worker/demo';
import type { CsvOptions } from './worker/csv-writer';
import type { LiveCombine, LiveCountValue, LiveGroup } from './worker/live-cache';
import type { RequestOptions } from './queue';
import { EngineConnection } from './connection';

export type { Priority, RequestOptions } from './queue';
export type { EngineEvent, EngineRole, EngineStatus } from './connection';

type Chunks = (chunk: Uint8Array, progress: ExportProgress) => Promise<void> | void;

export class EngineClient extends EngineConnection {
	query(sql: string, options: RequestOptions = {}): Promise<QueryResult> {
		return this.call('query', [sql], options);
	}

	async rows(sql: string, options: RequestOptions = {}): Promise<Row[]> {
		return (await this.query(sql, options)).rows;
	}

	/** The rows of one read-only query: what makes a segment different (insight/differences-sql). */
	async differences(sql: string, options: RequestOptions = {}): Promise<Row[]> {
		return (await this.call('differences', [sql], options)).rows;
	}

	/** The builder's live count: each group's member SQL, kept by the engine, combined. */
	liveCount(
		groups: LiveGroup[],
		combine: LiveCombine,
		options: RequestOptions = {}
	): Promise<LiveCountValue> {
		return this.call('liveCount', [groups, combine], options);
	}

	exec(sql: string, options: RequestOptions = {}): Promise<void> {
		return this.call('exec', [sql], options);
	}

	settings(): Promise<Record<string, string>> {
		return this.call('settings', []);
	}

	tables(): Promise<string[]> {
		return this.call('tables', []);
	}

	tableInfo(table: string): Promise<TableInfo> {
		return this.call('tableInfo', [table]);
	}

	dropTable(table: string): Promise<void> {
		return this.call('dropTable', [table]);
	}

	stage(
		file: File,
		options: StageOptions,
		onProgress: (p: ImportProgress) => void,
		request: RequestOptions = {}
	): Promise<StagedFile> {
		return this.call('stage', [file, options, onProgress], request);
	}

	restage(
		stageId: string,
		options: StageOptions,
		onProgress: (p: ImportProgress) => void,
		request: RequestOptions = {}
	): Promise<StagedFile> {
		return this.call('restage', [stageId, options, onProgress], request);
	}

	check(stageId: string, choices: ColumnChoice[]): Promise<ColumnCheck[]> {
		return this.call('check', [stageId, choices]);
	}

	commit(
		stageId: string,
		table: string,
		choices: ColumnChoice[],
		onProgress: (p: ImportProgress) => void,
		request: RequestOptions = {}
	): Promise<CommitResult> {
		return this.call('commit', [stageId, table, choices, onProgress], request);
	}

	discard(stageId: string): Promise<void> {
		return this.call('discard', [stageId]);
	}

	loadDemo(options: DemoOptions, onProgress: (message: string) => void): Promise<DemoLoaded> {
		return this.call('loadDemo', [options, onProgress]);
	}

	/** CSV as it is (backups, other programs) unless `spreadsheetSafe` (member exports). */
	exportCsv(
		sql: string,
		onChunk: Chunks,
		request: RequestOptions = {},
		options: CsvOptions = {}
	): Promise<ExportProgress> {
		return this.call('exportCsv', [sql, onChunk, undefined, options], request);
	}

	snapshotDiff(
		snapshotId: string,
		membersSql: string,
		keep: number,
		request: RequestOptions = {},
		runs?: { runId: string; basedOn: string | null },
		labelsSql?: string
	): Promise<SnapshotDiff> {
		return this.call(
			'snapshotDiff',
			[snapshotId, membersSql, keep, undefined, runs, labelsSql],
			request
		);
	}

	dropSnapshot(snapshotId: string): Promise<void> {
		return this.call('dropSnapshot', [snapshotId]);
	}

	exportParquet(
		sql: string,
		onChunk: Chunks,
		request: RequestOptions = {}
	): Promise<ExportProgress> {
		return this.call('exportParquet', [sql, onChunk], request);
	}

	/** A query's rows as an Arrow IPC stream, exactly typed (workspace backups). */
	exportArrow(sql: string, onChunk: Chunks, request: RequestOptions = {}): Promise<ExportProgress> {
		return this.call('exportArrow', [sql, onChunk], request);
	}

	/** Create a table from an Arrow IPC stream (a backup's data); the rows it holds. */
	importArrow(table: string, ipc: Uint8Array, request: RequestOptions = {}): Promise<number> {
		return this.call('importArrow', [table, ipc], request);
	}

	databaseSize(): Promise<{ bytes: number; memoryBytes: number }> {
		return this.call('databaseSize', []);
	}
}
