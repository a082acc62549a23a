// Several tabs, one engine: when the tab that ran the engine closes, what other tabs had asked it
// is answered by the next one (sent again, never run twice), except exports, which fail with a
// sentence. Node's BroadcastChannel connects the instances as tabs of one origin would be.
import { afterEach, describe, expect, it } from 'vitest';
import { EngineHost, RemoteEngine, type HostTarget } from './tabs';
import type { Result } from './worker/core';

const open: { close(): void }[] = [];
afterEach(() => {
	for (const x of open.splice(0)) x.close();
});

/** A leader tab whose engine answers every request with its method name, and counts them. */
function leader(name: string, takesMs = 0) {
	const calls: string[] = [];
	const target: HostTarget = {
		forward: async (method, args) => {
			calls.push(`${method}(${String(args[0])})`);
			await new Promise((r) => setTimeout(r, takesMs));
			return { ok: true, value: `${name}:${method}` } as Result<unknown>;
		},
		info: () => Promise.resolve({})
	};
	const host = new EngineHost(target);
	open.push(host);
	return { host, calls };
}

function follower(tabId: string) {
	const remote = new RemoteEngine(tabId);
	open.push(remote);
	return remote;
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe('engine shared between tabs', () => {
	it('answers a request sent while no tab ran the engine once one does', async () => {
		const remote = follower('f1');
		const answer = remote.call('query', ['SELECT 1']);
		await settle(); // nobody listening: the request is not answered yet
		const b = leader('b');
		await expect(answer).resolves.toEqual({ ok: true, value: 'b:query' });
		expect(b.calls).toEqual(['query(SELECT 1)']);
	});

	it('a leader that already has a request sent again runs it once', async () => {
		const remote = follower('f2');
		const b = leader('b', 200);
		const answer = remote.call('exec', ['CREATE TABLE t (x INT)']);
		await settle();
		// while b runs it, a leader announcement reaches the follower (b's own, arriving late, in
		// the real race): the follower sends the request again; b already has it
		const channel = new BroadcastChannel('segments-engine-rpc');
		open.push(channel);
		channel.postMessage({ t: 'leader' });
		await expect(answer).resolves.toEqual({ ok: true, value: 'b:exec' });
		await settle();
		expect(b.calls).toEqual(['exec(CREATE TABLE t (x INT))']);
	});

	it('does not start an export again on a new leader: it fails with a sentence', async () => {
		const remote = follower('f3');
		const exported = remote.call('exportCsv', ['SELECT 1', () => undefined]);
		await settle();
		leader('b');
		await expect(exported).resolves.toMatchObject({
			ok: false,
			error: { code: 'unavailable', message: expect.stringMatching(/export was interrupted/) }
		});
	});

	it('answers a tab loaded again: it keeps its tab id, its requests are new ones', async () => {
		const b = leader('b');
		const before = follower('f4');
		await expect(before.call('start', [])).resolves.toMatchObject({ ok: true });
		await expect(before.call('query', ['SELECT 1'])).resolves.toEqual({
			ok: true,
			value: 'b:query'
		});
		before.close();
		// the same tab after a reload: a new page, the same id, counting its requests from 0 again
		const after = follower('f4');
		await expect(after.call('start', [])).resolves.toMatchObject({ ok: true });
		await expect(after.call('query', ['SELECT 2'])).resolves.toEqual({
			ok: true,
			value: 'b:query'
		});
		expect(b.calls).toEqual(['query(SELECT 1)', 'query(SELECT 2)']);
	});
});
