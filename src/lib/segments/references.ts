// Everything a definition refers to in the data model: entities, attributes (entity.attribute)
// and relationships. Used to tell what depends on an entity before it is deleted or re-imported,
// to mark segments for refresh when their data changes, and for the manifest of shared files. A
// segment used live ("is in segment S", evaluated in the same statement) reads S's data too, so
// given a lookup, S's references count as the definition's own; one used as of its last run reads
// only S's kept members, which change when S runs, not when its data does.
import type { ConditionNode, SegmentDefinition } from './definition';
import { isConditionBlock } from './definition';
import { membershipsOf, type SegmentLookup } from './dependencies';

export interface References {
	entities: Set<string>;
	/** "Entity.attribute" */
	attributes: Set<string>;
	relationships: Set<string>;
	/** The segments referred to: directly, and through segments used live when a lookup is given. */
	segments: Set<string>;
}

export function attributeKey(entity: string, attribute: string): string {
	return `${entity}.${attribute}`;
}

function walk(node: ConditionNode | null, refs: References): void {
	if (node === null) return;
	if (isConditionBlock(node)) {
		for (const child of node.children) walk(child, refs);
		return;
	}
	if (node.entity) refs.entities.add(node.entity);
	if (node.entity && node.attribute) refs.attributes.add(attributeKey(node.entity, node.attribute));
}

export function referencesOf(definition: SegmentDefinition, lookup?: SegmentLookup): References {
	const refs: References = {
		entities: new Set(),
		attributes: new Set(),
		relationships: new Set(),
		segments: new Set()
	};
	const seen = new Set([definition.name]);
	const add = (d: SegmentDefinition) => {
		ownReferences(d, refs);
		for (const m of membershipsOf(d)) {
			if (m.segment) refs.segments.add(m.segment);
			if (m.source !== 'live' || !lookup || seen.has(m.segment)) continue;
			seen.add(m.segment);
			const referred = lookup.definition(m.segment);
			if (referred) add(referred);
		}
	};
	add(definition);
	return refs;
}

function ownReferences(definition: SegmentDefinition, refs: References): void {
	for (const group of definition.groups) {
		if (group.path.start) refs.entities.add(group.path.start);
		for (const step of group.path.steps)
			if (step.relationship) refs.relationships.add(step.relationship);
		walk(group.where, refs);
		for (const agg of group.aggregates) {
			if (agg.entity) refs.entities.add(agg.entity);
			if (agg.entity && agg.attribute) refs.attributes.add(attributeKey(agg.entity, agg.attribute));
		}
		for (const sequence of group.sequences ?? [])
			for (const side of [sequence.first, sequence.then]) {
				if (side.path.start) refs.entities.add(side.path.start);
				for (const step of side.path.steps)
					if (step.relationship) refs.relationships.add(step.relationship);
				walk(side.where, refs);
				if (side.time.entity) refs.entities.add(side.time.entity);
				if (side.time.entity && side.time.attribute)
					refs.attributes.add(attributeKey(side.time.entity, side.time.attribute));
			}
		for (const lifecycle of group.lifecycles ?? []) {
			const { entity, attribute } = lifecycle.time;
			if (entity) refs.entities.add(entity);
			if (entity && attribute) refs.attributes.add(attributeKey(entity, attribute));
		}
		const rank = group.rank;
		if (rank?.entity) refs.entities.add(rank.entity);
		if (rank?.entity && rank.attribute)
			refs.attributes.add(attributeKey(rank.entity, rank.attribute));
	}
}
