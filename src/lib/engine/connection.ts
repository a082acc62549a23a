// The engine's life cycle, under the client (client.ts): one worker, started once and kept warm,
// behind one request queue (queue.ts). If the worker dies, the connection notices, starts a new
// one (which reopens the persisted database) and tells its listeners what was interrupted. With
// several tabs open, one of them runs the engine and the others send it their requests (tabs.ts);
// `call` queues an operation of operations.ts by name.
import { errorMessage } from '../error-message';
import * as Comlink from 'comlink';
import { EngineError, fromInfo } from './errors';
import type { EngineWorkerApi, StartOptions } from './engine.worker';
import type { EngineInfo, EngineNotice, Result } from './protocol';
import { canShare, EngineHost, RemoteEngine, tryLead, waitForLead, type Method } from './tabs';
import { plain } from './plain';
import { RequestQueue, type RequestOptions } from './queue';
import {
	OPERATIONS,
	operationLabel,
	type OperationArgs,
	type OperationName,
	type OperationValue
} from './operations';

export type EngineStatus = 'idle' | 'starting' | 'ready' | 'restarting' | 'failed';

/** leader: this tab runs the engine (and serves other tabs); follower: another tab does. */
export type EngineRole = 'leader' | 'follower' | 'solo';

export type EngineEvent =
	| { type: 'status'; status: EngineStatus; info: EngineInfo | null; error?: string }
	| { type: 'restarted'; interrupted: string[] }
	| { type: 'busy'; running: string | null; queued: number }
	/** A request succeeded with something to tell the user (its change was not saved to disk). */
	| { type: 'notice'; notice: EngineNotice };

type Listener = (e: EngineEvent) => void;

/** How often a worker is started when the engine's files fail to load before giving up. */
const LOAD_ATTEMPTS = 3;

/** An argument as it crosses to the worker: callbacks by proxy, data as plain copies. */
function toWire(arg: unknown): unknown {
	if (typeof arg === 'function') return Comlink.proxy(arg as (...p: unknown[]) => unknown);
	const data =
		typeof arg === 'object' &&
		arg !== null &&
		(Array.isArray(arg) || Object.getPrototypeOf(arg) === Object.prototype);
	return data ? plain(arg) : arg;
}

/** Bytes that are their whole buffer: moving it detaches nothing else the page holds. */
const ownsBuffer = (a: unknown): a is Uint8Array =>
	a instanceof Uint8Array && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength;

const errorInfo = (e: unknown) =>
	e instanceof EngineError ? e.toInfo() : { code: 'query' as const, message: errorMessage(e) };

export class EngineConnection {
	protected worker: Worker | null = null;
	protected api: EngineWorkerApi | null = null;
	private remote: RemoteEngine | null = null;
	private host: EngineHost | null = null;
	role: EngineRole = 'solo';
	private startPromise: Promise<EngineInfo> | null = null;
	private listeners = new Set<Listener>();
	private generation = 0;
	/** Rejects every in-flight call of the current worker when it dies (comlink calls would hang). */
	private dead: { promise: Promise<never>; reject: (e: unknown) => void } | null = null;
	status: EngineStatus = 'idle';
	info: EngineInfo | null = null;
	/** Starts in a row whose engine files failed to load (see LOAD_ATTEMPTS). */
	private loadAttempts = 0;
	/** Operations whose next call fails as a full disk would (set by the test build's injectFault). */
	protected faults = new Set<string>();
	/** Options for the next start (the test build may ask for an empty write-ahead log). */
	protected startFlags: Omit<StartOptions, 'persistent'> = {};
	private readonly tabId: string;
	protected readonly queue = new RequestQueue<EngineWorkerApi>({
		busy: (running, queued) => this.emit({ type: 'busy', running, queued }),
		wanted: () => {
			if (this.status === 'idle') void this.start().catch(() => undefined);
		},
		crashed: (label) => void this.restart(`${label} crashed the engine`),
		notice: (notice) => this.emit({ type: 'notice', notice })
	});

