// Backup → wipe → restore brings back definitions, history, model, settings and remembered
// mappings exactly; with the data included (Arrow files in the zip, through the app's engine core in
// Node), every segment counts the same members afterwards; a restore can be reverted.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { openNodeEngine } from '../helpers/node-engine';
import { demoModel } from '../helpers/demo-model';
import type { EngineCore } from '../../src/lib/engine/worker/core';
import { SCHEMA_VERSIONS, type SegmentsDatabase } from '../../src/lib/db/schema';
import { WORKSPACE_TABLES } from '../../src/lib/sharing/backup-format';
import { createSegment } from '../../src/lib/db/segments-store';
import { captureWorkspace } from '../../src/lib/sharing/backup';
import { readBackupBytes } from '../../src/lib/sharing/backup-archive';
import { dropStaleRevertCopies, type DataEngine } from '../../src/lib/sharing/backup-data';
import {
	keepRestore,
	restoreBackup,
	revertRestore,
	writeBackup
} from '../../src/lib/sharing/workspace-backup';
import {
	collect,
	countSql,
	demoDefinitions,
	demoRows,
	freshDb,
	nodeDataEngine,
	populate,
	tableStatements
} from './sharing-world';

async function wipe(db: SegmentsDatabase) {
	await db.transaction('rw', db.tables, async () => {
		for (const t of db.tables) await t.clear();
	});
}

describe('workspace backup (IndexedDB side)', () => {
	it('covers every table of the current schema (a new table must be added to the backup)', () => {
		const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;
		expect([...WORKSPACE_TABLES].sort()).toEqual(Object.keys(latest.stores).sort());
	});

	it('backup → wipe → restore is exact', async () => {
		const db = freshDb();
		await populate(db);
		const before = await captureWorkspace(db);
		const out = collect();
		const written = await writeBackup(db, out.write, { at: new Date('2025-06-15T13:00:00Z') });
		expect(written.archive).toBe(false);
		const text = new TextDecoder().decode(out.bytes());
		expect(text.startsWith('{\n  "app"')).toBe(true); // sorted keys, pretty
		await wipe(db);
		expect(await db.segments.count()).toBe(0);

		const read = readBackupBytes(out.bytes());
		if (!read.ok) throw new Error(read.problems.map((p) => p.message).join(' '));
		const point = await restoreBackup(db, read, null);
		expect(await captureWorkspace(db)).toEqual(before);
		expect(point.tables.segments).toEqual([]);
		await db.delete();
	});

	it('a restore can be reverted to the workspace as it was', async () => {
		const source = freshDb();
		await populate(source);
		const out = collect();
		await writeBackup(source, out.write);
		const db = freshDb();
		const [only] = demoDefinitions();
		await createSegment(db, { ...only!, name: 'mine_only' }, 'inactive');
		const mine = await captureWorkspace(db);
		const read = readBackupBytes(out.bytes());
		if (!read.ok) throw new Error('unreadable');
		const point = await restoreBackup(db, read, null);
		expect((await db.segments.toArray()).map((s) => s.name)).not.toContain('mine_only');
		await revertRestore(db, null, point);
		expect(await captureWorkspace(db)).toEqual(mine);
		await source.delete();
		await db.delete();
	});
});

