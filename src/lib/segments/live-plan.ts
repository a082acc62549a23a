// The live count of a complete definition as the engine's group-member cache takes it
// (engine/worker/live-cache.ts): each group's member SQL and how the groups combine. Every feature
// compileSegment supports (conditions, aggregates, rankings, as-of dates) lives inside a group's
// own SQL, and the groups combine only by their set operators, left to right; so the cache's
// combination is exact for every definition. A definition of one group is counted by the full
// statement instead: there is no other group to reuse, and one statement is cheaper than keeping
// the group's keys first.
//
// Segment conditions live inside a group's SQL too. Live ones are compiled into it, so an edit to
// the referred segment changes the SQL (a new cache key) and a data change moves the data version.
// One "as of its last run" reads the referred segment's kept members (main.segment_members), which
// a run rewrites without moving the data version: the SQL text and version would stay the same and
// the cache would answer with the members before that run. Such a definition is therefore counted
// by the full statement, never from the cache.
import type { SegmentSql } from './compile';
import type { SegmentDefinition, SetOperator, Split } from './definition';
import { usableSplit } from './split';

/** How the groups combine: the operator of every group after the first, and the split, if any. */
export interface LiveCombine {
	operators: SetOperator[];
	split?: Split;
}

export interface CachedLivePlan {
	/** Each group's members: one column `member_key`, distinct. */
	groups: string[];
	combine: LiveCombine;
}

/** The cached path's request for a definition that compiled, or null for the full statement. */
export function cachedLivePlan(
	definition: SegmentDefinition,
	sql: SegmentSql
): CachedLivePlan | null {
	if (definition.groups.length < 2 || sql.groups.length !== definition.groups.length) return null;
	if (definition.groups.some((g) => g.memberships?.some((m) => m.source === 'lastRun')))
		return null;
	const split = usableSplit(definition.split);
	return {
		groups: sql.groups.map((g) => g.members),
		combine: {
			operators: definition.groups.slice(1).map((g) => g.operator ?? 'union'),
			...(split ? { split } : {})
		}
	};
}
