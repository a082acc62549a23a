// The app's SegmentLookup over saved segments: the draft stands for its own name (a cycle through
// it is found before it is saved, and a rename is followed), a segment's last-run members are what
// its latest run kept in the engine (real DuckDB, a quote in the id), and a live count that read
// them is not served from the cache after the segment runs again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../../tests/helpers/node-engine';
import type { EngineCore } from '../engine/worker/core';
import { tableToRows } from '../engine/results';
import type { SegmentRecord } from '../db/records';
import { emptyDefinition, type SegmentDefinition } from '../segments/definition';
import { findCycle } from '../segments/dependencies';
import { dependencyFingerprint, lastRunMembersSql, segmentLookup } from './segment-lookup';

function definition(name: string, uses: string[] = []): SegmentDefinition {
	const d = emptyDefinition(name, 'dynamic');
	d.groups = [
		{
			id: 'g1',
			path: { start: 'customers', steps: [] },
			where: null,
			aggregates: [],
			...(uses.length
				? {
						memberships: uses.map((segment, i) => ({
							id: `m${i}`,
							operator: 'inSegment' as const,
							segment,
							source: 'live' as const
						}))
					}
				: {})
		}
	];
	return d;
}

function record(id: string, def: SegmentDefinition, runId: string | null = null): SegmentRecord {
	return {
		id,
		name: def.name,
		definition: def,
		state: 'active',
		createdAt: '2026-12-01T00:00:00Z',
		updatedAt: '2026-12-01T00:00:00Z',
		revision: 1,
		lastSuccess: runId ? { runId, at: '2026-12-02T14:05:00Z', members: 2, groupCounts: [2] } : null,
		lastFailure: null,
		nextRunAt: null,
		dataChangedAt: null
	};
}

describe('the lookup over saved segments', () => {
	const a = record('id-a', definition('a'), 'run-1');
	const b = record('id-b', definition('b', ['a']));
	const c = record("it's-c", definition('c'), 'run-2');

	it('finds saved definitions by name; last-run members only for segments that ran', () => {
		const lookup = segmentLookup([a, b, c]);
		expect(lookup.definition('b')?.groups[0]?.memberships?.[0]?.segment).toBe('a');
		expect(lookup.definition('nope')).toBeUndefined();
		expect(lookup.lastRunMembers('a')).toBe(
			"SELECT member_key FROM main.segment_members WHERE segment_id = 'id-a'"
		);
		expect(lookup.lastRunMembers('b')).toBeNull();
		expect(lookup.lastRunMembers('c')).toContain("segment_id = 'it''s-c'");
	});

	it('the draft stands for its own name: a cycle through the unsaved edit is found', () => {
		// a is edited to use b, which uses a (saved)
		const draft = definition('a', ['b']);
		const lookup = segmentLookup([a, b], { definition: draft, segmentId: a.id });
		expect(findCycle(draft, lookup)).toEqual(['a', 'b', 'a']);
		// without the draft, the saved a uses nothing: no cycle
		expect(findCycle(a.definition, segmentLookup([a, b]))).toBeNull();
		// its last run is still the saved segment's
		expect(lookup.lastRunMembers('a')).toContain("'id-a'");
	});

	it('a draft renamed from a to a2 is still found by the segments that used a', () => {
		const draft = definition('a2', ['b']);
		const lookup = segmentLookup([a, b], { definition: draft, segmentId: a.id });
		expect(lookup.definition('a')).toBeUndefined();
		expect(lookup.definition('b')?.groups[0]?.memberships?.[0]?.segment).toBe('a2');
		expect(findCycle(draft, lookup)).toEqual(['a2', 'b', 'a2']);
	});

	it('the dependency fingerprint changes when a used segment is edited or runs, not otherwise', () => {
		const user = definition('u', ['b']);
		const before = dependencyFingerprint(user, [a, b, c]);
		expect(before).not.toBe('');
		expect(dependencyFingerprint(definition('u'), [a, b, c])).toBe('');
		// c is not used: its run does not matter
		expect(dependencyFingerprint(user, [a, b, { ...c, lastSuccess: null }])).toBe(before);
		// a is used through b: its run and its edits do
		const ranAgain = { ...a, lastSuccess: { ...a.lastSuccess!, runId: 'run-3' } };
		expect(dependencyFingerprint(user, [ranAgain, b, c])).not.toBe(before);
		const edited = record('id-a', definition('a', ['c']), 'run-1');
		expect(dependencyFingerprint(user, [edited, b, c])).not.toBe(before);
	});
});

describe('last-run members on the real engine', () => {
	let core: EngineCore;
	beforeAll(async () => {
		core = await openNodeEngine();
		await core.runner.exec(
			"CREATE TABLE people AS SELECT * FROM (VALUES ('k1'), ('k2'), ('k3')) AS t(member_key)"
		);
	}, 60_000);
	afterAll(async () => {
		await core?.bindings.reset();
	});

	const keys = async (sql: string) =>
		tableToRows(await core.runner.table(`${sql} ORDER BY member_key`)).map((r) => r['member_key']);

	it("selects the members the segment's latest run kept, and a cached count follows a new run", async () => {
		const id = "seg'1";
		const first = "SELECT member_key FROM people WHERE member_key IN ('k1', 'k2')";
		await core.snapshotDiff(id, first, 10, undefined, { runId: 'r1', basedOn: null });
		expect(await keys(lastRunMembersSql(id))).toEqual(['k1', 'k2']);

		// the builder's cached count of a group reading those members
		const group = `SELECT DISTINCT member_key FROM people WHERE member_key IN (${lastRunMembersSql(id)})`;
		expect((await core.liveCount([group], { operators: [] })).members).toBe(2);

		// the segment runs again with other members: the same group SQL must count again
		const second = "SELECT member_key FROM people WHERE member_key IN ('k3')";
		await core.snapshotDiff(id, second, 10, undefined, { runId: 'r2', basedOn: 'r1' });
		expect(await keys(lastRunMembersSql(id))).toEqual(['k3']);
		const again = await core.liveCount([group], { operators: [] });
		expect(again.members).toBe(1);
		expect(again.reused).toBe(0);
	});
});
