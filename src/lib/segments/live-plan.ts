// The live count of a complete definition as the engine's group-member cache takes it
// (engine/worker/live-cache.ts): each group's member SQL and how the groups combine. Every feature
// compileSegment supports (conditions, aggregates, rankings, as-of dates) lives inside a group's
// own SQL, and the groups combine only by their set operators, left to right; so the cache's
// combination is exact for every definition. A group with costly per-customer parts (a ranking,
// aggregates, sequences, lifecycle conditions) is sent with its parts, which the engine keeps too:
// changing a ranking's 10 % to 20 % reuses the ranked customers, changing "within 7 days" reuses
// both sides' events. A plain group whose conditions are all on its path's first entity is sent
// in two steps (compile.ts's keysFirst: the matching rows' join keys kept first, then joined), which
// DuckDB joins faster than the one statement. A definition of one group without any such part is
// counted by the full statement instead: nothing to reuse, and one statement is cheaper than
// keeping keys.
//
// Segment conditions live inside a group's SQL too. Live ones are compiled into it, so an edit to
// the referred segment changes the SQL (a new cache key) and a data change moves the data version.
// One "as of its last run" reads the referred segment's kept members (main.segment_members), which
// a run rewrites without moving the data version: the SQL text and version would stay the same and
// the cache would answer with the members before that run. Such a definition is therefore counted
// by the full statement, never from the cache.
import type { GroupStages, SegmentSql } from './compile';
import type { SegmentDefinition, SetOperator, Split } from './definition';
import { usableSplit } from './split';

/** How the groups combine: the operator of every group after the first, and the split, if any. */
export interface LiveCombine {
	operators: SetOperator[];
	split?: Split;
}

/**
 * A group as the cache takes it: its member SQL (one column `member_key`, distinct), or that SQL
 * with its parts, whose kept parts (a ranking, a sequence's events, …) the engine keeps too, so an
 * edit to one part of a group recomputes only what depends on it.
 */
export type LiveGroup = string | { members: string; stages: GroupStages };

export interface CachedLivePlan {
	groups: LiveGroup[];
	combine: LiveCombine;
}

/** The cached path's request for a definition that compiled, or null for the full statement. */
export function cachedLivePlan(
	definition: SegmentDefinition,
	sql: SegmentSql
): CachedLivePlan | null {
	if (sql.groups.length !== definition.groups.length) return null;
	// one group is cheaper as one statement, unless it has parts worth keeping
	if (definition.groups.length < 2 && !sql.groups[0]?.stages.keep.length) return null;
	if (definition.groups.some((g) => g.memberships?.some((m) => m.source === 'lastRun')))
		return null;
	const split = usableSplit(definition.split);
	return {
		groups: sql.groups.map((g) =>
			g.stages.keep.length ? { members: g.members, stages: g.stages } : g.members
		),
		combine: {
			operators: definition.groups.slice(1).map((g) => g.operator ?? 'union'),
			...(split ? { split } : {})
		}
	};
}
