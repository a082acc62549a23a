// Reading and changing the data model in IndexedDB: entities, relationships, the Customer
// Profile. Renames and deletions keep references consistent in one transaction; changes that
// would break a segment or relationship are reported by name rather than made silently.
import { segmentLabel } from '../segments/label';
import type {
	Attribute,
	CustomerProfile,
	DataModel,
	Entity,
	Relationship
} from '../segments/data-model';
import { identifierProblem } from '../segments/data-model';
import { referencesOf } from '../segments/references';
import { isConditionBlock } from '../segments/definition';
import { newId, type SegmentsDatabase } from './schema';
import type { EntityRecord, RelationshipRecord, SegmentRecord } from './records';

const PROFILE_KEY = 'profile';

export async function loadDataModel(db: SegmentsDatabase): Promise<DataModel> {
	return db.transaction('r', db.entities, db.relationships, db.settings, async () => {
		const [entities, relationships, profile] = await Promise.all([
			db.entities.toArray(),
			db.relationships.toArray(),
			db.settings.get(PROFILE_KEY)
		]);
		return {
			entities: entities.sort((a, b) => a.name.localeCompare(b.name)).map(stripId),
			relationships: relationships.sort((a, b) => a.name.localeCompare(b.name)).map(stripId),
			profile: (profile?.value as CustomerProfile | null | undefined) ?? null
		};
	});
}

function stripId<T extends { id: string }>(r: T): Omit<T, 'id'> {
	const { id: _id, ...rest } = r;
	return rest;
}

export async function setProfile(
	db: SegmentsDatabase,
	profile: CustomerProfile | null
): Promise<void> {
	await db.settings.put({ key: PROFILE_KEY, value: profile });
}

export class ModelError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ModelError';
	}
}

export async function addEntity(db: SegmentsDatabase, entity: Entity): Promise<EntityRecord> {
	return db.transaction('rw', db.entities, async () => {
		const names = (await db.entities.toArray()).map((e) => e.name);
		const problem = identifierProblem(entity.name, names);
		if (problem) throw new ModelError(problem);
		const record: EntityRecord = { ...entity, id: newId() };
		await db.entities.add(record);
		return record;
	});
}

export async function getEntity(
	db: SegmentsDatabase,
	name: string
): Promise<EntityRecord | undefined> {
	return db.entities.where('name').equals(name).first();
}

export interface Dependents {
	relationships: string[];
	isProfile: boolean;
	segments: string[];
}

export async function dependentsOf(db: SegmentsDatabase, entityName: string): Promise<Dependents> {
	const [relationships, profile, segments] = await Promise.all([
		db.relationships.toArray(),
		db.settings.get(PROFILE_KEY),
		db.segments.toArray()
	]);
	return {
		relationships: relationships
			.filter((r) => r.from.entity === entityName || r.to.entity === entityName)
			.map((r) => r.name),
		isProfile: (profile?.value as CustomerProfile | null)?.entity === entityName,
		segments: segments
			.filter((s) => referencesOf(s.definition).entities.has(entityName))
			.map((s) => s.name)
	};
}

/**
 * Sentences naming what a new set of attributes for `entityName` would break: attributes used by
 * relationships, the profile key, or segments that disappear or change type.
 */
export async function breakingChanges(
	db: SegmentsDatabase,
	entityName: string,
	attributes: Attribute[]
): Promise<string[]> {
	const entity = await getEntity(db, entityName);
	if (!entity) return [];
	const byName = new Map(attributes.map((a) => [a.name, a]));
	const problems: string[] = [];
	const check = (attr: string, user: string) => {
		const before = entity.attributes.find((a) => a.name === attr);
		const after = byName.get(attr);
		if (!after)
			problems.push(`${user} uses ${entityName}.${attr}, which the new file does not have.`);
		else if (before && before.type !== after.type)
			problems.push(
				`${user} uses ${entityName}.${attr}, which changes from ${before.type} to ${after.type}.`
			);
	};
	for (const r of await db.relationships.toArray()) {
		if (r.from.entity === entityName) check(r.from.attribute, `Relationship “${r.name}”`);
		if (r.to.entity === entityName) check(r.to.attribute, `Relationship “${r.name}”`);
	}
	const profile = (await db.settings.get(PROFILE_KEY))?.value as CustomerProfile | null | undefined;
	if (profile?.entity === entityName) check(profile.key, 'The Customer Profile key');
	for (const s of await db.segments.toArray()) {
		for (const key of referencesOf(s.definition).attributes) {
			const [e, ...rest] = key.split('.');
			if (e === entityName) check(rest.join('.'), `Segment “${segmentLabel(s)}”`);
		}
	}
	return [...new Set(problems)];
}

