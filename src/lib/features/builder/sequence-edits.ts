// Edits of sequence and lifecycle conditions in the builder, as pure functions: a new sequence, a
// side starting from an entity (its best path and a date to order it by, proposed at once), a
// side's conditions as the flat "all of" list the builder edits, and lifecycle conditions of
// each kind with sensible windows.
import type { DataModel } from '$lib/segments/data-model';
import {
	isConditionBlock,
	type Condition,
	type ConditionBlock,
	type LifecycleCondition,
	type LifecycleKind,
	type ConditionNode,
	type SequenceCondition,
	type SequenceStep
} from '$lib/segments/definition';
import type { RankedPath } from '$lib/segments/paths';

const EMPTY_STEP: SequenceStep = {
	path: { start: '', steps: [] },
	where: null,
	time: { entity: '', attribute: '' }
};

/** "… followed by … within 7 days", both sides still to choose. */
export function newSequence(id: string): SequenceCondition {
	return {
		id,
		kind: 'followedBy',
		first: structuredClone(EMPTY_STEP),
		then: structuredClone(EMPTY_STEP),
		withinDays: 7
	};
}

/** The dates and timestamps of the entities on a path, the start's first. */
export function timeChoices(
	model: DataModel,
	entities: string[]
): { entity: string; attribute: string; label: string }[] {
	return entities.flatMap((name) => {
		const entity = model.entities.find((e) => e.name === name);
		return (entity?.attributes ?? [])
			.filter((a) => a.type === 'date' || a.type === 'timestamp')
			.map((a) => ({
				entity: name,
				attribute: a.name,
				label: name === entities[0] ? a.displayName : `${a.displayName} of ${entity?.displayName}`
			}));
	});
}

/** A side from `path` (the best one, usually): no conditions yet, its first date to order it by. */
export function stepAlong(
	model: DataModel,
	start: string,
	path: RankedPath | undefined
): SequenceStep {
	const entities = path?.entities ?? [start];
	const time = timeChoices(model, entities)[0];
	return {
		path: { start, steps: structuredClone(path?.steps ?? []) },
		where: null,
		time: time ? { entity: time.entity, attribute: time.attribute } : { entity: '', attribute: '' }
	};
}

/** The side's conditions as a list, all of which must hold (a nested block is one item). */
export function sideItems(where: ConditionNode | null): ConditionNode[] {
	if (where === null) return [];
	if (isConditionBlock(where) && where.kind === 'and') return where.children;
	return [where];
}

/** The id of the side's own "all of" block (its list), when its where is one. */
export function sideBlockId(where: ConditionNode | null): string | null {
	return where && isConditionBlock(where) && where.kind === 'and' ? where.id : null;
}

/** The list back as a where tree: none → every row, one → itself, more → an "all of" block. */
export function sideWhere(items: ConditionNode[], blockId: string): ConditionNode | null {
	if (items.length === 0) return null;
	if (items.length === 1) return items[0] as ConditionNode;
	return { kind: 'and', id: blockId, children: items };
}

/** A new condition on the side's start, attribute still to choose. */
export function newSideCondition(id: string, entity: string): Condition {
	return { kind: 'condition', id, entity, attribute: '', operator: 'equals' };
}

/** A nested block of `kind` on a side, holding one new condition to fill in. */
export function newSideBlock(
	kind: 'and' | 'or',
	id: string,
	conditionId: string,
	entity: string
): ConditionBlock {
	return { kind, id, children: [newSideCondition(conditionId, entity)] };
}

/** A lifecycle condition of `kind`, keeping what carries over from `from` (its id and date). */
export function lifecycleOf(
	kind: LifecycleKind,
	from: LifecycleCondition | Pick<LifecycleCondition, 'id' | 'time'>
): LifecycleCondition {
	const { id, time } = from;
	if (kind === 'regularly') return { id, kind, time, atLeast: 3, periods: 4, unit: 'month' };
	const windows =
		'recent' in from
			? { recent: from.recent, previous: from.previous }
			: {
					recent: { amount: 30, unit: 'days' as const },
					previous: { amount: 90, unit: 'days' as const }
				};
	return { id, kind, time, ...windows };
}
