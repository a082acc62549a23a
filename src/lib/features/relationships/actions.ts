// What the Relationships page does to the stored model: look up who depends on a relationship,
// and delete it by name (the record's id is the store's business, not the page's).
import { database } from '$lib/db/schema';
import { deleteRelationship } from '$lib/db/model-store';
import { segmentsUsingRelationship } from './dependents';

/** The display names of the segments whose paths use the relationship. */
export function relationshipDependents(name: string): Promise<string[]> {
	return segmentsUsingRelationship(database(), name);
}

/** Delete the relationship called `name`; nothing happens when it is already gone. */
export async function deleteRelationshipNamed(name: string): Promise<void> {
	const db = database();
	const record = await db.relationships.where('name').equals(name).first();
	if (record) await deleteRelationship(db, record.id);
}
