// What stops working when a relationship is deleted: the segments whose paths use it, named so the
// confirmation can say so (as deleting an entity does).
import { segmentLabel } from '$lib/segments/label';
import type { SegmentsDatabase } from '$lib/db/schema';
import { referencesOf } from '$lib/segments/references';

export async function segmentsUsingRelationship(
	db: SegmentsDatabase,
	relationship: string
): Promise<string[]> {
	return (await db.segments.toArray())
		.filter((s) => referencesOf(s.definition).relationships.has(relationship))
		.map((s) => segmentLabel(s))
		.sort((a, b) => a.localeCompare(b));
}