/** New rows for an existing entity: keep its name, table, relationships and segments. */
export async function replaceEntityData(
	db: SegmentsDatabase,
	name: string,
	update: Pick<
		Entity,
		'attributes' | 'rowCount' | 'sourceFile' | 'sourceFormat' | 'importedAt' | 'table'
	>
): Promise<EntityRecord> {
	return db.transaction('rw', db.entities, db.segments, async () => {
		const entity = await getEntity(db, name);
		if (!entity) throw new ModelError(`There is no entity called “${name}”.`);
		// keep display names the user gave to attributes that still exist
		const attributes = update.attributes.map((a) => {
			const before = entity.attributes.find((b) => b.name === a.name);
			return before && before.displayName !== before.name
				? { ...a, displayName: before.displayName }
				: a;
		});
		const next: EntityRecord = { ...entity, ...update, attributes };
		await db.entities.put(next);
		// segments that use this entity: their data changed
		const now = update.importedAt;
		await db.segments
			.filter((s) => referencesOf(s.definition).entities.has(name))
			.modify((s: SegmentRecord) => {
				s.dataChangedAt = now;
			});
		return next;
	});
}

/**
 * Rename an entity and everything that names it. `displayName` is what the app shows for it; left
 * out, a display name that was the old name follows the new one and a chosen one is kept.
 */
export async function renameEntity(
	db: SegmentsDatabase,
	from: string,
	to: string,
	displayName?: string
): Promise<void> {
	await db.transaction(
		'rw',
		[db.entities, db.relationships, db.settings, db.segments],
		async () => {
			const entity = await getEntity(db, from);
			if (!entity) throw new ModelError(`There is no entity called “${from}”.`);
			const names = (await db.entities.toArray())
				.filter((e) => e.id !== entity.id)
				.map((e) => e.name);
			const problem = identifierProblem(to, names);
			if (problem) throw new ModelError(problem);
			const shown = displayName?.trim() || (entity.displayName === from ? to : entity.displayName);
			await db.entities.update(entity.id, { name: to, displayName: shown });
			await db.relationships.toCollection().modify((r: RelationshipRecord) => {
				if (r.from.entity === from) r.from.entity = to;
				if (r.to.entity === from) r.to.entity = to;
			});
			const profile = (await db.settings.get(PROFILE_KEY))?.value as
				CustomerProfile | null | undefined;
			if (profile?.entity === from) await setProfile(db, { ...profile, entity: to });
			await db.segments.toCollection().modify((s: SegmentRecord) => {
				const json = JSON.stringify(s.definition);
				if (!json.includes(JSON.stringify(from))) return;
				for (const g of s.definition.groups) {
					if (g.path.start === from) g.path.start = to;
					for (const a of g.aggregates) if (a.entity === from) a.entity = to;
					const visit = (n: typeof g.where) => {
						if (!n) return;
						if (isConditionBlock(n)) n.children.forEach(visit);
						else if (n.entity === from) n.entity = to;
					};
					visit(g.where);
					for (const c of g.lifecycles ?? []) if (c.time.entity === from) c.time.entity = to;
					for (const sq of g.sequences ?? [])
						for (const side of [sq.first, sq.then]) {
							if (side.path.start === from) side.path.start = to;
							if (side.time.entity === from) side.time.entity = to;
							visit(side.where);
						}
				}
			});
		}
	);
}

