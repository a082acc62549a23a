// The page's only way to the engine. One worker, started once and kept warm; one queue in front of
// it so a long import never interleaves with a query; interactive requests go before background
// ones (scheduled refreshes); a request with a `key` supersedes an older one with the same key
// (live counts while the user types). If the worker dies, the client notices, starts a new one
// (which reopens the persisted database) and tells its listeners what was interrupted.
import * as Comlink from 'comlink';
import { EngineError, fromInfo } from './errors';
import type { EngineWorkerApi } from './engine.worker';
import type { Result, SnapshotDiff } from './worker/core';
import type {
	ColumnCheck,
	ColumnChoice,
	CommitResult,
	EngineInfo,
	ExportProgress,
	ImportProgress,
	StagedFile,
	StageOptions,
	TableInfo
} from './protocol';
import type { QueryResult, Row } from './results';
import type { DemoLoaded, DemoOptions } from './worker/demo';
import type { CsvOptions } from './worker/csv-writer';
import { ENGINE_LOCK, EngineHost, RemoteEngine, type Method } from './tabs';
import { plain } from './plain';

export type Priority = 'interactive' | 'background';

export interface RequestOptions {
	priority?: Priority;
	/** A newer request with the same key cancels this one (it rejects with code 'superseded'). */
	key?: string;
	signal?: AbortSignal;
	/** What the request is, in words, for the "interrupted" message after a crash. */
	label?: string;
}

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'restarting' | 'failed';

/** leader: this tab runs the engine (and serves other tabs); follower: another tab does. */
export type EngineRole = 'leader' | 'follower' | 'solo';

export type EngineEvent =
	| { type: 'status'; status: EngineStatus; info: EngineInfo | null; error?: string }
	| { type: 'restarted'; interrupted: string[] }
	| { type: 'busy'; running: string | null; queued: number };

type Listener = (e: EngineEvent) => void;

interface Task {
	id: string;
	label: string;
	priority: Priority;
	key?: string;
	run: (api: EngineWorkerApi, id: string) => Promise<Result<unknown>>;
	resolve: (v: unknown) => void;
	reject: (e: unknown) => void;
	signal?: AbortSignal;
	/** Can run again from the start on another engine (not an export half written to a file). */
	resumable: boolean;
}

/** How often a worker is started when the engine's files fail to load before giving up. */
const LOAD_ATTEMPTS = 3;

let counter = 0;
const nextId = () => `r${Date.now().toString(36)}_${(counter++).toString(36)}`;

export class EngineClient {
	protected worker: Worker | null = null;
	protected api: EngineWorkerApi | null = null;
	private remote: RemoteEngine | null = null;
	private host: EngineHost | null = null;
	role: EngineRole = 'solo';
	private startPromise: Promise<EngineInfo> | null = null;
	private queue: Task[] = [];
	private running: Task | null = null;
	private listeners = new Set<Listener>();
	private generation = 0;
	/** Rejects every in-flight call of the current worker when it dies (comlink calls would hang). */
	private dead: { promise: Promise<never>; reject: (e: unknown) => void } | null = null;
	status: EngineStatus = 'idle';
	info: EngineInfo | null = null;
	/** Starts in a row whose engine files failed to load (see LOAD_ATTEMPTS). */
	private loadAttempts = 0;
	/** Methods whose next call fails as a full disk would (set by the test build's injectFault). */
	protected faults = new Set<string>();

	constructor(
		private readonly createWorker: () => Worker,
		private readonly options: { persistent: boolean; shared?: boolean; tabId?: string } = {
			persistent: true
		}
	) {
		this.tabId = options.tabId ?? crypto.randomUUID().slice(0, 8);
	}

	private readonly tabId: string;

	private get shared(): boolean {
		return (
			(this.options.shared ?? true) &&
			typeof navigator !== 'undefined' &&
			'locks' in navigator &&
			typeof BroadcastChannel !== 'undefined'
		);
	}

	/** Take the engine lock if no other tab holds it; hold it for the life of this tab. */
	private tryLead(): Promise<boolean> {
		return new Promise((resolve) => {
			void navigator.locks.request(ENGINE_LOCK, { ifAvailable: true }, (lock) => {
				if (!lock) {
					resolve(false);
					return undefined;
				}
				resolve(true);
				return new Promise<void>(() => {});
			});
		});
	}

	/** Queue for the lock; when the leader tab goes away, this tab takes over the engine. */
	private waitForLead(): void {
		void navigator.locks.request(ENGINE_LOCK, () => {
			this.role = 'leader';
			void this.restart('the tab that ran the engine was closed', true, true);
			return new Promise<void>(() => {});
		});
	}

