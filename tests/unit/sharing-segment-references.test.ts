// Segments in segments across a definitions file: an export carries the segments the chosen ones
// use (and says so); an import whose referred segment is neither in the file nor in the workspace
// says which; a segment imported under another name (its name was taken) is referred to by that
// name in the other imported definitions; a skipped one leaves references to the workspace's own.
// Dexie on fake-indexeddb.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { demoModel } from '../helpers/demo-model';
import { createSegment } from '../../src/lib/db/segments-store';
import type { SegmentsDatabase } from '../../src/lib/db/schema';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { directDependencies } from '../../src/lib/segments/dependencies';
import { buildBundle, serializeBundle } from '../../src/lib/sharing/bundle';
import { readSharedText } from '../../src/lib/sharing/read';
import { fileNeeds, suggestMapping } from '../../src/lib/sharing/needs';
import { emptyMapping, rememberedFrom } from '../../src/lib/sharing/mapping';
import { applyImport, previewImport, type Resolution } from '../../src/lib/sharing/plan';
import { addedDependenciesText, withDependencies } from '../../src/lib/sharing/segment-references';
import { demoDefinitions, freshDb } from './sharing-world';

const model = demoModel();

/** A demo definition renamed, using `uses` (live) in its first group. */
function using(name: string, displayName: string, uses: string[]): SegmentDefinition {
	const d = structuredClone(demoDefinitions()[0]!);
	d.name = name;
	d.displayName = displayName;
	d.groups[0]!.memberships = uses.map((segment, i) => ({
		id: `m${i}`,
		operator: 'inSegment',
		segment,
		source: 'live'
	}));
	return d;
}

const named = (d: SegmentDefinition) => ({ name: d.name, definition: d });

function fileOf(definitions: SegmentDefinition[]) {
	const read = readSharedText(
		serializeBundle(buildBundle(definitions, model, new Date('2026-12-02T10:00:00Z')))
	);
	if (!read.ok) throw new Error(read.problems.map((p) => p.message).join(' '));
	return read.file;
}

async function importInto(
	db: SegmentsDatabase,
	definitions: SegmentDefinition[],
	resolutions: Map<number, Resolution> = new Map()
) {
	const file = fileOf(definitions);
	const mapping = suggestMapping(fileNeeds(file), model, rememberedFrom([]), emptyMapping());
	const preview = previewImport(file, model, await db.segments.toArray(), mapping);
	const outcomes = await applyImport(db, preview, resolutions, mapping, model);
	return { preview, outcomes };
}

const usesOf = async (db: SegmentsDatabase, name: string) => {
	const r = await db.segments.where('name').equals(name).first();
	if (!r) throw new Error(`no segment ${name}`);
	return directDependencies(r.definition);
};

describe('exporting segments that use others', () => {
	it('carries what they use, through others, each once, and says so', () => {
		const base = named(using('base', 'Base', []));
		const mid = named(using('mid', 'Middle', ['base']));
		const top = named(using('top', 'Top', ['mid', 'base']));
		const lone = named(using('lone', 'Lone', []));
		const all = [base, mid, top, lone];
		const { segments, added } = withDependencies([top], all);
		expect(segments.map((s) => s.name)).toEqual(['top', 'mid', 'base']);
		expect(addedDependenciesText(added)).toBe(
			'Also includes Middle, which Top uses; Base, which Top and Middle use.'
		);
		const none = withDependencies([lone], all);
		expect(none.segments.map((s) => s.name)).toEqual(['lone']);
		expect(addedDependenciesText(none.added)).toBeNull();
	});
});

describe('importing segments that use others', () => {
	it('names a referred segment that is neither in the file nor here', async () => {
		const db = freshDb();
		await createSegment(db, using('here', 'Here', []), 'active');
		const file = fileOf([using('a', 'A', ['here', 'elsewhere']), using('b', 'B', ['a'])]);
		const mapping = suggestMapping(fileNeeds(file), model, rememberedFrom([]), emptyMapping());
		const preview = previewImport(file, model, await db.segments.toArray(), mapping);
		expect(preview.missingSegments).toEqual([{ name: 'elsewhere', usedBy: ['A'] }]);
	});

	it('a segment imported under a new name (its name is taken) is referred to by that name', async () => {
		const db = freshDb();
		await createSegment(db, using('base', 'Our base', []), 'active');
		const { preview, outcomes } = await importInto(db, [
			using('base', 'Their base', []),
			using('top', 'Top', ['base'])
		]);
		// their base arrives as base_imported (the default: keep both), and top follows it
		expect(preview.segments[0]?.conflict?.kind).toBe('existing');
		expect(outcomes.map((o) => o.name)).toEqual(['base_imported', 'top']);
		expect(await usesOf(db, 'top')).toEqual(['base_imported']);
		expect(await usesOf(db, 'base')).toEqual([]);
	});

	it("a skipped segment leaves the references to the workspace's own of that name", async () => {
		const db = freshDb();
		await createSegment(db, using('base', 'Our base', []), 'active');
		await importInto(
			db,
			[using('base', 'Their base', []), using('top', 'Top', ['base'])],
			new Map([[0, { action: 'skip' }]])
		);
		expect(await usesOf(db, 'top')).toEqual(['base']);
		expect(await db.segments.where('name').equals('base_imported').count()).toBe(0);
	});

	it('renames apply all at once: a swap does not chain', async () => {
		const db = freshDb();
		await createSegment(db, using('x', 'Our X', []), 'active');
		// the file's x arrives as y2, its y as x2: z uses both
		await importInto(
			db,
			[using('x', 'X', []), using('y', 'Y', []), using('z', 'Z', ['x', 'y'])],
			new Map<number, Resolution>([
				[0, { action: 'import', name: 'y2' }],
				[1, { action: 'import', name: 'x2' }]
			])
		);
		expect(await usesOf(db, 'z')).toEqual(['y2', 'x2']);
	});

	it('a labelled segment carries the segments its labels use; an import under a new name follows', async () => {
		const labelled = (d: SegmentDefinition): SegmentDefinition => ({
			...d,
			labels: {
				column: 'assigned_segment',
				rules: [
					{ id: 'r0', label: 'Base', segment: 'base', source: 'lastRun' },
					{ id: 'r1', label: 'Other', segment: 'other', source: 'live' }
				],
				otherwise: ''
			}
		});
		const base = named(using('base', 'Base', []));
		const other = named(using('other', 'Other', []));
		const top = named(labelled(using('top', 'Top', [])));
		const { segments, added } = withDependencies([top], [base, other, top]);
		expect(segments.map((s) => s.name)).toEqual(['top', 'base', 'other']);
		expect(addedDependenciesText(added)).toBe(
			'Also includes Base, which Top uses; Other, which Top uses.'
		);
		const db = freshDb();
		await createSegment(db, using('base', 'Our base', []), 'active');
		const { outcomes } = await importInto(db, [
			using('base', 'Their base', []),
			using('other', 'Other', []),
			labelled(using('top', 'Top', []))
		]);
		expect(outcomes.map((o) => o.name)).toEqual(['base_imported', 'other', 'top']);
		const stored = await db.segments.where('name').equals('top').first();
		expect(stored?.definition.labels?.rules.map((r) => r.segment)).toEqual([
			'base_imported',
			'other'
		]);
		expect(stored?.definition.version).toBe(6);
	});
});