export async function updateEntity(
	db: SegmentsDatabase,
	name: string,
	changes: Partial<Pick<Entity, 'displayName' | 'attributes'>>
): Promise<void> {
	const entity = await getEntity(db, name);
	if (!entity) throw new ModelError(`There is no entity called “${name}”.`);
	await db.entities.update(entity.id, changes);
}

/** Remove the entity and the relationships that use it; segments stay (and show the problem). */
export async function deleteEntity(
	db: SegmentsDatabase,
	name: string
): Promise<EntityRecord | undefined> {
	return db.transaction('rw', db.entities, db.relationships, db.settings, async () => {
		const entity = await getEntity(db, name);
		if (!entity) return undefined;
		await db.entities.delete(entity.id);
		await db.relationships.filter((r) => r.from.entity === name || r.to.entity === name).delete();
		const profile = (await db.settings.get(PROFILE_KEY))?.value as
			CustomerProfile | null | undefined;
		if (profile?.entity === name) await setProfile(db, null);
		return entity;
	});
}

export function relationshipProblem(
	model: DataModel,
	rel: Relationship,
	takenNames: string[]
): string | null {
	const from = model.entities.find((e) => e.name === rel.from.entity);
	const to = model.entities.find((e) => e.name === rel.to.entity);
	if (!from) return 'Choose the entity the relationship starts from.';
	if (!to) return 'Choose the entity the relationship points to.';
	const fa = from.attributes.find((a) => a.name === rel.from.attribute);
	const ta = to.attributes.find((a) => a.name === rel.to.attribute);
	if (!fa) return `Choose an attribute of ${from.name}.`;
	if (!ta) return `Choose an attribute of ${to.name}.`;
	if (fa.type !== ta.type)
		return `${from.name}.${fa.name} is ${article(fa.type)} ${fa.type} but ${to.name}.${ta.name} is ${article(ta.type)} ${ta.type}; the keys must have the same type.`;
	if (fa.type === 'boolean') return 'A relationship cannot join on a true/false attribute.';
	return identifierProblem(rel.name, takenNames);
}

function article(t: string): string {
	return /^[aeiou]/.test(t) ? 'an' : 'a';
}

export async function saveRelationship(
	db: SegmentsDatabase,
	rel: Relationship,
	id?: string
): Promise<RelationshipRecord> {
	return db.transaction('rw', db.entities, db.relationships, db.settings, async () => {
		const model = await loadDataModel(db);
		const others = (await db.relationships.toArray()).filter((r) => r.id !== id).map((r) => r.name);
		const problem = relationshipProblem(model, rel, others);
		if (problem) throw new ModelError(problem);
		const record: RelationshipRecord = { ...rel, id: id ?? newId() };
		const before = id ? await db.relationships.get(id) : undefined;
		await db.relationships.put(record);
		if (before && before.name !== rel.name) await rememberFormer(db, before);
		return record;
	});
}

export async function deleteRelationship(db: SegmentsDatabase, id: string): Promise<void> {
	await db.transaction('rw', db.relationships, db.settings, async () => {
		const before = await db.relationships.get(id);
		await db.relationships.delete(id);
		if (before) await rememberFormer(db, before);
	});
}

const FORMER_RELATIONSHIPS_KEY = 'formerRelationships';
const FORMER_RELATIONSHIPS_KEPT = 50;

/**
 * Relationships as they were before being deleted or renamed, latest first. Segments name the
 * relationships of their paths; with these the builder can find the same joins under a new name.
 */
export async function loadFormerRelationships(db: SegmentsDatabase): Promise<Relationship[]> {
	const value = (await db.settings.get(FORMER_RELATIONSHIPS_KEY))?.value;
	return Array.isArray(value) ? (value as Relationship[]) : [];
}

async function rememberFormer(db: SegmentsDatabase, record: RelationshipRecord): Promise<void> {
	const { id: _id, ...rel } = record;
	const kept = (await loadFormerRelationships(db)).filter((r) => r.name !== rel.name);
	await db.settings.put({
		key: FORMER_RELATIONSHIPS_KEY,
		value: [rel, ...kept].slice(0, FORMER_RELATIONSHIPS_KEPT)
	});
}