describe('workspace backup with data (CSV in a zip, engine core in Node)', () => {
	let core: EngineCore;
	let engine: DataEngine;
	beforeAll(async () => {
		core = await openNodeEngine();
		engine = nodeDataEngine(core);
	});
	afterAll(() => core.bindings.reset());

	const members = async (sql: string) => Number((await core.query(sql)).rows[0]?.members);

	it('backup → drop the data and the workspace → restore: the same member counts', async () => {
		const model = demoModel();
		for (const sql of tableStatements(model, demoRows(11))) await core.exec(sql);
		// an entity whose table is empty still comes back (with its columns)
		await core.exec('DELETE FROM demo_onlineaccounts');
		const db = freshDb();
		await populate(db);
		const counts = new Map<string, number>();
		for (const d of demoDefinitions()) counts.set(d.name, await members(countSql(d, model)));
		expect([...counts.values()].some((n) => n > 0)).toBe(true);
		const before = await captureWorkspace(db);

		const out = collect();
		const written = await writeBackup(db, out.write, { engine });
		expect(written.archive).toBe(true);
		const names = Object.keys(unzipSync(out.bytes())).sort();
		expect(names).toEqual([
			'data/Cases.arrow',
			'data/ClickStream.arrow',
			'data/Customers.arrow',
			'data/OnlineAccounts.arrow',
			'data/Orders.arrow',
			'workspace.json'
		]);

		await wipe(db);
		for (const e of model.entities) await core.exec(`DROP TABLE ${e.table}`);

		const read = readBackupBytes(out.bytes());
		if (!read.ok) throw new Error(read.problems.map((p) => p.message).join(' '));
		const point = await restoreBackup(db, read, engine);
		expect(point.data?.created.sort()).toEqual(model.entities.map((e) => e.table).sort());
		await keepRestore(engine, point, read.document.tables);
		expect(await captureWorkspace(db)).toEqual(before);
		for (const d of demoDefinitions())
			expect(await members(countSql(d, model)), d.name).toBe(counts.get(d.name));
		const orders = await core.tableInfo('demo_orders');
		expect(orders.columns.map((c) => [c.name, c.kind])).toEqual(
			model.entities.find((e) => e.name === 'Orders')!.attributes.map((a) => [a.name, a.type])
		);
		await db.delete();
	});

	/** A backup with the data, then the data changes: the backup read back, ready to restore. */
	async function backupThenChange() {
		const model = demoModel();
		for (const sql of tableStatements(model, demoRows(11))) await core.exec(sql);
		const db = freshDb();
		await populate(db);
		const out = collect();
		await writeBackup(db, out.write, { engine });
		for (const sql of tableStatements(model, demoRows(99))) await core.exec(sql);
		const read = readBackupBytes(out.bytes());
		if (!read.ok) throw new Error('unreadable');
		return { model, db, read, bytes: out.bytes() };
	}

	it('an archive whose data files disagree with its manifest is refused when read, before it is offered', async () => {
		const { db, bytes } = await backupThenChange();
		const archive = (
			edit: (doc: Record<string, unknown>, files: Record<string, Uint8Array>) => void
		) => {
			const files = unzipSync(bytes);
			const doc = JSON.parse(strFromU8(files['workspace.json']!)) as Record<string, unknown>;
			edit(doc, files);
			files['workspace.json'] = strToU8(JSON.stringify(doc));
			return readBackupBytes(zipSync(files));
		};
		const refusal = (r: ReturnType<typeof readBackupBytes>) =>
			r.ok ? 'offered' : r.problems.map((p) => p.message).join(' ');
		type DataDoc = { data: { files: { entity: string; rows: number }[] } };
		// the manifest says fewer rows than the file holds
		expect(
			refusal(
				archive((doc) => {
					const f = (doc as DataDoc).data.files.find((x) => x.entity === 'Orders')!;
					f.rows = 2;
				})
			)
		).toMatch(/^data\/Orders\.arrow holds [\d,]+ rows where the backup lists 2\.$/);
		// one entity's file holds another entity's columns
		expect(
			refusal(
				archive((_doc, files) => {
					files['data/Orders.arrow'] = files['data/Cases.arrow']!;
				})
			)
		).toMatch(/^The data of Orders lacks the columns /);
		// a file that is not Arrow at all
		expect(
			refusal(archive((_doc, files) => (files['data/Cases.arrow'] = strToU8('id,name\n1,x\n'))))
		).toBe('data/Cases.arrow in the backup is damaged: it is not the Arrow data this app writes.');
		// and untouched, it is offered
		expect(archive(() => {}).ok).toBe(true);
		await db.delete();
	});

	it('restoring over existing data sets it aside; revert puts it back', async () => {
		const { model, db, read } = await backupThenChange();
		const changed = await members(countSql(demoDefinitions()[1]!, model));
		const point = await restoreBackup(db, read, engine);
		expect(point.data?.replaced.length).toBe(5);
		expect(await core.tables()).toContain('segments_revert_demo_orders');
		await revertRestore(db, engine, point);
		expect(await members(countSql(demoDefinitions()[1]!, model))).toBe(changed);
		expect((await core.tables()).filter((t) => t.startsWith('segments_revert_'))).toEqual([]);
		await db.delete();
	});

	it('a restore left undecided (the page reloaded) is kept; its set-aside copies are dropped at the next start', async () => {
		const { model, db, read } = await backupThenChange();
		await restoreBackup(db, read, engine);
		const restored = await members(countSql(demoDefinitions()[1]!, model));
		// … the page reloads here: the revert point in memory is gone
		const dropped = await dropStaleRevertCopies(engine);
		expect(dropped).toContain('segments_revert_demo_orders');
		const tables = await core.tables();
		expect(tables.filter((t) => t.startsWith('segments_revert_'))).toEqual([]);
		expect(tables).toContain('demo_orders');
		expect(await members(countSql(demoDefinitions()[1]!, model))).toBe(restored);
		await db.delete();
	});
});