	/** For the leader's host: run another tab's request through this tab's queue. */
	private forward(
		method: Method,
		args: unknown[],
		options: { signal: AbortSignal; label: string; idArg?: number }
	): Promise<Result<unknown>> {
		return this.enqueue<unknown>(options.label, { signal: options.signal }, (api, id) => {
			const a = args.map((x) =>
				typeof x === 'function' ? Comlink.proxy(x as (...p: unknown[]) => unknown) : x
			);
			if (options.idArg !== undefined) a[options.idArg] = id;
			return (api[method] as (...p: unknown[]) => Promise<Result<unknown>>)(...a);
		}).then(
			(value) => ({ ok: true as const, value }),
			(e: unknown) => ({
				ok: false as const,
				error:
					e instanceof EngineError
						? e.toInfo()
						: { code: 'query' as const, message: e instanceof Error ? e.message : String(e) }
			})
		);
	}

	on(listener: Listener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	private emit(e: EngineEvent): void {
		for (const l of this.listeners) l(e);
	}

	private setStatus(status: EngineStatus, error?: string): void {
		this.status = status;
		this.emit({ type: 'status', status, info: this.info, ...(error ? { error } : {}) });
	}

	/** Start the worker and open the database (idempotent). */
	start(): Promise<EngineInfo> {
		this.startPromise ??= this.boot();
		return this.startPromise;
	}

	private async boot(): Promise<EngineInfo> {
		this.setStatus(this.generation === 0 ? 'starting' : 'restarting');
		const generation = ++this.generation;
		let rejectDead: (e: unknown) => void = () => {};
		const deadPromise = new Promise<never>((_r, reject) => (rejectDead = reject));
		deadPromise.catch(() => undefined);
		this.dead = { promise: deadPromise, reject: rejectDead };
		if (this.shared && this.role !== 'leader') {
			this.role = (await this.tryLead()) ? 'leader' : 'follower';
			if (this.role === 'follower') this.waitForLead();
		}
		if (this.role === 'follower') {
			this.remote = new RemoteEngine(this.tabId);
			this.api = this.remote.api();
		} else {
			const worker = this.createWorker();
			this.worker = worker;
			worker.addEventListener('error', (ev) => {
				ev.preventDefault();
				if (generation === this.generation)
					void this.restart(`the engine crashed (${ev.message || 'worker error'})`);
			});
			this.api = Comlink.wrap<EngineWorkerApi>(worker) as unknown as EngineWorkerApi;
			if (this.role === 'leader' && !this.host) {
				this.host = new EngineHost({
					forward: (method, args, options) => this.forward(method, args, options),
					info: () => this.start()
				});
			}
		}
		const startOptions = { persistent: this.options.persistent, ...this.startFlags };
		this.startFlags = {};
		const result = await Promise.race([this.api.start(startOptions), deadPromise]);
		if (
			!result.ok &&
			result.error.code === 'unavailable' &&
			this.role !== 'follower' &&
			this.loadAttempts < LOAD_ATTEMPTS - 1
		) {
			// the engine's files did not load (a download broke off): a fresh worker, a bit later
			this.loadAttempts++;
			this.worker?.terminate();
			this.worker = null;
			this.api = null;
			await new Promise((r) => setTimeout(r, 1000 * this.loadAttempts));
			return this.boot();
		}
		this.loadAttempts = 0;
		if (!result.ok) {
			this.setStatus('failed', result.error.message);
			this.startPromise = null;
			for (const t of this.queue.splice(0)) t.reject(fromInfo(result.error));
			throw fromInfo(result.error);
		}
		this.info = { ...result.value, role: this.role };
		this.setStatus('ready');
		this.pump();
		return this.info;
	}

	/**
	 * Throw the worker away and start a new one; queued work continues on the new worker. On a
	 * takeover (this tab now runs the engine because the tab that ran it closed), the request that
	 * was waiting for the old engine runs again here, unless it was an export.
	 */
	async restart(
		reason = 'the engine was restarted',
		quiet = false,
		takeover = false
	): Promise<void> {
		if (takeover && this.running?.resumable) {
			this.queue.unshift(this.running);
			this.running = null;
		}
		const interrupted = this.running ? [this.running.label] : [];
		this.dead?.reject(new EngineError('restarted', `Interrupted: ${reason}.`));
		this.worker?.terminate();
		this.worker = null;
		this.api = null;
		this.remote?.close();
		this.remote = null;
		if (this.running) {
			this.running.reject(
				new EngineError(
					'restarted',
					`${this.running.label} was interrupted because ${reason}. Nothing saved before it was lost.`
				)
			);
			this.running = null;
		}
		this.startPromise = null;
		try {
			await this.start();
		} finally {
			if (!quiet || interrupted.length) this.emit({ type: 'restarted', interrupted });
		}
	}

	private fault(method: string, label: string): Promise<never> | null {
		if (!this.faults.delete(method)) return null;
		return Promise.reject(
			new EngineError(
				'quota',
				`${label} failed: the browser's storage is full. Nothing was changed.`
			)
		);
	}

	/** Options for the next start (the test build may ask for an empty write-ahead log). */
	protected startFlags: { leaveEmptyWal?: boolean } = {};

	protected enqueue<T>(
		label: string,
		options: RequestOptions,
		run: Task['run'],
		resumable = true
	): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			const task: Task = {
				id: nextId(),
				label,
				priority: options.priority ?? 'interactive',
				run,
				resumable,
				resolve: resolve as (v: unknown) => void,
				reject,
				...(options.key ? { key: options.key } : {}),
				...(options.signal ? { signal: options.signal } : {})
			};
			if (options.signal?.aborted) return reject(new EngineError('cancelled', 'Cancelled.'));
			options.signal?.addEventListener('abort', () => this.cancelTask(task), { once: true });
			if (task.key) {
				for (const t of this.queue.filter((q) => q.key === task.key)) {
					this.queue.splice(this.queue.indexOf(t), 1);
					t.reject(new EngineError('superseded', 'A newer request replaced this one.'));
				}
				if (this.running?.key === task.key) void this.api?.cancel(this.running.id);
			}
			// interactive work goes ahead of queued background work, keeping FIFO within a priority
			if (task.priority === 'interactive') {
				const firstBackground = this.queue.findIndex((q) => q.priority === 'background');
				if (firstBackground === -1) this.queue.push(task);
				else this.queue.splice(firstBackground, 0, task);
			} else this.queue.push(task);
			this.emitBusy();
			this.pump();
		});
	}

	private cancelTask(task: Task): void {
		const i = this.queue.indexOf(task);
		if (i >= 0) {
			this.queue.splice(i, 1);
			task.reject(new EngineError('cancelled', 'Cancelled.'));
			this.emitBusy();
		} else if (this.running === task) void this.api?.cancel(task.id);
	}

	private emitBusy(): void {
		this.emit({ type: 'busy', running: this.running?.label ?? null, queued: this.queue.length });
	}

	private pump(): void {
		if (this.running || this.status !== 'ready' || !this.api) {
			if (this.status === 'idle') void this.start().catch(() => undefined);
			return;
		}
		const task = this.queue.shift();
		if (!task) return;
		this.running = task;
		this.emitBusy();
		const api = this.api;
		const dead = this.dead?.promise;
		const call = task.run(api, task.id);
		void (dead ? Promise.race([call, dead]) : call).then(
			(result) => {
				if (this.running !== task) return;
				this.running = null;
				if (result.ok) task.resolve(result.value);
				else {
					task.reject(fromInfo(result.error));
					if (result.error.code === 'restarted')
						void this.restart(`${task.label} crashed the engine`);
				}
				this.emitBusy();
				this.pump();
			},
			(error: unknown) => {
				if (this.running !== task) return;
				this.running = null;
				// e.g. a DataCloneError from postMessage: a sentence, never the raw JS text
				task.reject(
					error instanceof EngineError
						? error
						: new EngineError(
								'query',
								`${task.label} failed: the request could not be passed to the engine.`,
								error instanceof Error ? error.message : String(error)
							)
				);
				this.emitBusy();
				this.pump();
			}
		);
	}

	// ---- the API the app uses ----------------------------------------------------------

	query(sql: string, options: RequestOptions = {}): Promise<QueryResult> {
		return this.enqueue(options.label ?? 'A query', options, (api, id) => api.query(sql, id));
	}

	async rows(sql: string, options: RequestOptions = {}): Promise<Row[]> {
		return (await this.query(sql, options)).rows;
	}

	exec(sql: string, options: RequestOptions = {}): Promise<void> {
		return this.enqueue(options.label ?? 'A statement', options, (api, id) => api.exec(sql, id));
	}

	settings(): Promise<Record<string, string>> {
		return this.enqueue('Reading settings', {}, (api) => api.settings());
	}

	tables(): Promise<string[]> {
		return this.enqueue('Listing tables', {}, (api) => api.tables());
	}

	tableInfo(table: string): Promise<TableInfo> {
		return this.enqueue('Reading a table', {}, (api) => api.tableInfo(table));
	}

	dropTable(table: string): Promise<void> {
		return this.enqueue('Deleting a table', {}, (api) => api.dropTable(table));
	}

	stage(
		file: File,
		options: StageOptions,
		onProgress: (p: ImportProgress) => void,
		request: RequestOptions = {}
	): Promise<StagedFile> {
		return this.enqueue(`Reading ${file.name}`, request, (api, id) =>
			api.stage(file, plain(options), Comlink.proxy(onProgress), id)
		);
	}

	restage(
		stageId: string,
		options: StageOptions,
		onProgress: (p: ImportProgress) => void,
		request: RequestOptions = {}
	): Promise<StagedFile> {
		return this.enqueue('Reading the file again', request, (api, id) =>
			api.restage(stageId, plain(options), Comlink.proxy(onProgress), id)
		);
	}

	check(stageId: string, choices: ColumnChoice[]): Promise<ColumnCheck[]> {
		return this.enqueue('Checking column types', {}, (api) => api.check(stageId, plain(choices)));
	}

	commit(
		stageId: string,
		table: string,
		choices: ColumnChoice[],
		onProgress: (p: ImportProgress) => void,
		request: RequestOptions = {}
	): Promise<CommitResult> {
		const fault = this.fault('commit', request.label ?? 'Saving an import');
		if (fault) return fault;
		return this.enqueue(request.label ?? 'Saving an import', request, (api, id) =>
			api.commit(stageId, table, plain(choices), Comlink.proxy(onProgress), id)
		);
	}

	discard(stageId: string): Promise<void> {
		return this.enqueue('Cancelling an import', {}, (api) => api.discard(stageId));
	}

	loadDemo(options: DemoOptions, onProgress: (message: string) => void): Promise<DemoLoaded> {
		return this.enqueue('Loading the demo data', {}, (api) =>
			api.loadDemo(plain(options), Comlink.proxy(onProgress))
		);
	}

	/** CSV as it is (backups, other programs) unless `spreadsheetSafe` (member exports). */
	exportCsv(
		sql: string,
		onChunk: (chunk: Uint8Array, progress: ExportProgress) => Promise<void> | void,
		request: RequestOptions = {},
		options: CsvOptions = {}
	): Promise<ExportProgress> {
		const fault = this.fault('exportCsv', request.label ?? 'An export');
		if (fault) return fault;
		return this.exportRows('exportCsv', sql, onChunk, request, options);
	}

	snapshotDiff(
		snapshotId: string,
		membersSql: string,
		keep: number,
		request: RequestOptions = {},
		runs?: { runId: string; basedOn: string | null }
	): Promise<SnapshotDiff> {
		const fault = this.fault('snapshotDiff', request.label ?? 'Comparing members');
		if (fault) return fault;
		return this.enqueue(request.label ?? 'Comparing members', request, (api, id) =>
			api.snapshotDiff(snapshotId, membersSql, keep, id, plain(runs))
		);
	}

	dropSnapshot(snapshotId: string): Promise<void> {
		return this.enqueue('Removing saved members', {}, (api) => api.dropSnapshot(snapshotId));
	}

	exportParquet(
		sql: string,
		onChunk: (chunk: Uint8Array, progress: ExportProgress) => Promise<void> | void,
		request: RequestOptions = {}
	): Promise<ExportProgress> {
		return this.exportRows('exportParquet', sql, onChunk, request);
	}

	/** A query's rows as an Arrow IPC stream, exactly typed (workspace backups). */
	exportArrow(
		sql: string,
		onChunk: (chunk: Uint8Array, progress: ExportProgress) => Promise<void> | void,
		request: RequestOptions = {}
	): Promise<ExportProgress> {
		return this.exportRows('exportArrow', sql, onChunk, request);
	}

	/** Create a table from an Arrow IPC stream (a backup's data); the rows it holds. */
	importArrow(table: string, ipc: Uint8Array, request: RequestOptions = {}): Promise<number> {
		return this.enqueue(request.label ?? 'Restoring data', request, (api) =>
			api.importArrow(table, ipc)
		);
	}

	/** A query's rows streamed to `onChunk` in a file format; never run again after a takeover. */
	private exportRows(
		method: 'exportCsv' | 'exportParquet' | 'exportArrow',
		sql: string,
		onChunk: (chunk: Uint8Array, progress: ExportProgress) => Promise<void> | void,
		request: RequestOptions,
		options: CsvOptions = {}
	): Promise<ExportProgress> {
		return this.enqueue(
			request.label ?? 'An export',
			request,
			(api, id) =>
				api[method](
					sql,
					Comlink.proxy(async (c: Uint8Array, p: ExportProgress) => {
						await onChunk(c, p);
					}),
					id,
					options
				),
			false
		);
	}

	databaseSize(): Promise<{ bytes: number; memoryBytes: number }> {
		return this.enqueue('Measuring the database', { priority: 'background' }, (api) =>
			api.databaseSize()
		);
	}

	/** Cancel a request by the AbortSignal given with it; kept for symmetry with cancelTask. */
	get busy(): { running: string | null; queued: number } {
		return { running: this.running?.label ?? null, queued: this.queue.length };
	}
}
