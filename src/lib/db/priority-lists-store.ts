// Saved priority lists (the overlap page's ordered comparisons), kept in the settings table so a
// backup carries them: a name, the segments by id in priority order, and where members come from.
// Read through a schema: a malformed value (an old or hand-edited backup) reads as no lists.
import { z } from 'zod';
import { newId, type SegmentsDatabase } from './schema';

export const PRIORITY_LISTS_KEY = 'priorityLists';
export const PRIORITY_LISTS_MAX = 50;

const listSchema = z.object({
	id: z.string().min(1).max(64),
	name: z.string().min(1).max(200),
	segmentIds: z.array(z.string().min(1).max(64)).min(2).max(8),
	source: z.enum(['run', 'live']),
	updatedAt: z.string().max(40)
});
export type PriorityListRecord = z.infer<typeof listSchema>;

export async function loadPriorityLists(db: SegmentsDatabase): Promise<PriorityListRecord[]> {
	const value = (await db.settings.get(PRIORITY_LISTS_KEY))?.value;
	const parsed = z
		.array(listSchema)
		.max(PRIORITY_LISTS_MAX)
		.safeParse(value ?? []);
	return parsed.success ? parsed.data : [];
}

/** Save a list under `name`: a list of that name (ignoring case) is replaced, keeping its id. */
export async function savePriorityList(
	db: SegmentsDatabase,
	list: Omit<PriorityListRecord, 'id' | 'updatedAt'>
): Promise<PriorityListRecord> {
	const name = list.name.trim();
	if (!name) throw new Error('Give the priority list a name.');
	return db.transaction('rw', db.settings, async () => {
		const lists = await loadPriorityLists(db);
		const same = lists.find((l) => l.name.toLowerCase() === name.toLowerCase());
		if (!same && lists.length >= PRIORITY_LISTS_MAX)
			throw new Error(
				`There are already ${PRIORITY_LISTS_MAX} priority lists; delete one to save another.`
			);
		const saved = listSchema.parse({
			...list,
			name,
			id: same?.id ?? newId(),
			updatedAt: new Date().toISOString()
		});
		const next = same ? lists.map((l) => (l.id === same.id ? saved : l)) : [...lists, saved];
		await db.settings.put({ key: PRIORITY_LISTS_KEY, value: next });
		return saved;
	});
}

export async function deletePriorityList(db: SegmentsDatabase, id: string): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		const lists = await loadPriorityLists(db);
		await db.settings.put({ key: PRIORITY_LISTS_KEY, value: lists.filter((l) => l.id !== id) });
	});
}
