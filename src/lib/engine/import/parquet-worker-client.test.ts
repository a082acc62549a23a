// The engine worker's side of the Parquet worker, against a scripted worker: parts in order with
// one "more" per part taken, errors as exceptions, a cancel when the import stops early, and the
// worker closed (its memory returned) once it has been idle.
import { describe, expect, it } from 'vitest';
import { ParquetWorkerClient } from './parquet-worker-client';
import type { ParquetReply, ParquetRequest } from './parquet-messages';

class ScriptedWorker extends EventTarget {
	readonly received: ParquetRequest[] = [];
	terminated = false;
	constructor(private readonly answer: (m: ParquetRequest, w: ScriptedWorker) => void) {
		super();
	}
	postMessage(m: ParquetRequest): void {
		this.received.push(m);
		queueMicrotask(() => this.answer(m, this));
	}
	reply(r: ParquetReply): void {
		this.dispatchEvent(new MessageEvent('message', { data: r }));
	}
	terminate(): void {
		this.terminated = true;
	}
}

/** A worker that decodes `groups` row groups, sending one more each time it is asked. */
function decoder(groups: number, failAt?: number) {
	const sent = new Map<number, number>();
	return (m: ParquetRequest, w: ScriptedWorker) => {
		const send = (id: number) => {
			const n = sent.get(id) ?? 0;
			if (n === failAt) return w.reply({ id, type: 'error', message: 'bad row group' });
			if (n >= groups) return w.reply({ id, type: 'end' });
			sent.set(id, n + 1);
			w.reply({ id, type: 'part', ipc: new Uint8Array([n]), done: n + 1, total: groups });
		};
		if (m.type === 'decode') for (let i = 0; i < m.ahead; i++) send(m.id);
		else if (m.type === 'more') send(m.id);
	};
}

const asWorker = (w: ScriptedWorker) => w as unknown as Worker;

describe('Parquet worker client', () => {
	it('hands over the row groups in order, asking for one more per part taken', async () => {
		const w = new ScriptedWorker(decoder(5));
		const client = new ParquetWorkerClient(() => asWorker(w));
		const parts = [];
		for await (const p of client.decode(new Blob(['x']))) parts.push([p.ipc[0], p.done, p.total]);
		expect(parts).toEqual([0, 1, 2, 3, 4].map((i) => [i, i + 1, 5]));
		expect(w.received[0]).toMatchObject({ type: 'decode', ahead: 2 });
		expect(w.received.filter((m) => m.type === 'more')).toHaveLength(5);
		expect(w.received.some((m) => m.type === 'cancel')).toBe(false);
	});

	it("throws the worker's error, and cancels the rest when the import stops early", async () => {
		const w = new ScriptedWorker(decoder(5, 2));
		const client = new ParquetWorkerClient(() => asWorker(w));
		const seen: number[] = [];
		await expect(async () => {
			for await (const p of client.decode(new Blob(['x']))) seen.push(p.done);
		}).rejects.toThrow('bad row group');
		expect(seen).toEqual([1, 2]);

		const again = new ScriptedWorker(decoder(5));
		const early = new ParquetWorkerClient(() => asWorker(again));
		for await (const p of early.decode(new Blob(['x']))) if (p.done === 2) break;
		expect(again.received.at(-1)).toMatchObject({ type: 'cancel' });
	});

	it('says the reader stopped when the worker crashes, and reads the next file in a new worker', async () => {
		const made: ScriptedWorker[] = [];
		const client = new ParquetWorkerClient(() => {
			const crash = made.length === 0;
			const w = new ScriptedWorker((m, self) => {
				if (!crash) return decoder(1)(m, self);
				if (m.type === 'decode') {
					const e = new Event('error', { cancelable: true });
					Object.assign(e, { message: 'Uncaught RuntimeError: unreachable' });
					self.dispatchEvent(e);
				}
			});
			made.push(w);
			return asWorker(w);
		});
		await expect(async () => {
			for await (const _ of client.decode(new Blob(['bad']))) void _;
		}).rejects.toThrow(/^the Parquet reader stopped on it$/);
		expect(made[0]!.terminated).toBe(true);
		const parts = [];
		for await (const p of client.decode(new Blob(['good']))) parts.push(p.done);
		expect(parts).toEqual([1]);
		expect(made).toHaveLength(2);
	});

	it('keeps the worker while files follow one another and closes it once idle', async () => {
		const made: ScriptedWorker[] = [];
		const client = new ParquetWorkerClient(() => {
			const w = new ScriptedWorker(decoder(1));
			made.push(w);
			return asWorker(w);
		}, 30);
		for await (const _ of client.decode(new Blob(['a']))) void _;
		for await (const _ of client.decode(new Blob(['b']))) void _;
		expect(made).toHaveLength(1);
		expect(made[0]!.terminated).toBe(false);
		await new Promise((r) => setTimeout(r, 80));
		expect(made[0]!.terminated).toBe(true);
		for await (const _ of client.decode(new Blob(['c']))) void _;
		expect(made).toHaveLength(2);
	});
});
