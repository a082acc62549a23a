// The request queue in front of the engine: one request at a time, interactive before background,
// a newer request with the same key supersedes an older one, an AbortSignal cancels, and a crash
// mid-request ends it as interrupted (or runs it again on the next engine after a takeover).
// A stand-in engine answers when the test says so, to control the order of events.
import { describe, expect, it } from 'vitest';
import { RequestQueue, type QueueEvents } from './queue';
import type { EngineNotice, Result } from './protocol';

/** An engine whose requests the test answers by hand, with a way to make it die. */
function fakeEngine() {
	const cancelled: string[] = [];
	let die: (e: unknown) => void = () => {};
	const dead = new Promise<never>((_r, reject) => (die = reject));
	dead.catch(() => undefined);
	return { api: { cancel: (id: string) => cancelled.push(id) }, dead, die, cancelled };
}
type Fake = ReturnType<typeof fakeEngine>;
type Api = Fake['api'];

function setup() {
	const log = { busy: [] as (string | null)[], wanted: 0, crashed: [] as string[], notices: [] };
	const events: QueueEvents = {
		busy: (running) => log.busy.push(running),
		wanted: () => log.wanted++,
		crashed: (label) => log.crashed.push(label),
		notice: (n) => (log.notices as EngineNotice[]).push(n)
	};
	const queue = new RequestQueue<Api>(events);
	const started: string[] = [];
	const answers = new Map<string, (r: Result<unknown>) => void>();
	const ids = new Map<string, string>();
	/** Queue a request that records when it starts and waits for `answer(label, …)`. */
	const request = (
		label: string,
		options: Parameters<typeof queue.add>[1] = {},
		resumable = true
	) => {
		const run = (_api: Api, id: string) => {
			started.push(label);
			ids.set(label, id);
			return new Promise<Result<unknown>>((resolve) => answers.set(label, resolve));
		};
		const promise = queue.add<unknown>(label, options, run, resumable);
		promise.catch(() => undefined); // asserted later, after the engine answers
		return promise;
	};
	const answer = async (label: string, result: Result<unknown> = { ok: true, value: label }) => {
		answers.get(label)!(result);
		await flush();
	};
	return { queue, log, started, ids, request, answer };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('engine request queue', () => {
	it('waits for an engine, asks for one, then runs requests one at a time in order', async () => {
		const { queue, log, started, request, answer } = setup();
		const a = request('A');
		const b = request('B');
		expect(log.wanted).toBeGreaterThan(0);
		expect(started).toEqual([]);
		queue.attach(fakeEngine());
		await flush();
		expect(started).toEqual(['A']);
		await answer('A');
		await expect(a).resolves.toBe('A');
		expect(started).toEqual(['A', 'B']);
		await answer('B');
		await expect(b).resolves.toBe('B');
		expect(queue.busy).toEqual({ running: null, queued: 0 });
	});

	it('runs interactive requests before queued background ones, in order within a priority', async () => {
		const { queue, started, request, answer } = setup();
		queue.attach(fakeEngine());
		void request('running');
		void request('refresh 1', { priority: 'background' });
		void request('refresh 2', { priority: 'background' });
		void request('count 1');
		void request('count 2', { priority: 'interactive' });
		for (const label of ['running', 'count 1', 'count 2', 'refresh 1']) await answer(label);
		expect(started).toEqual(['running', 'count 1', 'count 2', 'refresh 1', 'refresh 2']);
	});

	it('a newer request with the same key supersedes a queued one and cancels a running one', async () => {
		const { queue, started, ids, request, answer } = setup();
		const engine = fakeEngine();
		queue.attach(engine);
		const first = request('count 1', { key: 'live-count' });
		await flush();
		const second = request('count 2', { key: 'live-count' });
		// the running one is asked to stop
		expect(engine.cancelled).toEqual([ids.get('count 1')]);
		// the queued one never runs
		const third = request('count 3', { key: 'live-count' });
		await expect(second).rejects.toMatchObject({ code: 'superseded' });
		await answer('count 1', { ok: false, error: { code: 'cancelled', message: 'Cancelled.' } });
		await expect(first).rejects.toMatchObject({ code: 'cancelled' });
		await answer('count 3');
		await expect(third).resolves.toBe('count 3');
		expect(started).toEqual(['count 1', 'count 3']);
	});

	it('an AbortSignal cancels a queued request at once and a running one in the engine', async () => {
		const { queue, started, ids, request, answer } = setup();
		const engine = fakeEngine();
		queue.attach(engine);
		const running = new AbortController();
		const queued = new AbortController();
		void request('A', { signal: running.signal });
		const b = request('B', { signal: queued.signal });
		await flush();
		queued.abort();
		await expect(b).rejects.toMatchObject({ code: 'cancelled' });
		running.abort();
		expect(engine.cancelled).toEqual([ids.get('A')]);
		const aborted = new AbortController();
		aborted.abort();
		await expect(request('C', { signal: aborted.signal })).rejects.toMatchObject({
			code: 'cancelled'
		});
		await answer('A');
		expect(started).toEqual(['A']);
	});

	it('a crash mid-request ends it as interrupted with a sentence; the queue goes on after a restart', async () => {
		const { queue, started, request, answer } = setup();
		const engine = fakeEngine();
		queue.attach(engine);
		const a = request('Saving an import');
		const b = request('B');
		await flush();
		expect(queue.detach('the engine crashed')).toEqual(['Saving an import']);
		engine.die(new Error('worker gone'));
		await expect(a).rejects.toMatchObject({
			code: 'restarted',
			message:
				'Saving an import was interrupted because the engine crashed. Nothing saved before it was lost.'
		});
		queue.attach(fakeEngine());
		await flush();
		expect(started).toEqual(['Saving an import', 'B']);
		await answer('B');
		await expect(b).resolves.toBe('B');
	});

	it('after a takeover a request runs again on the new engine, but an export does not', async () => {
		const { queue, started, request, answer } = setup();
		queue.attach(fakeEngine());
		const query = request('A query');
		await flush();
		expect(queue.detach('the tab that ran the engine was closed', true)).toEqual([]);
		queue.attach(fakeEngine());
		await flush();
		await answer('A query');
		await expect(query).resolves.toBe('A query');
		expect(started).toEqual(['A query', 'A query']);

		const exported = request('An export', {}, false);
		await flush();
		expect(queue.detach('the tab that ran the engine was closed', true)).toEqual(['An export']);
		await expect(exported).rejects.toMatchObject({ code: 'restarted' });
	});

	it('a request the engine says crashed it is reported, and its error is a sentence', async () => {
		const { queue, log, request, answer } = setup();
		queue.attach(fakeEngine());
		const a = request('A query');
		await flush();
		await answer('A query', {
			ok: false,
			error: { code: 'restarted', message: 'A query failed: the engine stopped (memory).' }
		});
		await expect(a).rejects.toMatchObject({ code: 'restarted' });
		expect(log.crashed).toEqual(['A query']);
	});

	it('a request that cannot be passed to the engine fails with a sentence, not the JS error', async () => {
		const { queue } = setup();
		queue.attach(fakeEngine());
		const failed = queue.add('Saving an import', {}, () =>
			Promise.reject(new Error('DataCloneError: #<Object> could not be cloned.'))
		);
		failed.catch(() => undefined);
		await expect(failed).rejects.toMatchObject({
			code: 'query',
			message: 'Saving an import failed: the request could not be passed to the engine.'
		});
	});

	it('passes on the notices of a request that succeeded', async () => {
		const { queue, log, request, answer } = setup();
		queue.attach(fakeEngine());
		const a = request('A statement');
		await flush();
		const notice: EngineNotice = { code: 'checkpoint', message: 'Not saved.' };
		await answer('A statement', { ok: true, value: undefined, notices: [notice] });
		await expect(a).resolves.toBeUndefined();
		expect(log.notices).toEqual([notice]);
	});
});
