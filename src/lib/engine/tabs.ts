// Several tabs, one engine. The database file in OPFS can be held by one worker only, so one tab
// (the leader, chosen with a Web Lock) runs the engine and the others send it their requests over
// a BroadcastChannel. Files, rows and progress cross as structured clones. When the leader tab
// closes, its lock is released and a waiting tab becomes the leader and opens the database.
import { errorMessage } from '../error-message';
import type { EngineWorkerApi } from './engine.worker';
import { idArg, resumable } from './operations';
import type { Result } from './protocol';

export const ENGINE_LOCK = 'segments-engine';
const CHANNEL = 'segments-engine-rpc';

export type Method = keyof EngineWorkerApi;

/** Whether this browser can share one engine between tabs (Web Locks and BroadcastChannel). */
export const canShare = (): boolean =>
	typeof navigator !== 'undefined' &&
	'locks' in navigator &&
	typeof BroadcastChannel !== 'undefined';

/** Take the engine lock if no other tab holds it; it is held for the life of this tab. */
export function tryLead(): Promise<boolean> {
	return new Promise((resolve) => {
		void navigator.locks.request(ENGINE_LOCK, { ifAvailable: true }, (lock) => {
			resolve(lock !== null);
			return lock ? new Promise<void>(() => {}) : undefined;
		});
	});
}

/** Queue for the lock: when the tab that holds it goes away, `lead` runs and this tab leads. */
export function waitForLead(lead: () => void): void {
	void navigator.locks.request(ENGINE_LOCK, () => {
		lead();
		return new Promise<void>(() => {});
	});
}

type Msg =
	| { t: 'call'; from: string; id: string; method: Method; args: unknown[]; callbacks: number[] }
	| { t: 'callback'; to: string; id: string; index: number; args: unknown[] }
	| { t: 'result'; to: string; id: string; result: Result<unknown> }
	| { t: 'cancel'; from: string; id: string }
	/** A tab has just started serving the engine: requests no leader answered are sent again. */
	| { t: 'leader' };

const CALLBACK = '__segments_callback__';

/** A follower's stand-in for the worker API: every call goes to the leader tab. */
export class RemoteEngine {
	private readonly channel = new BroadcastChannel(CHANNEL);
	private readonly pending = new Map<
		string,
		{
			resolve: (r: Result<unknown>) => void;
			callbacks: ((...a: unknown[]) => unknown)[];
			message: Extract<Msg, { t: 'call' }>;
		}
	>();
	private readonly byRequest = new Map<string, string>();
	private next = 0;
	/**
	 * Names this page's requests apart from those of the page the tab showed before: a tab keeps
	 * its id across reloads (sessionStorage) and the leader ignores a request id it has seen.
	 */
	private readonly page = crypto.randomUUID().slice(0, 8);

	constructor(private readonly tabId: string) {
		this.channel.onmessage = (e: MessageEvent<Msg>) => this.receive(e.data);
	}

	private receive(msg: Msg): void {
		if (msg.t === 'result' && msg.to === this.tabId) {
			this.pending.get(msg.id)?.resolve(msg.result);
			this.pending.delete(msg.id);
		} else if (msg.t === 'callback' && msg.to === this.tabId) {
			void this.pending.get(msg.id)?.callbacks[msg.index]?.(...msg.args);
		} else if (msg.t === 'leader') this.leaderChanged();
	}

	/**
	 * A new tab runs the engine (the old one closed). What was sent before may never be answered:
	 * send it again (the new leader ignores requests it already has), except exports, which were
	 * half written and fail with a sentence instead.
	 */
	private leaderChanged(): void {
		for (const [id, p] of this.pending) {
			if (resumable(p.message.method)) {
				this.channel.postMessage(p.message);
				continue;
			}
			this.pending.delete(id);
			p.resolve({
				ok: false,
				error: {
					code: 'unavailable',
					message:
						'The export was interrupted because the tab that ran the engine was closed. Start it again.'
				}
			});
		}
	}

