// "Try with demo data": the seed world (customers, orders, cases, online accounts, click stream)
// generated inside the engine worker with dates leading up to today, registered as entities with
// their relationships and the Customer Profile.
import { engine } from '$lib/engine';
import { database } from '$lib/db/schema';
import {
	addEntity,
	getEntity,
	replaceEntityData,
	saveRelationship,
	setProfile
} from '$lib/db/model-store';
import type { Attribute } from '$lib/segments/data-model';
import { localToday } from '$lib/demo/dates';

export const DEMO_CUSTOMERS = 10_000;

export async function loadDemoData(
	onProgress: (message: string) => void,
	customers = DEMO_CUSTOMERS
): Promise<void> {
	const loaded = await engine().loadDemo({ customers, today: localToday() }, onProgress);
	const db = database();
	const now = new Date().toISOString();
	// one transaction: a reload in the middle never leaves entities without their relationships or
	// the Customer Profile (the e2e suite caught a half-registered demo after a reload)
	await db.transaction('rw', db.entities, db.segments, db.relationships, db.settings, async () => {
		for (const e of loaded.entities) {
			const attributes: Attribute[] = e.columns.map((c) => ({
				name: c.name,
				displayName: c.name,
				type: c.kind
			}));
			const meta = {
				attributes,
				rowCount: e.rowCount,
				sourceFile: 'demo data',
				sourceFormat: 'demo' as const,
				importedAt: now,
				table: e.table
			};
			const existing = await getEntity(db, e.name);
			if (existing) await replaceEntityData(db, e.name, meta);
			else await addEntity(db, { name: e.name, displayName: e.name, ...meta });
		}
		const existing = new Set((await db.relationships.toArray()).map((r) => r.name));
		for (const r of loaded.relationships) if (!existing.has(r.name)) await saveRelationship(db, r);
		await setProfile(db, loaded.profile);
	});
}
