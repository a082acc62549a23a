// What a shared file needs from the data (entities, typed attributes, relationships, the Customer
// Profile), and how each need fares on this workspace's data model under a name mapping: found,
// missing, or there with a different type or shape. The definitions are the authority on what is
// used; the manifest adds attribute types and relationship ends (a bare definition has neither).
import {
	findAttribute,
	findEntity,
	type AttributeRef,
	type AttributeType,
	type CustomerProfile,
	type DataModel,
	type Relationship
} from '../segments/data-model';
import { attributeKey, referencesOf } from '../segments/references';
import {
	emptyMapping,
	mapAttribute,
	mapEntity,
	mapRelationship,
	rememberedAttribute,
	type NameMapping,
	type Remembered
} from './mapping';
import type { SharedFile } from './read';

export type FileType = AttributeType | 'unknown';

export interface FileNeeds {
	entities: string[];
	attributes: { entity: string; attribute: string; type: FileType }[];
	relationships: { name: string; from: AttributeRef | null; to: AttributeRef | null }[];
	profile: CustomerProfile | null;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function fileNeeds(file: SharedFile): FileNeeds {
	const manifest = file.manifest;
	const entities = new Set<string>();
	const attributes = new Map<string, { entity: string; attribute: string; type: FileType }>();
	const relationships = new Map<string, Relationship | null>();
	const needAttribute = (entity: string, attribute: string, type: FileType = 'unknown') => {
		entities.add(entity);
		const key = attributeKey(entity, attribute);
		const before = attributes.get(key);
		if (!before || before.type === 'unknown') attributes.set(key, { entity, attribute, type });
	};
	for (const e of manifest?.entities ?? []) {
		entities.add(e.name);
		for (const a of e.attributes) needAttribute(e.name, a.name, a.type);
	}
	for (const r of manifest?.relationships ?? []) relationships.set(r.name, r);
	for (const s of file.segments) {
		if (!s.ok) continue;
		const refs = referencesOf(s.definition);
		for (const e of refs.entities) entities.add(e);
		for (const key of refs.attributes) {
			const dot = key.indexOf('.');
			needAttribute(key.slice(0, dot), key.slice(dot + 1));
		}
		for (const r of refs.relationships) if (!relationships.has(r)) relationships.set(r, null);
	}
	const profile = manifest?.profile ?? null;
	if (profile) needAttribute(profile.entity, profile.key);
	return {
		entities: [...entities].sort(byText),
		attributes: [...attributes.values()].sort((a, b) =>
			byText(attributeKey(a.entity, a.attribute), attributeKey(b.entity, b.attribute))
		),
		relationships: [...relationships.entries()]
			.map(([name, r]) => ({ name, from: r?.from ?? null, to: r?.to ?? null }))
			.sort((a, b) => byText(a.name, b.name)),
		profile
	};
}

export type NeedStatus = 'found' | 'missing' | 'differentType' | 'different';

export interface EntityCheck {
	name: string;
	/** Our entity it stands for, when there is one. */
	target: string | null;
	status: 'found' | 'missing';
}

export interface AttributeCheck {
	entity: string;
	attribute: string;
	type: FileType;
	target: string | null;
	targetType: AttributeType | null;
	status: 'found' | 'missing' | 'differentType';
}

export interface RelationshipCheck {
	name: string;
	from: AttributeRef | null;
	to: AttributeRef | null;
	target: string | null;
	status: 'found' | 'missing' | 'different';
	/** Why it is different, in words. */
	detail: string | null;
}

export interface ProfileCheck {
	entity: string;
	key: string;
	status: 'found' | 'missing' | 'different';
	detail: string | null;
}

export interface NeedsCheck {
	entities: EntityCheck[];
	attributes: AttributeCheck[];
	relationships: RelationshipCheck[];
	profile: ProfileCheck | null;
}

const refText = (r: AttributeRef) => `${r.entity}.${r.attribute}`;

export function checkNeeds(needs: FileNeeds, model: DataModel, m: NameMapping): NeedsCheck {
	const entities = needs.entities.map((name): EntityCheck => {
		const target = mapEntity(m, name);
		return findEntity(model, target)
			? { name, target, status: 'found' }
			: { name, target: null, status: 'missing' };
	});
	const attributes = needs.attributes.map((need): AttributeCheck => {
		const entity = findEntity(model, mapEntity(m, need.entity));
		const target = mapAttribute(m, need.entity, need.attribute);
		const attribute = entity ? findAttribute(entity, target) : undefined;
		if (!attribute) return { ...need, target: null, targetType: null, status: 'missing' };
		const differs = need.type !== 'unknown' && need.type !== attribute.type;
		return {
			...need,
			target,
			targetType: attribute.type,
			status: differs ? 'differentType' : 'found'
		};
	});
	const mapRef = (r: AttributeRef): AttributeRef => ({
		entity: mapEntity(m, r.entity),
		attribute: mapAttribute(m, r.entity, r.attribute)
	});
	const sameRef = (a: AttributeRef, b: AttributeRef) =>
		a.entity === b.entity && a.attribute === b.attribute;
	const relationships = needs.relationships.map((need): RelationshipCheck => {
		const target = mapRelationship(m, need.name);
		const ours = model.relationships.find((r) => r.name === target);
		if (!ours) return { ...need, target: null, status: 'missing', detail: null };
		if (need.from && need.to) {
			const from = mapRef(need.from);
			const to = mapRef(need.to);
			if (!sameRef(from, ours.from) || !sameRef(to, ours.to))
				return {
					...need,
					target,
					status: 'different',
					detail: `The file’s ${need.name} joins ${refText(from)} → ${refText(to)}; ${target} here joins ${refText(ours.from)} → ${refText(ours.to)}.`
				};
		}
		return { ...need, target, status: 'found', detail: null };
	});
	let profile: ProfileCheck | null = null;
	if (needs.profile) {
		const theirs = mapRef({ entity: needs.profile.entity, attribute: needs.profile.key });
		const ours = model.profile;
		profile = { ...needs.profile, status: 'found', detail: null };
		if (!ours)
			profile = {
				...profile,
				status: 'missing',
				detail: 'This workspace has no Customer Profile yet; choose one on the Data page.'
			};
		else if (ours.entity !== theirs.entity || ours.key !== theirs.attribute)
			profile = {
				...profile,
				status: 'different',
				detail: `The file’s segments list ${refText(theirs)}; this workspace’s Customer Profile is ${ours.entity}.${ours.key}, so members are counted by that key.`
			};
	}
	return { entities, attributes, relationships, profile };
}

/**
 * The mapping for a file: what the user chose (`chosen`; '' = leave unmapped), else the same name
 * where we have it, else what the user chose last time (if it still exists), else a name that
 * differs only in case; for relationships, also ours that joins the same (mapped) attributes. It
 * is derived again after every choice, so mapping Orders to Purchases also finds Purchases'
 * attributes and relationships. What stays unmapped shows as missing.
 */
export function suggestMapping(
	needs: FileNeeds,
	model: DataModel,
	remembered: Remembered,
	chosen: NameMapping = emptyMapping()
): NameMapping {
	const m = emptyMapping();
	const lower = (s: string) => s.toLowerCase();
	/** true when the user decided this one (then `to` is their choice, or none). */
	const decide = (choices: Map<string, string>, key: string, into: Map<string, string>) => {
		const to = choices.get(key);
		if (to === undefined) return false;
		if (to !== '') into.set(key, to);
		return true;
	};
	for (const name of needs.entities) {
		if (decide(chosen.entities, name, m.entities) || findEntity(model, name)) continue;
		const before = remembered.get(`entity:${name}`);
		const target =
			before && findEntity(model, before)
				? before
				: model.entities.find((e) => lower(e.name) === lower(name))?.name;
		if (target) m.entities.set(name, target);
	}
	for (const need of needs.attributes) {
		const key = attributeKey(need.entity, need.attribute);
		if (decide(chosen.attributes, key, m.attributes)) continue;
		const ourEntity = mapEntity(m, need.entity);
		const entity = findEntity(model, ourEntity);
		if (!entity || findAttribute(entity, need.attribute)) continue;
		const before = rememberedAttribute(remembered, need.entity, need.attribute, ourEntity);
		const target =
			before !== undefined && findAttribute(entity, before)
				? before
				: entity.attributes.find((a) => lower(a.name) === lower(need.attribute))?.name;
		if (target !== undefined) m.attributes.set(key, target);
	}
	for (const need of needs.relationships) {
		if (decide(chosen.relationships, need.name, m.relationships)) continue;
		if (model.relationships.some((r) => r.name === need.name)) continue;
		const before = remembered.get(`relationship:${need.name}`);
		let target = before && model.relationships.some((r) => r.name === before) ? before : undefined;
		if (!target && need.from && need.to) {
			const from = {
				entity: mapEntity(m, need.from.entity),
				attribute: mapAttribute(m, need.from.entity, need.from.attribute)
			};
			const to = {
				entity: mapEntity(m, need.to.entity),
				attribute: mapAttribute(m, need.to.entity, need.to.attribute)
			};
			target = model.relationships.find(
				(r) =>
					r.from.entity === from.entity &&
					r.from.attribute === from.attribute &&
					r.to.entity === to.entity &&
					r.to.attribute === to.attribute
			)?.name;
		}
		if (target) m.relationships.set(need.name, target);
	}
	return m;
}