	call(method: Method, args: unknown[]): Promise<Result<unknown>> {
		const id = `${this.tabId}:${this.page}:${this.next++}`;
		const callbacks: ((...a: unknown[]) => unknown)[] = [];
		const indexes: number[] = [];
		const wire = args.map((a, i) => {
			if (typeof a !== 'function') return a;
			indexes.push(i);
			callbacks.push(a as (...x: unknown[]) => unknown);
			return `${CALLBACK}${callbacks.length - 1}`;
		});
		const message: Extract<Msg, { t: 'call' }> = {
			t: 'call',
			from: this.tabId,
			id,
			method,
			args: wire,
			callbacks: indexes
		};
		const at = idArg(method);
		const requestId = at !== undefined ? args[at] : undefined;
		if (typeof requestId === 'string') this.byRequest.set(requestId, id);
		return new Promise((resolve) => {
			this.pending.set(id, {
				resolve: (r) => {
					if (typeof requestId === 'string') this.byRequest.delete(requestId);
					resolve(r);
				},
				callbacks,
				message
			});
			this.channel.postMessage(message);
		});
	}

	/** Cancel by the follower's own request id (the one the client put in the arguments). */
	cancel(requestId: string): void {
		const id = this.byRequest.get(requestId);
		if (id) this.channel.postMessage({ t: 'cancel', from: this.tabId, id } satisfies Msg);
	}

	/** An object with the worker API's methods, for the client to use like the worker itself. */
	api(): EngineWorkerApi {
		return new Proxy({} as EngineWorkerApi, {
			get: (_t, method: string) => {
				if (method === 'cancel') return (id: string) => this.cancel(id);
				return (...args: unknown[]) => this.call(method as Method, args);
			}
		});
	}

	close(): void {
		this.channel.close();
	}
}

export interface HostTarget {
	/** Run a worker API method through the leader's own queue. */
	forward(
		method: Method,
		args: unknown[],
		options: { signal: AbortSignal; label: string; idArg?: number }
	): Promise<Result<unknown>>;
	info(): Promise<unknown>;
}

/** The leader's side: serves other tabs' requests through its own queue. */
export class EngineHost {
	private readonly channel = new BroadcastChannel(CHANNEL);
	private readonly running = new Map<string, AbortController>();
	/** Requests already taken (a follower sends again what it sent before this tab led). */
	private readonly seen = new Set<string>();

	constructor(private readonly target: HostTarget) {
		this.channel.onmessage = (e: MessageEvent<Msg>) => void this.receive(e.data);
		this.channel.postMessage({ t: 'leader' } satisfies Msg);
	}

	private async receive(msg: Msg): Promise<void> {
		if (msg.t === 'cancel') {
			this.running.get(msg.id)?.abort();
			return;
		}
		if (msg.t !== 'call' || this.seen.has(msg.id)) return;
		this.seen.add(msg.id);
		if (this.seen.size > 10_000) this.seen.delete(this.seen.values().next().value!);
		const reply = (result: Result<unknown>) =>
			this.channel.postMessage({ t: 'result', to: msg.from, id: msg.id, result } satisfies Msg);
		if (msg.method === 'start') {
			try {
				return reply({
					ok: true,
					value: { ...((await this.target.info()) as object), role: 'follower' }
				});
			} catch (e) {
				return reply({
					ok: false,
					error: { code: 'unavailable', message: errorMessage(e) }
				});
			}
		}
		const args = msg.args.map((a, i) =>
			msg.callbacks.includes(i) && typeof a === 'string' && a.startsWith(CALLBACK)
				? (...cbArgs: unknown[]) => {
						this.channel.postMessage({
							t: 'callback',
							to: msg.from,
							id: msg.id,
							index: Number(a.slice(CALLBACK.length)),
							args: cbArgs
						} satisfies Msg);
					}
				: a
		);
		const at = idArg(msg.method);
		const controller = new AbortController();
		this.running.set(msg.id, controller);
		try {
			reply(
				await this.target.forward(msg.method, args, {
					signal: controller.signal,
					label: `A request from another tab (${msg.method})`,
					...(at !== undefined ? { idArg: at } : {})
				})
			);
		} catch (e) {
			const info =
				e && typeof e === 'object' && 'code' in e && 'message' in e
					? {
							code: (e as { code: string }).code,
							message: String((e as { message: string }).message)
						}
					: { code: 'query', message: errorMessage(e) };
			reply({ ok: false, error: info as never });
		} finally {
			this.running.delete(msg.id);
		}
	}

	close(): void {
		this.channel.close();
	}
}
