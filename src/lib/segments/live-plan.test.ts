// Which live counts may come from the cache of group members: not one that reads a segment's
// last-run members, which a run of that segment rewrites without changing the group's SQL.
import { describe, expect, it } from 'vitest';
import { cond, definition, entity, group } from '../../../tests/helpers/segment-fixture';
import type { DataModel } from './data-model';
import type { MembershipCondition } from './definition';
import { compileSegment } from './compile';
import { lookupOf } from './dependencies';
import { cachedLivePlan } from './live-plan';

const model: DataModel = {
	entities: [
		entity('P', 'people', [
			['id', 'number'],
			['spend', 'number']
		])
	],
	relationships: [],
	profile: { entity: 'P', key: 'id' }
};
const other = { ...definition([group('P', cond('P', 'spend', 'greaterThan', 1))]), name: 'other' };
const lookup = lookupOf(
	[other],
	() => "SELECT member_key FROM main.segment_members WHERE segment_id = 'x'"
);

const twoGroups = (source: MembershipCondition['source']) => ({
	...definition([
		group('P', cond('P', 'spend', 'greaterThan', 100)),
		group('P', null, {
			operator: 'union',
			memberships: [{ id: 'm', operator: 'inSegment', segment: 'other', source }]
		})
	]),
	name: 'outer'
});

describe('cached live plan with segment conditions', () => {
	it('caches groups that use a segment live, not ones that use its last run', () => {
		for (const [source, cached] of [
			['live', true],
			['lastRun', false]
		] as const) {
			const def = twoGroups(source);
			const compiled = compileSegment(
				def,
				model,
				{ today: '2024-01-01', now: '2024-01-01T00:00:00' },
				{ segments: lookup }
			);
			if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
			expect(cachedLivePlan(def, compiled.sql) !== null).toBe(cached);
		}
	});
});
