// What the Data page does to an entity across both stores: its record (and the relationships and
// profile that name it) in the database, and its table in the engine.
import { database } from '$lib/db/schema';
import { deleteEntity, dependentsOf, renameEntity, type Dependents } from '$lib/db/model-store';
import { engine } from '$lib/engine';
import type { Entity } from '$lib/segments/data-model';

/** What stops working when the entity goes: its relationships, the profile, segments using it. */
export function entityDependents(name: string): Promise<Dependents> {
	return dependentsOf(database(), name);
}

/**
 * Delete the entity's record, then its engine table. The record goes first: a table left behind by
 * a failed drop is unreachable and harmless, while a record without its table would break segments.
 */
export async function deleteEntityAndTable(entity: Entity): Promise<void> {
	await deleteEntity(database(), entity.name);
	await engine()
		.dropTable(entity.table)
		.catch(() => undefined);
}

export function renameEntityTo(from: string, to: string, displayName: string): Promise<void> {
	return renameEntity(database(), from, to, displayName);
}
