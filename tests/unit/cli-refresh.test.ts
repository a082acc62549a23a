// `segments refresh` on a workspace backup: the due segments run, each run is appended to the
// history with its counts, and the next refresh on changed data records who entered and left —
// in a backup the app's own reader accepts, so a restore shows the trend.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SegmentRecord } from '../../src/lib/db/records';
import { EXAMPLE_SEGMENTS } from '../../src/lib/features/data/example-segments';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { parseDefinition } from '../../src/lib/segments/parse';
import { buildBackupDocument, serializeBackup } from '../../src/lib/sharing/backup';
import { readBackupBytes } from '../../src/lib/sharing/backup-archive';
import type { BackupDocument } from '../../src/lib/sharing/backup-format';
import { runCli, writeDemoFiles } from '../helpers/cli';

const TODAY = '2026-11-28';
let dir: string;
let before: string;
let after: string;

function backupOf(model: Awaited<ReturnType<typeof writeDemoFiles>>['model']): BackupDocument {
	const at = '2026-11-01T00:00:00.000Z';
	const segments: SegmentRecord[] = EXAMPLE_SEGMENTS.map((raw, i) => {
		const definition = (parseDefinition(raw) as { definition: SegmentDefinition }).definition;
		return {
			id: `s${i}`,
			name: definition.name,
			definition,
			state: 'active',
			createdAt: at,
			updatedAt: at,
			revision: 1,
			lastSuccess: null,
			lastFailure: null,
			nextRunAt: null,
			dataChangedAt: null
		};
	});
	return buildBackupDocument(
		{
			entities: model.entities.map((e) => ({ ...e, id: `e-${e.name}` })),
			relationships: model.relationships.map((r) => ({ ...r, id: `r-${r.name}` })),
			settings: [{ key: 'profile', value: model.profile }],
			segments,
			runs: [],
			runChanges: [],
			importMappings: []
		},
		new Date(at),
		null
	);
}

