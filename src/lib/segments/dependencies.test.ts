// The graph segments form by referring to each other: cycles found and named in order, dependents
// ("used in") found through others, the order to refresh in, and renames that follow a segment.
import { describe, expect, it } from 'vitest';
import { definition, group } from '../../../tests/helpers/segment-fixture';
import type { SegmentDefinition } from './definition';
import {
	dependencyOrder,
	dependentsOf,
	directDependencies,
	directDependentsOf,
	findCycle,
	lookupOf,
	renameReferences
} from './dependencies';

/** A segment `name` that is in each of `uses` (live). */
const seg = (name: string, ...uses: string[]): SegmentDefinition => ({
	...definition([
		group('P', null, {
			memberships: uses.map((u, i) => ({
				id: `m${i}`,
				operator: 'inSegment',
				segment: u,
				source: 'live'
			}))
		})
	]),
	name
});

describe('dependencies', () => {
	it('lists direct references once, in order of first use', () => {
		expect(directDependencies(seg('a', 'b', 'c', 'b'))).toEqual(['b', 'c']);
		expect(directDependencies(seg('a'))).toEqual([]);
	});

	it('finds cycles of one, two and three segments, named in order', () => {
		const self = seg('a', 'a');
		expect(findCycle(self, lookupOf([self]))).toEqual(['a', 'a']);
		expect(findCycle(seg('a', 'b'), lookupOf([seg('b', 'a')]))).toEqual(['a', 'b', 'a']);
		expect(findCycle(seg('a', 'b'), lookupOf([seg('b', 'c'), seg('c', 'a')]))).toEqual([
			'a',
			'b',
			'c',
			'a'
		]);
	});

	it('finds no cycle in a diamond, nor through unknown segments', () => {
		const all = [seg('b', 'd'), seg('c', 'd'), seg('d')];
		expect(findCycle(seg('a', 'b', 'c'), lookupOf(all))).toBeNull();
		expect(findCycle(seg('a', 'gone'), lookupOf([]))).toBeNull();
	});

	it('finds dependents directly and through others, direct ones first', () => {
		const all = [seg('a'), seg('b', 'a'), seg('c', 'b'), seg('d', 'c', 'a'), seg('e')];
		expect(directDependentsOf('a', all)).toEqual(['b', 'd']);
		expect(dependentsOf('a', all)).toEqual(['b', 'd', 'c']);
		expect(dependentsOf('e', all)).toEqual([]);
	});

	it('orders segments after what they refer to', () => {
		const all = [seg('d', 'c', 'a'), seg('c', 'b'), seg('b', 'a'), seg('a'), seg('x')];
		const order = dependencyOrder(['d', 'c', 'b', 'a', 'x'], lookupOf(all));
		expect(order).toEqual(['a', 'x', 'b', 'c', 'd']);
		// a cycle keeps its given order, at the end
		const cyclic = [seg('p', 'q'), seg('q', 'p'), seg('r')];
		expect(dependencyOrder(['p', 'q', 'r'], lookupOf(cyclic))).toEqual(['r', 'p', 'q']);
	});

	it('renames every reference to a segment, and leaves others alone', () => {
		const a = seg('a', 'old', 'other', 'old');
		const renamed = renameReferences(a, 'old', 'new');
		expect(directDependencies(renamed)).toEqual(['new', 'other']);
		expect(renamed.groups[0]?.memberships?.map((m) => m.segment)).toEqual(['new', 'other', 'new']);
		const untouched = seg('b', 'other');
		expect(renameReferences(untouched, 'old', 'new')).toBe(untouched);
	});
});
