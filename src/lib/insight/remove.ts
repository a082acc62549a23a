// A definition with one condition (a top-level item of a group's tree), one aggregate or a group's
// ranking taken out:
// "what if this condition were not there". A block left empty is dropped, and a tree left empty
// becomes "all records". Pure.
import {
	isConditionBlock,
	type ConditionNode,
	type SegmentDefinition
} from '../segments/definition';

function without(node: ConditionNode | null, id: string): ConditionNode | null {
	if (!node || node.id === id) return null;
	if (!isConditionBlock(node)) return node;
	const children = node.children
		.map((c) => without(c, id))
		.filter((c): c is ConditionNode => c !== null);
	return children.length ? { ...node, children } : null;
}

export function withoutCondition(
	definition: SegmentDefinition,
	group: number,
	nodeId: string
): SegmentDefinition {
	return {
		...definition,
		groups: definition.groups.map((g, i) =>
			i === group ? { ...g, where: without(g.where, nodeId) } : g
		)
	};
}

export function withoutAggregate(
	definition: SegmentDefinition,
	group: number,
	aggregate: number
): SegmentDefinition {
	return {
		...definition,
		groups: definition.groups.map((g, i) =>
			i === group ? { ...g, aggregates: g.aggregates.filter((_, j) => j !== aggregate) } : g
		)
	};
}

/** The group without its ranking: every customer who meets its conditions and aggregates. */
export function withoutRank(definition: SegmentDefinition, group: number): SegmentDefinition {
	return {
		...definition,
		groups: definition.groups.map((g, i) => {
			if (i !== group) return g;
			const { rank: _rank, ...rest } = g;
			return rest;
		})
	};
}
