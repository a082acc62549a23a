// Crafted and corrupted backups are refused before anything is offered, each with a sentence that
// starts with the path to its first problem; the workspace is untouched. One crafted backup per
// problem class: a record's shape (dates, types, enums) and the invariants across records (unique
// keys, references that resolve, one table per entity). A valid backup still restores.
import 'fake-indexeddb/auto';
import { recordCase } from '../helpers/reliability';
import { describe, expect, it } from 'vitest';
import { captureWorkspace } from '../../src/lib/sharing/backup';
import { readBackupBytes } from '../../src/lib/sharing/backup-archive';
import { restoreBackup, writeBackup } from '../../src/lib/sharing/workspace-backup';
import { collect, freshDb, populate } from './sharing-world';

type Doc = {
	tables: Record<string, Record<string, unknown>[]>;
	data: unknown;
};

/** `message` starts with the path of the problem in the file (without the leading `tables.`). */
const CRAFTED: { name: string; message: RegExp; craft: (d: Doc) => void }[] = [
	{
		name: 'an entity import date that is not a date',
		message: /^entities\[2\]\.importedAt is not a date\.$/,
		craft: (d) => (d.tables.entities![2]!.importedAt = 'yesterday')
	},
	{
		name: 'a profile key stored as a number',
		message: /^settings\[\d+\]\.value\.key is not text\.$/,
		craft: (d) => {
			const s = d.tables.settings!.find((x) => x.key === 'profile')!;
			s.value = { entity: 'Customers', key: 5 };
		}
	},
	{
		name: 'a profile on an attribute its entity lacks',
		message: /^settings\[\d+\]\.value names the attribute “nope”, which Customers does not have\.$/,
		craft: (d) => {
			const s = d.tables.settings!.find((x) => x.key === 'profile')!;
			s.value = { entity: 'Customers', key: 'nope' };
		}
	},
	{
		name: 'two runs of a segment with the same finish time',
		message: /^runs\[1\]\.finishedAt is the same as runs\[0\]\.finishedAt of the same segment/,
		craft: (d) => {
			const [a, b] = d.tables.runs!;
			b!.segmentId = a!.segmentId;
			b!.finishedAt = a!.finishedAt;
			d.tables.runChanges = [];
		}
	},
	{
		name: 'two entities sharing one table',
		message: /^entities\[1\]\.table is the same as entities\[0\]\.table/,
		craft: (d) =>
			(d.tables.entities![1]!.table = String(d.tables.entities![0]!.table).toUpperCase())
	},
	{
		name: 'two segments with one id',
		message: /^segments\[1\]\.id is the same as segments\[0\]\.id/,
		craft: (d) => (d.tables.segments![1]!.id = d.tables.segments![0]!.id)
	},
	{
		name: 'a run of a segment that is not there',
		message: /^runs\[0\]\.segmentId names a segment that is not in this backup\.$/,
		craft: (d) => (d.tables.runs![0]!.segmentId = 'gone')
	},
	{
		name: 'member changes of a run that is not there',
		message: /^runChanges\[0\]\.runId names a run that is not in this backup\.$/,
		craft: (d) => (d.tables.runChanges![0]!.runId = 'gone')
	},
	{
		name: 'a relationship to an entity that is not there',
		message: /^relationships\[0\]\.to names the entity “Ghosts”, which is not in this backup\.$/,
		craft: (d) => ((d.tables.relationships![0]!.to as Record<string, unknown>).entity = 'Ghosts')
	},
	{
		name: 'a relationship from an attribute that is not there',
		message: /^relationships\[0\]\.from names the attribute “nope”/,
		craft: (d) => ((d.tables.relationships![0]!.from as Record<string, unknown>).attribute = 'nope')
	},
	{
		name: 'an attribute type this app does not know',
		message: /^entities\[0\]\.attributes\[0\]\.type is not “number” or/,
		craft: (d) =>
			((d.tables.entities![0]!.attributes as Record<string, unknown>[])[0]!.type = 'money')
	},
	{
		name: 'two attributes of one entity with one name',
		message: /^entities\[0\]\.attributes\[1\]\.name is the same as/,
		craft: (d) => {
			const a = d.tables.entities![0]!.attributes as Record<string, unknown>[];
			a[1]!.name = String(a[0]!.name).toUpperCase();
		}
	},
	{
		name: 'a segment date that is not a date',
		message: /^segments\[0\]\.updatedAt is not a date\.$/,
		craft: (d) => (d.tables.segments![0]!.updatedAt = '2025-13-45T99:00:00Z')
	},
	{
		name: 'a run count that is text',
		message: /^runs\[0\]\.members is not a number\.$/,
		craft: (d) => (d.tables.runs![0]!.members = '3')
	},
	{
		name: 'a record without its key',
		message: /^importMappings\[0\]\.from is missing\.$/,
		craft: (d) => delete d.tables.importMappings![0]!.from
	},
	{
		name: 'a segment definition that does not parse',
		message: /^segments\[0\]\.definition/,
		craft: (d) => ((d.tables.segments![0]!.definition as Record<string, unknown>).groups = 'x')
	}
];

async function validBackup() {
	const db = freshDb();
	await populate(db);
	const out = collect();
	await writeBackup(db, out.write);
	return { db, text: new TextDecoder().decode(out.bytes()) };
}

describe('crafted backups', () => {
	it(`each of ${CRAFTED.length} crafted backups is refused with the path to its problem; nothing changes`, async () => {
		const { db, text } = await validBackup();
		const before = await captureWorkspace(db);
		const outcome: string[] = [];
		for (const c of CRAFTED) {
			const doc = JSON.parse(text) as Doc;
			c.craft(doc);
			const r = readBackupBytes(new TextEncoder().encode(JSON.stringify(doc)));
			expect(r.ok, c.name).toBe(false);
			if (r.ok) continue;
			expect(r.problems, c.name).toHaveLength(1);
			const [p] = r.problems;
			expect(p!.message, c.name).toMatch(c.message);
			outcome.push(`${c.name}: ${p!.message}`);
		}
		const unchanged = JSON.stringify(await captureWorkspace(db)) === JSON.stringify(before);
		recordCase('9-crafted-backups', {
			case: '9. Hostile data',
			check:
				'Crafted backups: one per problem class (bad dates, wrong types, duplicate ids and keys, dangling references, shared tables, …) through the backup reader',
			runs: CRAFTED.length,
			passed: unchanged ? outcome.length : 0,
			failed: CRAFTED.length - (unchanged ? outcome.length : 0),
			notes: `${outcome.length} of ${CRAFTED.length} refused with the path to their first problem; workspace ${unchanged ? 'unchanged' : 'CHANGED'}.`
		});
		expect(await captureWorkspace(db)).toEqual(before);
		console.log(
			`Crafted backups: ${CRAFTED.length} tried, ${outcome.length} refused with a path, workspace unchanged\n  ${outcome.join('\n  ')}`
		);
		await db.delete();
	});

	it('the valid backup they were made from still restores, exactly', async () => {
		const { db, text } = await validBackup();
		const before = await captureWorkspace(db);
		const target = freshDb();
		const r = readBackupBytes(new TextEncoder().encode(text));
		if (!r.ok) throw new Error(r.problems.map((p) => p.message).join(' '));
		await restoreBackup(target, r, null);
		expect(await captureWorkspace(target)).toEqual(before);
		await db.delete();
		await target.delete();
	});
});
