// A static segment's state follows what happened to it: a copy of one that has run is not stuck as
// "inactive" (with no Activate to offer), and running an inactive one makes it active.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SegmentsDatabase } from '../db/schema';
import { addEntity, setProfile } from '../db/model-store';
import { createSegment, duplicateSegment } from '../db/segments-store';
import type { EngineClient } from '../engine/client';
import { emptyDefinition } from '../segments/definition';
import { runSegment } from './run-segment';

let db: SegmentsDatabase;
const engine = {
	rows: () => Promise.resolve([{ g0: 3 }]),
	snapshotDiff: () =>
		Promise.resolve({
			members: 3,
			entered: null,
			left: null,
			enteredKeys: [],
			leftKeys: [],
			previous: false
		})
} as unknown as EngineClient;

function everyone(type: 'static' | 'dynamic') {
	const def = emptyDefinition(`everyone_${type}`, type);
	def.groups = [{ id: 'g', path: { start: 'Customers', steps: [] }, where: null, aggregates: [] }];
	return def;
}

beforeEach(async () => {
	db = new SegmentsDatabase(`lifecycle-${Math.random()}`);
	await addEntity(db, {
		name: 'Customers',
		displayName: 'Customers',
		table: 't_customers',
		attributes: [{ name: 'id', displayName: 'id', type: 'number' }],
		rowCount: 3,
		sourceFile: 'c.csv',
		sourceFormat: 'csv',
		importedAt: new Date().toISOString()
	});
	await setProfile(db, { entity: 'Customers', key: 'id' });
});
afterEach(async () => {
	await db.delete();
});

describe('static segment lifecycle', () => {
	it('a copy of an active static segment is active too; a dynamic copy waits to be activated', async () => {
		const s = await createSegment(db, everyone('static'), 'active');
		expect((await duplicateSegment(db, s.id)).state).toBe('active');
		const d = await createSegment(db, everyone('dynamic'), 'active');
		expect((await duplicateSegment(db, d.id)).state).toBe('inactive');
	});

	it('an inactive static segment that runs successfully is active', async () => {
		const s = await createSegment(db, everyone('static'), 'inactive');
		const run = await runSegment({ db, engine, tabId: 't' }, s.id, { trigger: 'manual' });
		expect(run.status).toBe('succeeded');
		expect((await db.segments.get(s.id))?.state).toBe('active');
	});
});

describe('what a run is called while it works', () => {
	it('a run asked for is "Running …"; a scheduled one is "Refreshing …" (the top bar shows it)', async () => {
		const labels: string[] = [];
		const labelling = {
			rows: (_sql: string, options: { label: string }) => {
				labels.push(options.label);
				return Promise.resolve([{ g0: 3 }]);
			},
			snapshotDiff: engine.snapshotDiff
		} as unknown as EngineClient;
		const def = everyone('dynamic');
		def.displayName = 'Everyone';
		const s = await createSegment(db, def, 'active');
		await runSegment({ db, engine: labelling, tabId: 't' }, s.id, { trigger: 'manual' });
		await runSegment({ db, engine: labelling, tabId: 't' }, s.id, { trigger: 'save' });
		await runSegment({ db, engine: labelling, tabId: 't' }, s.id, { trigger: 'schedule' });
		await runSegment({ db, engine: labelling, tabId: 't' }, s.id, { trigger: 'data-change' });
		expect(labels).toEqual([
			'Running Everyone',
			'Running Everyone',
			'Refreshing Everyone',
			'Refreshing Everyone'
		]);
	});
});
