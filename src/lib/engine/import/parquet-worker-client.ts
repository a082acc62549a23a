// The engine worker's side of the Parquet worker (parquet.worker.ts): a file's row groups come back
// as Arrow IPC streams, decoded there while DuckDB inserts the previous one here, so a Parquet
// import keeps two cores busy instead of taking turns on one. At most `AHEAD` row groups wait
// decoded (memory stays bounded); the worker is made at the first Parquet file or export (most
// sessions never load parquet-wasm), kept while files follow one another, and closed IDLE_MS after
// the last one, which returns its memory (parquet-wasm's grows with the row groups it decodes and
// never shrinks); a crashed one is replaced.
import type { ParquetReply, ParquetRequest } from './parquet-messages';

const AHEAD = 2;
const IDLE_MS = 20_000;

export interface ParquetPart {
	ipc: Uint8Array;
	done: number;
	total: number;
}

export class ParquetWorkerClient {
	private current: Worker | null = null;
	private next = 1;
	private active = 0;
	private idle: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly create: () => Worker,
		private readonly idleMs = IDLE_MS
	) {}

	/** The worker, for one more request (`release` when it is answered). */
	private worker(): Worker {
		this.active++;
		if (this.idle) clearTimeout(this.idle);
		this.idle = null;
		if (!this.current) {
			const w = this.create();
			// parquet-wasm stopped (a panic on damaged data leaves it unusable): the next file gets
			// a new worker
			w.addEventListener('error', () => {
				w.terminate();
				if (this.current === w) this.current = null;
			});
			this.current = w;
		}
		return this.current;
	}

	private release(): void {
		if (--this.active > 0) return;
		this.idle = setTimeout(() => {
			this.idle = null;
			if (this.active === 0) {
				this.current?.terminate();
				this.current = null;
			}
		}, this.idleMs);
	}

	private send(w: Worker, request: ParquetRequest, transfer: Transferable[] = []): void {
		w.postMessage(request, transfer);
	}

	/** Replies to request `id`, in order, until the caller stops listening. */
	private listen(w: Worker, id: number) {
		const queue: ParquetReply[] = [];
		let wake: (() => void) | null = null;
		const push = (r: ParquetReply) => {
			queue.push(r);
			wake?.();
		};
		const onMessage = (e: MessageEvent<ParquetReply>) => {
			if (e.data.id === id) push(e.data);
		};
		const onError = (e: ErrorEvent) => {
			e.preventDefault();
			// its text is the wasm's ("Uncaught RuntimeError: unreachable"), not a reader's sentence
			push({ id, type: 'error', message: 'the Parquet reader stopped on it' });
		};
		w.addEventListener('message', onMessage);
		w.addEventListener('error', onError);
		return {
			async take(): Promise<ParquetReply> {
				while (queue.length === 0) await new Promise<void>((r) => (wake = r));
				wake = null;
				return queue.shift()!;
			},
			stop() {
				w.removeEventListener('message', onMessage);
				w.removeEventListener('error', onError);
			}
		};
	}

	/** The file's row groups as Arrow IPC streams; stopping early cancels the rest. */
	async *decode(file: Blob): AsyncGenerator<ParquetPart> {
		const w = this.worker();
		const id = this.next++;
		const replies = this.listen(w, id);
		let finished = false;
		try {
			this.send(w, { id, type: 'decode', file, ahead: AHEAD });
			for (;;) {
				const r = await replies.take();
				if (r.type === 'part') {
					yield { ipc: r.ipc, done: r.done, total: r.total };
					this.send(w, { id, type: 'more' });
				} else if (r.type === 'end') {
					finished = true;
					return;
				} else if (r.type === 'error') {
					finished = true;
					throw new Error(r.message);
				}
			}
		} finally {
			replies.stop();
			if (!finished) this.send(w, { id, type: 'cancel' });
			this.release();
		}
	}

	/** An Arrow IPC stream written as a Parquet file's bytes. */
	async encode(ipc: Uint8Array): Promise<Uint8Array> {
		const w = this.worker();
		const id = this.next++;
		const replies = this.listen(w, id);
		try {
			this.send(w, { id, type: 'encode', ipc });
			const r = await replies.take();
			if (r.type === 'encoded') return r.bytes;
			throw new Error(r.type === 'error' ? r.message : 'the Parquet writer gave no file');
		} finally {
			replies.stop();
			this.release();
		}
	}
}
