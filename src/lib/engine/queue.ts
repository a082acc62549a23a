// The one queue in front of the engine: one request at a time, so a long import never interleaves
// with a query; interactive requests go before queued background ones (scheduled refreshes),
// first come first served within a priority; a request with a `key` supersedes an older one with
// the same key (live counts while the user types); an AbortSignal cancels. The queue runs requests
// only while an engine is attached; the client attaches one when it is ready and detaches it when
// the worker goes away, ending the running request as interrupted (or keeping it for the next
// engine when a takeover lets it run again from the start).
import { errorMessage } from '../error-message';
import { EngineError, fromInfo } from './errors';
import type { EngineNotice, Result } from './protocol';

export type Priority = 'interactive' | 'background';

export interface RequestOptions {
	priority?: Priority;
	/** A newer request with the same key cancels this one (it rejects with code 'superseded'). */
	key?: string;
	signal?: AbortSignal;
	/** What the request is, in words, for the "interrupted" message after a crash. */
	label?: string;
}

/** What the queue needs of an engine: cancelling a request by its id. */
export interface Cancellable {
	cancel(id: string): unknown;
}

/** A started engine: its API, and a promise that rejects when it dies (its calls would hang). */
export interface AttachedEngine<Api extends Cancellable> {
	api: Api;
	dead: Promise<never>;
}

export interface QueueEvents {
	/** What runs and how much waits, after every change. */
	busy(running: string | null, queued: number): void;
	/** Work is waiting and no engine is attached. */
	wanted(): void;
	/** The engine reported that a request stopped it (code 'restarted'). */
	crashed(label: string): void;
	/** Something the user should know about a request that succeeded (a failed save to disk). */
	notice(notice: EngineNotice): void;
}

export interface Task<Api> {
	id: string;
	label: string;
	priority: Priority;
	key?: string;
	run: (api: Api, id: string) => Promise<Result<unknown>>;
	resolve: (v: unknown) => void;
	reject: (e: unknown) => void;
	/** Can run again from the start on another engine (not an export half written to a file). */
	resumable: boolean;
}

let counter = 0;
const nextId = () => `r${Date.now().toString(36)}_${(counter++).toString(36)}`;

export class RequestQueue<Api extends Cancellable> {
	private tasks: Task<Api>[] = [];
	private running: Task<Api> | null = null;
	private engine: AttachedEngine<Api> | null = null;

	constructor(private readonly events: QueueEvents) {}

	get busy(): { running: string | null; queued: number } {
		return { running: this.running?.label ?? null, queued: this.tasks.length };
	}

	/** Queue `run`; it is called with the engine's API and the request's id (for cancelling). */
	add<T>(label: string, options: RequestOptions, run: Task<Api>['run'], resumable = true) {
		return new Promise<T>((resolve, reject) => {
			const task: Task<Api> = {
				id: nextId(),
				label,
				priority: options.priority ?? 'interactive',
				run,
				resumable,
				resolve: resolve as (v: unknown) => void,
				reject,
				...(options.key ? { key: options.key } : {})
			};
			if (options.signal?.aborted) return reject(new EngineError('cancelled', 'Cancelled.'));
			options.signal?.addEventListener('abort', () => this.cancel(task), { once: true });
			if (task.key) {
				for (const t of this.tasks.filter((q) => q.key === task.key)) {
					this.tasks.splice(this.tasks.indexOf(t), 1);
					t.reject(new EngineError('superseded', 'A newer request replaced this one.'));
				}
				if (this.running?.key === task.key) void this.engine?.api.cancel(this.running.id);
			}
			// interactive work goes ahead of queued background work, keeping FIFO within a priority
			const firstBackground = this.tasks.findIndex((q) => q.priority === 'background');
			if (task.priority === 'interactive' && firstBackground !== -1)
				this.tasks.splice(firstBackground, 0, task);
			else this.tasks.push(task);
			this.emitBusy();
			this.pump();
		});
	}

	/** Run queued work on `engine` from now on. */
	attach(engine: AttachedEngine<Api>): void {
		this.engine = engine;
		this.pump();
	}

	/**
	 * The engine went away: the running request ends as interrupted (its label is returned), or,
	 * when `again` and it can run again from the start, goes back to the head of the queue.
	 */
	detach(reason: string, again = false): string[] {
		this.engine = null;
		const task = this.running;
		this.running = null;
		if (!task) return [];
		if (again && task.resumable) {
			this.tasks.unshift(task);
			return [];
		}
		task.reject(
			new EngineError(
				'restarted',
				`${task.label} was interrupted because ${reason}. Nothing saved before it was lost.`
			)
		);
		return [task.label];
	}

	/** The engine could not start: every queued request fails with its error. */
	rejectQueued(error: unknown): void {
		for (const t of this.tasks.splice(0)) t.reject(error);
		this.emitBusy();
	}

	private cancel(task: Task<Api>): void {
		const i = this.tasks.indexOf(task);
		if (i >= 0) {
			this.tasks.splice(i, 1);
			task.reject(new EngineError('cancelled', 'Cancelled.'));
			this.emitBusy();
		} else if (this.running === task) void this.engine?.api.cancel(task.id);
	}

	private emitBusy(): void {
		this.events.busy(this.running?.label ?? null, this.tasks.length);
	}

	private pump(): void {
		if (this.running) return;
		if (!this.engine) {
			if (this.tasks.length) this.events.wanted();
			return;
		}
		const task = this.tasks.shift();
		if (!task) return;
		this.running = task;
		this.emitBusy();
		const { api, dead } = this.engine;
		/** Settle the task unless it was already ended (its engine went away), then go on. */
		const finish = (settle: () => void) => {
			if (this.running !== task) return;
			this.running = null;
			settle();
			this.emitBusy();
			this.pump();
		};
		void Promise.race([task.run(api, task.id), dead]).then(
			(result) =>
				finish(() => {
					if (result.ok) {
						task.resolve(result.value);
						for (const n of result.notices ?? []) this.events.notice(n);
						return;
					}
					task.reject(fromInfo(result.error));
					if (result.error.code === 'restarted') this.events.crashed(task.label);
				}),
			(error: unknown) =>
				// e.g. a DataCloneError from postMessage: a sentence, never the raw JS text
				finish(() =>
					task.reject(
						error instanceof EngineError
							? error
							: new EngineError(
									'query',
									`${task.label} failed: the request could not be passed to the engine.`,
									errorMessage(error)
								)
					)
				)
		);
	}
}
