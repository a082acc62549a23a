import { describe, expect, it } from 'vitest';
import { missingCapabilities } from './capabilities';

const complete = {
	WebAssembly: { instantiate: () => undefined },
	Worker: function Worker() {},
	indexedDB: {}
};

describe('what a browser must have', () => {
	it('a complete browser lacks nothing', () => {
		expect(missingCapabilities(complete)).toEqual([]);
	});
	it('names each missing piece and what it is for', () => {
		expect(missingCapabilities({}).map((m) => m.name)).toEqual([
			'WebAssembly',
			'Web Workers',
			'IndexedDB'
		]);
		expect(missingCapabilities({ ...complete, WebAssembly: {} })[0]?.neededFor).toMatch(/engine/);
		// a private window in some browsers: IndexedDB is there but null
		expect(missingCapabilities({ ...complete, indexedDB: null }).map((m) => m.name)).toEqual([
			'IndexedDB'
		]);
	});
});