const read = (path: string): BackupDocument => {
	const r = readBackupBytes(readFileSync(path));
	if (!r.ok) throw new Error(r.problems[0]!.message);
	return r.document;
};

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'segments-cli-refresh-'));
	const small = await writeDemoFiles(join(dir, 'small'), 300, TODAY, 'csv');
	before = small.data;
	after = (await writeDemoFiles(join(dir, 'large'), 450, TODAY, 'csv')).data;
	writeFileSync(join(dir, 'backup.json'), serializeBackup(backupOf(small.model)));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('segments refresh', () => {
	it('runs what is due, then records who entered and left on new data', async () => {
		const first = join(dir, 'backup-1.json');
		const r1 = await runCli([
			'refresh',
			join(dir, 'backup.json'),
			'--data',
			before,
			'--out',
			first,
			'--as-of',
			TODAY
		]);
		expect(r1.code, r1.stderr).toBe(0);
		const doc1 = read(first);
		const dynamic = doc1.tables.segments.filter((s) => s.definition.type === 'dynamic');
		expect(dynamic.length).toBeGreaterThan(0);
		// every dynamic segment ran once (static ones run when saved, not on a schedule)
		expect(doc1.tables.runs.map((r) => r.segmentId).sort()).toEqual(
			dynamic.map((s) => s.id).sort()
		);
		for (const run of doc1.tables.runs) {
			expect(run.status).toBe('succeeded');
			expect(run.entered).toBeNull(); // nothing to compare with yet
			const segment = doc1.tables.segments.find((s) => s.id === run.segmentId)!;
			expect(segment.lastSuccess?.runId).toBe(run.id);
			expect(segment.nextRunAt).not.toBeNull();
		}

		// nothing is due right after a refresh
		const again = join(dir, 'backup-again.json');
		const r2 = await runCli(['refresh', first, '--data', before, '--out', again]);
		expect(r2.code, r2.stderr).toBe(0);
		expect(r2.stderr).toMatch(/No segment is due\./);
		expect(read(again).tables.runs).toHaveLength(doc1.tables.runs.length);

		// --all on more customers: each active segment runs; the dynamic ones compare with their list
		const second = join(dir, 'backup-2.json');
		const r3 = await runCli([
			'refresh',
			first,
			'--data',
			after,
			'--out',
			second,
			'--all',
			'--as-of',
			TODAY,
			'--json'
		]);
		expect(r3.code, r3.stderr).toBe(0);
		const doc2 = read(second);
		expect(doc2.tables.runs.length).toBe(doc1.tables.runs.length + doc2.tables.segments.length);
		for (const s of dynamic) {
			const runs = doc2.tables.runs
				.filter((r) => r.segmentId === s.id)
				.sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
			expect(runs).toHaveLength(2);
			const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
			expect(two.entered, s.name).not.toBeNull();
			expect(two.entered! - two.left!, s.name).toBe(two.members! - one.members!);
			const change = doc2.tables.runChanges.find((c) => c.runId === two.id)!;
			expect(change.entered).toHaveLength(two.entered!);
			expect(change.left).toHaveLength(two.left!);
		}
		expect(doc2.tables.runs.some((r) => (r.entered ?? 0) > 0)).toBe(true);
	});

	it('a segment using another "as of its last run" reads the list the last refresh kept when that one is not refreshed', async () => {
		const base = read(join(dir, 'backup.json'));
		const top = base.tables.segments.find((s) => s.name === 'top_spenders')!;
		const definition = structuredClone(top.definition);
		Object.assign(definition, {
			name: 'last_top_spenders',
			displayName: 'Top spenders at their last run',
			description: '',
			groups: [
				{
					id: 'g',
					path: { start: 'Customers', steps: [] },
					where: null,
					aggregates: [],
					memberships: [{ id: 'm', operator: 'inSegment', segment: top.name, source: 'lastRun' }]
				}
			]
		});
		base.tables.segments.push({ ...top, id: 'uses-top', name: definition.name, definition });
		const input = join(dir, 'with-reference.json');
		writeFileSync(input, serializeBackup(base));
		const first = join(dir, 'with-reference-1.json');
		const r1 = await runCli(['refresh', input, '--data', before, '--out', first, '--as-of', TODAY]);
		expect(r1.code, r1.stderr).toBe(0);
		const doc1 = read(first);
		const membersOf = (doc: BackupDocument, id: string) =>
			doc.tables.segments.find((s) => s.id === id)!.lastSuccess?.members;
		const topFirst = membersOf(doc1, top.id)!;
		expect(topFirst).toBeGreaterThan(0);
		expect(membersOf(doc1, 'uses-top')).toBe(topFirst);

		// on more customers, only the segment using it: it reads top_spenders' kept list, not nothing
		const second = join(dir, 'with-reference-2.json');
		const r2 = await runCli([
			'refresh',
			first,
			'--data',
			after,
			'--out',
			second,
			'--all',
			'--segment',
			'last_top_spenders',
			'--as-of',
			TODAY
		]);
		expect(r2.code, r2.stderr).toBe(0);
		const doc2 = read(second);
		const runs = doc2.tables.runs.filter((r) => r.segmentId === 'uses-top');
		expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
		expect(membersOf(doc2, 'uses-top')).toBe(topFirst);
		// top_spenders itself did not run: its last run is still the first refresh's
		expect(doc2.tables.runs.filter((r) => r.segmentId === top.id)).toHaveLength(1);
		// and a refresh of top_spenders on the larger data would have had more members
		const third = join(dir, 'with-reference-3.json');
		const r3 = await runCli([
			'refresh',
			first,
			'--data',
			after,
			'--out',
			third,
			'--all',
			'--as-of',
			TODAY
		]);
		expect(r3.code, r3.stderr).toBe(0);
		expect(membersOf(read(third), top.id)).toBeGreaterThan(topFirst);
	});

	it('refuses a file that is not a backup (exit 2) and writes nothing', async () => {
		const out = join(dir, 'never.json');
		const r = await runCli([
			'refresh',
			'src/lib/demo/examples/seed-example.json',
			'--data',
			before,
			'--out',
			out
		]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/seed-example\.json is not a workspace backup/);
		expect(() => readFileSync(out)).toThrow();
	});
});
