// Runs SQL on the DuckDB connection as a "pending query" that is polled step by step, yielding to
// the worker's event loop between steps. That keeps the worker able to receive a cancel (or a
// progress request) while a long query or import runs, without threads or SharedArrayBuffer.
import { errorMessage } from '../../error-message';
import { RecordBatchReader, Table } from 'apache-arrow';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { EngineError } from '../errors';

export interface RunOptions {
	/** Lets cancel(id) stop this query. */
	id?: string;
	/** Called between polling steps (e.g. to report bytes read). */
	onStep?: () => void;
	/** Stream the result in chunks instead of materialising it first (exports). */
	stream?: boolean;
}

const YIELD_EVERY_MS = 25;

function yieldToEventLoop(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}

export class QueryRunner {
	private readonly cancelled = new Set<string>();
	private running: string | null = null;

	constructor(
		private readonly bindings: DuckDBBindings,
		private readonly conn: number
	) {}

	/** Ask the query with this id to stop; true when it was running or queued here. */
	cancel(id: string): boolean {
		this.cancelled.add(id);
		if (this.running === id) {
			try {
				this.bindings.cancelPendingQuery(this.conn);
			} catch {
				// the query may have just finished
			}
			return true;
		}
		return false;
	}

	private checkCancelled(id: string | undefined): void {
		if (id !== undefined && this.cancelled.has(id)) {
			this.cancelled.delete(id);
			throw new EngineError('cancelled', 'Cancelled.');
		}
	}

	/** Run one statement and return its whole result as an Arrow table. */
	async table(sql: string, options: RunOptions = {}): Promise<Table> {
		const chunks: Uint8Array[] = [];
		for await (const chunk of this.chunks(sql, options)) chunks.push(chunk);
		const reader = RecordBatchReader.from(chunks[Symbol.iterator]());
		return new Table(reader);
	}

	/** Run one statement for its effect. */
	async exec(sql: string, options: RunOptions = {}): Promise<void> {
		for await (const chunk of this.chunks(sql, options)) void chunk;
	}

	/** Several statements separated by ';' (only for engine-authored SQL). */
	script(sql: string): void {
		this.bindings.runQuery(this.conn, sql);
	}

	/** The result as Arrow IPC stream chunks (schema first), produced as the query runs. */
	async *chunks(sql: string, options: RunOptions = {}): AsyncGenerator<Uint8Array> {
		const { id, onStep } = options;
		this.checkCancelled(id);
		this.running = id ?? null;
		try {
			let header = this.bindings.startPendingQuery(this.conn, sql, options.stream ?? false);
			let last = performance.now();
			while (header === null) {
				if (performance.now() - last > YIELD_EVERY_MS) {
					onStep?.();
					await yieldToEventLoop();
					last = performance.now();
					if (id !== undefined && this.cancelled.has(id)) {
						try {
							this.bindings.cancelPendingQuery(this.conn);
						} catch {
							// already finished
						}
						this.checkCancelled(id);
					}
				}
				header = this.bindings.pollPendingQuery(this.conn);
			}
			onStep?.();
			yield header;
			for (;;) {
				let chunk: Uint8Array | null = null;
				do chunk = this.bindings.fetchQueryResults(this.conn);
				while (chunk === null);
				if (chunk.length === 0) break;
				yield chunk;
				// a streamed result lets the worker hear a cancel between chunks, but only every
				// YIELD_EVERY_MS: a macrotask per 2,048-row chunk cost a 1M-row export 0.5 s of
				// timer waits (setTimeout(0) is clamped to 1-4 ms)
				if (options.stream) {
					onStep?.();
					if (performance.now() - last > YIELD_EVERY_MS) {
						await yieldToEventLoop();
						last = performance.now();
						this.checkCancelled(id);
					}
				}
			}
		} catch (e) {
			if (e instanceof EngineError) throw e;
			const message = errorMessage(e);
			if (/INTERRUPT|interrupted/i.test(message) && id !== undefined) {
				this.cancelled.delete(id);
				throw new EngineError('cancelled', 'Cancelled.');
			}
			throw e;
		} finally {
			this.running = null;
			if (id !== undefined) this.cancelled.delete(id);
		}
	}
}