	constructor(
		private readonly createWorker: () => Worker,
		private readonly options: { persistent: boolean; shared?: boolean; tabId?: string } = {
			persistent: true
		}
	) {
		this.tabId = options.tabId ?? crypto.randomUUID().slice(0, 8);
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
		if ((this.options.shared ?? true) && canShare() && this.role !== 'leader') {
			this.role = (await tryLead()) ? 'leader' : 'follower';
			if (this.role === 'follower')
				waitForLead(() => {
					this.role = 'leader';
					void this.restart('the tab that ran the engine was closed', true, true);
				});
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
			if (this.role === 'leader')
				this.host ??= new EngineHost({
					forward: (method, args, options) => this.forward(method, args, options),
					info: () => this.start()
				});
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
			this.queue.rejectQueued(fromInfo(result.error));
			throw fromInfo(result.error);
		}
		this.info = { ...result.value, role: this.role };
		this.setStatus('ready');
		this.queue.attach({ api: this.api, dead: deadPromise });
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
		const interrupted = this.queue.detach(reason, takeover);
		this.dead?.reject(new EngineError('restarted', `Interrupted: ${reason}.`));
		this.worker?.terminate();
		this.worker = null;
		this.api = null;
		this.remote?.close();
		this.remote = null;
		this.startPromise = null;
		try {
			await this.start();
		} finally {
			if (!quiet || interrupted.length) this.emit({ type: 'restarted', interrupted });
		}
	}

	/** For the leader's host: run another tab's request through this tab's queue. */
	private forward(
		method: Method,
		args: unknown[],
		options: { signal: AbortSignal; label: string; idArg?: number }
	): Promise<Result<unknown>> {
		let notices: EngineNotice[] | undefined;
		const run = async (api: EngineWorkerApi, id: string): Promise<Result<unknown>> => {
			const wire = args.map(toWire);
			if (options.idArg !== undefined) wire[options.idArg] = id;
			const result = await (api[method] as (...p: unknown[]) => Promise<Result<unknown>>)(...wire);
			// the notices go to the tab that asked, not to this one
			if (result.ok) notices = result.notices;
			return result.ok ? { ok: true, value: result.value } : result;
		};
		return this.queue.add<unknown>(options.label, { signal: options.signal }, run).then(
			(value) => ({ ok: true as const, value, ...(notices ? { notices } : {}) }),
			(e: unknown) => ({ ok: false as const, error: errorInfo(e) })
		);
	}

	/** What the engine runs now, and how many requests wait. */
	get busy(): { running: string | null; queued: number } {
		return this.queue.busy;
	}

	/** Queue the operation `name` (operations.ts); the request id and callbacks are filled in. */
	protected call<K extends OperationName>(
		name: K,
		args: OperationArgs<K>,
		request: RequestOptions = {}
	): Promise<OperationValue<K>> {
		const spec = OPERATIONS[name];
		const label = request.label ?? operationLabel(name, args);
		if (this.faults.delete(name))
			return Promise.reject(
				new EngineError(
					'quota',
					`${label} failed: the browser's storage is full. Nothing was changed.`
				)
			);
		const priority = request.priority ?? spec.priority;
		const run = (api: EngineWorkerApi, id: string) => {
			// moved, not copied, to this tab's own worker (another tab's relay always copies)
			const move = spec.transfer === true && this.remote === null;
			const wire = args.map((a) =>
				move && ownsBuffer(a) ? Comlink.transfer(a, [a.buffer]) : toWire(a)
			);
			if (spec.idArg !== undefined) wire[spec.idArg] = id;
			return (api[name] as (...p: unknown[]) => Promise<Result<unknown>>)(...wire);
		};
		return this.queue.add(
			label,
			{ ...request, ...(priority ? { priority } : {}) },
			run,
			spec.resumable !== false
		);
	}
}
