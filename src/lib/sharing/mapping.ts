// Names in a shared file that differ from ours: their entity Orders is our Purchases, their
// Orders.total_amount our Purchases.amount, their relationship orders_customer our
// purchases_customer. A mapping says which is which; applying it rewrites a definition (never the
// file) before it is validated against this data model. Maps, not objects: the names come from a
// file, and "__proto__" must be just another name.
import type { ImportMappingRecord } from '../db/records';
import {
	isConditionBlock,
	type ConditionNode,
	type SegmentDefinition
} from '../segments/definition';
import { attributeKey } from '../segments/references';

export interface NameMapping {
	/** Their entity name → ours. */
	entities: Map<string, string>;
	/** "TheirEntity.their_attribute" → our attribute name (in the entity theirs maps to). */
	attributes: Map<string, string>;
	/** Their relationship name → ours. */
	relationships: Map<string, string>;
}

export function emptyMapping(): NameMapping {
	return { entities: new Map(), attributes: new Map(), relationships: new Map() };
}

export function cloneMapping(m: NameMapping): NameMapping {
	return {
		entities: new Map(m.entities),
		attributes: new Map(m.attributes),
		relationships: new Map(m.relationships)
	};
}

export const mapEntity = (m: NameMapping, entity: string): string =>
	m.entities.get(entity) ?? entity;

export const mapAttribute = (m: NameMapping, entity: string, attribute: string): string =>
	m.attributes.get(attributeKey(entity, attribute)) ?? attribute;

export const mapRelationship = (m: NameMapping, name: string): string =>
	m.relationships.get(name) ?? name;

/** The definition as it reads on our data: entity, attribute and relationship names replaced. */
export function applyMapping(definition: SegmentDefinition, m: NameMapping): SegmentDefinition {
	const out = structuredClone(definition);
	const visit = (node: ConditionNode | null) => {
		if (!node) return;
		if (isConditionBlock(node)) return node.children.forEach(visit);
		// the attribute first: its key uses their entity name
		node.attribute = mapAttribute(m, node.entity, node.attribute);
		node.entity = mapEntity(m, node.entity);
	};
	for (const group of out.groups) {
		group.path.start = mapEntity(m, group.path.start);
		for (const step of group.path.steps) step.relationship = mapRelationship(m, step.relationship);
		visit(group.where);
		for (const a of group.aggregates) {
			if (a.attribute !== undefined) a.attribute = mapAttribute(m, a.entity, a.attribute);
			a.entity = mapEntity(m, a.entity);
		}
		const rank = group.rank;
		if (rank) {
			if (rank.attribute !== undefined)
				rank.attribute = mapAttribute(m, rank.entity, rank.attribute);
			rank.entity = mapEntity(m, rank.entity);
		}
		for (const lifecycle of group.lifecycles ?? []) {
			const time = lifecycle.time;
			time.attribute = mapAttribute(m, time.entity, time.attribute);
			time.entity = mapEntity(m, time.entity);
		}
		for (const sequence of group.sequences ?? [])
			for (const side of [sequence.first, sequence.then]) {
				side.path.start = mapEntity(m, side.path.start);
				for (const step of side.path.steps)
					step.relationship = mapRelationship(m, step.relationship);
				visit(side.where);
				side.time.attribute = mapAttribute(m, side.time.entity, side.time.attribute);
				side.time.entity = mapEntity(m, side.time.entity);
			}
	}
	return out;
}

// ---- remembering mappings (Dexie table importMappings) -------------------------------------
// { from: 'entity:Orders', to: 'Purchases' }
// { from: 'attribute:Orders.total_amount', to: 'Purchases.amount' }   (ours, qualified: only reused
//   while their entity still maps to the same one of ours)
// { from: 'relationship:orders_customer', to: 'purchases_customer' }

export type Remembered = Map<string, string>;

export function rememberedFrom(records: ImportMappingRecord[]): Remembered {
	return new Map(records.map((r) => [r.from, r.to]));
}

/** Records for every name mapped to a different one (identity needs no memory). */
export function mappingRecords(m: NameMapping, at: string): ImportMappingRecord[] {
	const records: ImportMappingRecord[] = [];
	for (const [from, to] of m.entities)
		if (from !== to) records.push({ from: `entity:${from}`, to, updatedAt: at });
	for (const [key, to] of m.attributes) {
		const dot = key.indexOf('.');
		const entity = key.slice(0, dot);
		const ours = mapEntity(m, entity);
		if (key !== attributeKey(ours, to))
			records.push({ from: `attribute:${key}`, to: attributeKey(ours, to), updatedAt: at });
	}
	for (const [from, to] of m.relationships)
		if (from !== to) records.push({ from: `relationship:${from}`, to, updatedAt: at });
	return records;
}

/** A remembered attribute target, if it belongs to the entity theirs now maps to. */
export function rememberedAttribute(
	remembered: Remembered,
	theirEntity: string,
	theirAttribute: string,
	ourEntity: string
): string | undefined {
	const to = remembered.get(`attribute:${attributeKey(theirEntity, theirAttribute)}`);
	if (!to || !to.startsWith(`${ourEntity}.`)) return undefined;
	return to.slice(ourEntity.length + 1);
}
