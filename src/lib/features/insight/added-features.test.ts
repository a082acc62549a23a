// Added aggregates come back as they were saved; anything else in storage is dropped.
import { describe, expect, it } from 'vitest';
import { loadAddedFeatures, saveAddedFeatures } from './added-features';

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v)
	} as unknown as Storage;
}

describe('added aggregates in storage', () => {
	it('round-trips what was saved', () => {
		const storage = memoryStorage();
		saveAddedFeatures(
			[
				{ kind: 'aggregate', fn: 'avg', entity: 'Orders', attribute: 'total_amount' },
				{ kind: 'aggregate', fn: 'count', entity: 'Cases' }
			],
			storage
		);
		expect(loadAddedFeatures(storage)).toEqual([
			{ kind: 'aggregate', fn: 'avg', entity: 'Orders', attribute: 'total_amount' },
			{ kind: 'aggregate', fn: 'count', entity: 'Cases' }
		]);
	});

	it('drops what is not an aggregate of the expected shape, and survives garbage', () => {
		const key = 'segments.differences.added';
		const storage = memoryStorage({
			[key]: JSON.stringify([
				{ kind: 'attribute', attribute: 'x' },
				{ kind: 'aggregate', fn: 'median', entity: 'Orders' },
				{ kind: 'aggregate', fn: 'sum', entity: 7 },
				{ kind: 'aggregate', fn: 'sum', entity: 'Orders', attribute: 'amount', extra: '<b>' },
				null
			])
		});
		expect(loadAddedFeatures(storage)).toEqual([
			{ kind: 'aggregate', fn: 'sum', entity: 'Orders', attribute: 'amount' }
		]);
		expect(loadAddedFeatures(memoryStorage({ [key]: '{not json' }))).toEqual([]);
		expect(loadAddedFeatures(memoryStorage({ [key]: '{"a":1}' }))).toEqual([]);
		expect(loadAddedFeatures(undefined)).toEqual([]);
	});
});
