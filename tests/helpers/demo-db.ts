// The demo world loaded into a Node DuckDB-WASM test database under the app's table names
// (demo_customers, …), with the demo data model and a clock on the world's "today", for tests that
// run segments and insight SQL on realistic data.
import { tableToIPC } from 'apache-arrow';
import { batchToArrow, generateWorld } from '../../src/lib/demo/generator';
import type { Clock } from '../../src/lib/segments/dates';
import type { DataModel } from '../../src/lib/segments/data-model';
import { openTestDb, type TestDb } from './duckdb';
import { demoModel } from './demo-model';

export const DEMO_TODAY = '2026-11-28';

export interface DemoDb {
	db: TestDb;
	model: DataModel;
	clock: Clock;
}

export async function openDemoDb(customers = 2000): Promise<DemoDb> {
	const db = await openTestDb();
	const world = generateWorld({ customers, today: DEMO_TODAY, seed: 42 });
	for (const e of world.entities) {
		let first = true;
		for (const batch of e.batches(20_000)) {
			// IPC bytes from our own arrow build (see generator.test.ts for why not insertArrowTable)
			db.conn.insertArrowFromIPCStream(tableToIPC(batchToArrow(e, batch), 'stream'), {
				name: `demo_${e.name.toLowerCase()}`,
				create: first
			});
			first = false;
		}
	}
	return { db, model: demoModel(), clock: { today: DEMO_TODAY, now: `${DEMO_TODAY}T12:00:00` } };
}
