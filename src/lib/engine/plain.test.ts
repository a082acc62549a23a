import { describe, expect, it } from 'vitest';
import { plain } from './plain';

describe('plain', () => {
	it('turns a proxied object (as Svelte 5 $state makes) into one postMessage can clone', () => {
		const proxied = new Proxy(
			{ source: 'amount', name: 'amount', kind: 'number', include: true, format: null },
			{}
		);
		const columns = new Proxy([proxied], {});
		expect(() => structuredClone(columns)).toThrow(/could not be cloned/);
		const copy = plain(columns);
		expect(structuredClone(copy)).toEqual([
			{ source: 'amount', name: 'amount', kind: 'number', include: true, format: null }
		]);
		expect(plain(undefined)).toBeUndefined();
		expect(plain({ nullText: false })).toEqual({ nullText: false });
	});
});
