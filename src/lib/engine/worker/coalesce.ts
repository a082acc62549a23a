// Hands bytes on in pieces of at least `size`: an export produces one small Arrow chunk per 2,048
// rows (490 for a million members), and every hand-over to the page is a message and a wait, which
// cost the 1M-member CSV export about as much as DuckDB's formatting did. Pieces are copied once,
// into a buffer of their final size.

export type Sink<P> = (chunk: Uint8Array, progress: P) => void | Promise<void>;

/** 4 MiB: about 25 hand-overs for a 100 MB export, each far below a long task to receive. */
export const COALESCE_BYTES = 4 * 1024 * 1024;

export class Coalescer<P> {
	private parts: Uint8Array[] = [];
	private held = 0;

	constructor(
		private readonly sink: Sink<P>,
		private readonly size = COALESCE_BYTES
	) {}

	/** Keep `bytes` (copied when it is held: the caller may reuse its buffer). */
	async push(bytes: Uint8Array, progress: P): Promise<void> {
		if (bytes.length === 0) return;
		if (this.held === 0 && bytes.length >= this.size) {
			// a view is copied out: handing it to the page would copy its whole buffer
			const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
			await this.sink(own ? bytes : bytes.slice(), progress);
			return;
		}
		this.parts.push(bytes.slice());
		this.held += bytes.length;
		if (this.held >= this.size) await this.flush(progress);
	}

	/** Hand on whatever is held (the end of the export). */
	async flush(progress: P): Promise<void> {
		if (this.held === 0) return;
		const out = this.parts.length === 1 ? (this.parts[0] as Uint8Array) : new Uint8Array(this.held);
		if (this.parts.length > 1) {
			let at = 0;
			for (const p of this.parts) {
				out.set(p, at);
				at += p.length;
			}
		}
		this.parts = [];
		this.held = 0;
		await this.sink(out, progress);
	}
}
