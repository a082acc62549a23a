// Bad and hostile files at the importer: each is refused with a sentence (and where in the file),
// or read safely; a seeded fuzz run throws hundreds of malformed files at the read, preview and
// backup-read functions: none throws, and none changes the workspace (preview only).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { demoModel } from '../helpers/demo-model';
import { createSegment } from '../../src/lib/db/segments-store';
import { buildBundle, serializeBundle } from '../../src/lib/sharing/bundle';
import {
	MAX_ENTITIES,
	MAX_SHARED_FILE_BYTES,
	MAX_SHARED_FILE_DEPTH,
	migrateBundle,
	readSharedBytes,
	readSharedFile,
	readSharedText,
	readSharedValue
} from '../../src/lib/sharing/read';
import { fileNeeds, suggestMapping } from '../../src/lib/sharing/needs';
import { emptyMapping } from '../../src/lib/sharing/mapping';
import {
	applyImport,
	defaultResolution,
	previewImport,
	resolutionProblems,
	suggestName
} from '../../src/lib/sharing/plan';
import {
	captureWorkspace,
	buildBackupDocument,
	serializeBackup
} from '../../src/lib/sharing/backup';
import { readBackupBytes } from '../../src/lib/sharing/backup-archive';
import { problemText } from '../../src/lib/sharing/json-text';
import { compileSegment } from '../../src/lib/segments/compile';
import { CLOCK, demoDefinitions, freshDb } from './sharing-world';

const model = demoModel();
const bundleText = () => serializeBundle(buildBundle(demoDefinitions(), model, new Date(0)));
const bundle = () =>
	JSON.parse(bundleText()) as Record<string, unknown> & { segments: Record<string, unknown>[] };
const refused = (text: string) => {
	const r = readSharedText(text);
	if (r.ok) throw new Error('expected a refusal');
	return r.problems;
};

describe('bad files are refused with a sentence', () => {
	it('not JSON: says so, with line and column', () => {
		const [p] = refused('{\n  "format": "segments.bundle",\n  oops\n}');
		expect(p?.code).toBe('notJson');
		expect(p?.message).toMatch(/^This file is not valid JSON \(line 3, column 3\): /);
		expect(refused('')[0]?.message).toBe('This file is empty.');
		// not JSON at all: what it begins with, the same in every browser
		expect(refused('Hello, this is a note about our segments.\nSecond line')[0]?.message).toBe(
			'This file is not JSON, which a segment definitions file is: it begins “Hello, this is a note about our segments…”.'
		);
		expect(refused('\uFEFF  id;name\n1;Ann')[0]?.message).toBe(
			'This file is not JSON, which a segment definitions file is: it begins “id;name 1;Ann”.'
		);
		expect(readSharedBytes(new Uint8Array([0xff, 0xfe, 0x00, 0x80])).ok).toBe(false);
	});

	it('JSON that is not our format', () => {
		expect(refused('[1, 2]')[0]?.message).toBe(
			'This file holds a JSON list, not segment definitions.'
		);
		expect(refused('"hi"')[0]?.message).toBe(
			'This file holds a single JSON value, not segment definitions.'
		);
		expect(refused('{"name": "x"}')[0]?.message).toMatch(/no “format” field/);
		expect(refused('{"format": "dbt.manifest"}')[0]?.message).toMatch(
			/format is “dbt.manifest”; Segments reads “segments.bundle” and “segments.definition”/
		);
		expect(refused('{"format": "segments.backup", "version": 1}')[0]?.code).toBe('isBackup');
	});

	it('a huge file is refused before it is read', async () => {
		const big = new Blob([new Uint8Array(MAX_SHARED_FILE_BYTES + 1)]);
		const r = await readSharedFile(big);
		expect(r.ok).toBe(false);
		if (!r.ok)
			expect(r.problems[0]?.message).toMatch(
				/^This file is 5 MB; a definitions file can be at most 5 MB\.$/
			);
	});

	it('deep nesting is refused without recursion', () => {
		const deep = '['.repeat(200_000) + ']'.repeat(200_000);
		expect(refused(deep)[0]?.code).toBe('tooDeep');
		const doc = bundle();
		let node: Record<string, unknown> = { kind: 'and', id: 'deep', children: [] };
		const root = node;
		// 13 and/or levels: one more than a definition may have, within the file's nesting limit
		for (let i = 0; i < 12; i++) {
			const child: Record<string, unknown> = { kind: 'or', id: `d${i}`, children: [] };
			(node.children as unknown[]).push(child);
			node = child;
		}
		(doc.segments[0]!.groups as Record<string, unknown>[])[0]!.where = root;
		const r = readSharedText(JSON.stringify(doc));
		// the file is readable; that one segment is not, with where and why
		if (!r.ok) throw new Error('expected the rest to be readable');
		const broken = r.file.segments.find((s) => !s.ok);
		expect(broken && !broken.ok && broken.problems[0]?.code).toBe('tooDeep');
		expect(broken && !broken.ok && problemText(broken.problems[0]!)).toMatch(
			/^segments\[0\]\.groups\[0\]\.where(\.children\[0\])+: The conditions are nested too deeply/
		);
		// deeper than any definition can be: the whole file is refused before parsing
		for (let i = 0; i < 8; i++) {
			const child: Record<string, unknown> = { kind: 'or', id: `e${i}`, children: [] };
			(node.children as unknown[]).push(child);
			node = child;
		}
		expect(refused(JSON.stringify(doc))[0]?.message).toContain(
			`nested more than ${MAX_SHARED_FILE_DEPTH} levels deep`
		);
	});

	it('a newer version is refused naming the version this app reads; an older one migrates', () => {
		expect(refused(JSON.stringify({ ...bundle(), version: 7 }))[0]?.message).toBe(
			'This file uses bundle format version 7, which is newer than this app can read (version 1); update Segments to open it.'
		);
		expect(refused(JSON.stringify({ ...bundle(), version: 'one' }))[0]?.code).toBe('badVersion');
		// the scaffold: a version 1 → 2 step renames a field
		const r = migrateBundle(
			{ format: 'segments.bundle', version: 1, defs: [] },
			1,
			{
				1: ({ defs, ...rest }) => ({ ...rest, version: 2, segments: defs })
			},
			2
		);
		expect(r).toEqual({
			ok: true,
			document: { format: 'segments.bundle', version: 2, segments: [] }
		});
		expect(migrateBundle({}, 1, {}, 2)).toMatchObject({
			ok: false,
			problem: { code: 'unsupportedVersion' }
		});
	});

	it('unknown fields: reported (envelope) or refused for that segment, with the path in the file', () => {
		const doc = bundle();
		doc.comment = 'hello';
		(doc.manifest as Record<string, unknown>).extra = 1;
		doc.segments[1]!.colour = 'red';
		const r = readSharedText(JSON.stringify(doc));
		if (!r.ok) throw new Error('expected readable');
		expect(r.file.warnings.map(problemText).sort()).toEqual([
			'comment: Unknown field “comment”.',
			'manifest.extra: Unknown field “extra”.'
		]);
		const bad = r.file.segments[1]!;
		expect(bad.ok).toBe(false);
		if (!bad.ok)
			expect(problemText(bad.problems[0]!)).toBe('segments[1].colour: Unknown field “colour”.');
		expect(r.file.segments.filter((s) => s.ok)).toHaveLength(4);
	});

	it('a file that refers to 200 entities is refused with a message', () => {
		const [d] = demoDefinitions();
		const children = Array.from({ length: 200 }, (_x, i) => ({
			kind: 'condition',
			id: `c${i}`,
			entity: `Entity${i}`,
			attribute: 'a',
			operator: 'isEmpty'
		}));
		const wide = {
			...d!,
			groups: [{ ...d!.groups[0]!, where: { kind: 'or', id: 'w', children } }]
		};
		const [p] = refused(JSON.stringify(wide));
		expect(p?.message).toBe(
			`This file refers to 201 entities; Segments reads files that need at most ${MAX_ENTITIES}.`
		);
		const doc = bundle();
		(doc.manifest as { entities: unknown[] }).entities = Array.from({ length: 200 }, (_x, i) => ({
			name: `E${i}`,
			attributes: []
		}));
		expect(refused(JSON.stringify(doc))[0]?.code).toBe('tooManyEntities');
	});

	it('HTML and SQL in names stay text: imported safely as a draft with reasons', async () => {
		const [d] = demoDefinitions();
		const hostile = structuredClone(d!);
		hostile.name = 'x"; DROP TABLE demo_orders; --';
		hostile.displayName = '<img src=x onerror=alert(1)>';
		const where = hostile.groups[0]!.where as { children: { attribute: string }[] };
		where.children[0]!.attribute = `total_amount" > 0 OR 1=1; DROP TABLE demo_orders; --`;
		const r = readSharedValue(hostile);
		if (!r.ok) throw new Error('a hostile name is still a definition');
		const db = freshDb();
		const preview = previewImport(
			r.file,
			model,
			[],
			suggestMapping(fileNeeds(r.file), model, new Map())
		);
		const [s] = preview.segments;
		// an invalid name must be renamed (or skipped); the suggestion is a clean identifier
		expect(s?.conflict?.kind).toBe('invalidName');
		expect(s?.suggestedName).toBe('x_DROP_TABLE_demo_orders');
		expect(s?.problems.map((p) => p.code)).toContain('unknownAttribute');
		expect(compileSegment(s!.definition, model, CLOCK).ok).toBe(false);
		const [outcome] = await applyImport(db, preview, new Map(), emptyMapping(), model);
		expect(outcome).toMatchObject({
			action: 'created',
			name: 'x_DROP_TABLE_demo_orders',
			state: 'draft'
		});
		const [stored] = await db.segments.toArray();
		expect(stored?.definition.displayName).toBe('<img src=x onerror=alert(1)>');
		await db.delete();
	});

	it('conflicts are never resolved by replacing: keep both, or an explicit choice', async () => {
		const db = freshDb();
		const [d] = demoDefinitions();
		const mine = await createSegment(db, d!, 'active');
		const r = readSharedValue(d);
		if (!r.ok) throw new Error('unreadable');
		const preview = previewImport(r.file, model, [mine], emptyMapping());
		const [s] = preview.segments;
		expect(s?.conflict).toMatchObject({ kind: 'existing', id: mine.id });
		expect(defaultResolution(s!)).toEqual({
			action: 'import',
			name: 'high_value_escalations_imported'
		});
		expect(
			suggestName('high_value_escalations', [
				'high_value_escalations',
				'High_Value_Escalations_imported'
			])
		).toBe('high_value_escalations_imported2');
		// a rename to a taken name is refused before anything is written
		const taken = new Map([[0, { action: 'import' as const, name: 'HIGH_value_escalations' }]]);
		expect(resolutionProblems(preview, taken, [mine]).get(0)).toMatch(/already used/);
		await expect(applyImport(db, preview, taken, emptyMapping(), model)).rejects.toThrow(
			/Nothing was imported/
		);
		// replace keeps the record id and its history, and bumps the revision
		const changed = { ...d!, description: 'theirs' };
		const r2 = readSharedValue(changed);
		if (!r2.ok) throw new Error('unreadable');
		const p2 = previewImport(r2.file, model, [mine], emptyMapping());
		await applyImport(
			db,
			p2,
			new Map([[0, { action: 'replace', targetId: mine.id }]]),
			emptyMapping(),
			model
		);
		const after = await db.segments.toArray();
		expect(after).toHaveLength(1);
		expect(after[0]).toMatchObject({ id: mine.id, revision: 2, state: 'inactive' });
		expect(after[0]?.definition.description).toBe('theirs');
		await db.delete();
	});
});

// ---- fuzz ------------------------------------------------------------------------------------

const HOSTILE = [
	'__proto__',
	'constructor',
	'<script>alert(1)</script>',
	`'; DROP TABLE demo_orders; --`,
	'"quoted"',
	'',
	' ',
	'\u0000',
	'x'.repeat(70_000),
	1e308,
	-0,
	Number.MAX_SAFE_INTEGER + 2,
	true,
	null,
	[],
	{},
	[[[[[[[[]]]]]]]],
	{ __proto__: { polluted: true } },
	'segments.bundle',
	'segments.definition',
	'segments.backup'
];

/** Walk `steps` into a JSON value and set, delete or add something there. */
function mutate(
	doc: unknown,
	ops: { steps: number[]; action: 'set' | 'delete' | 'add'; value: unknown }[]
): unknown {
	const root = structuredClone(doc);
	for (const op of ops) {
		let parent: unknown = null;
		let key: string | number | null = null;
		let node: unknown = root;
		for (const step of op.steps) {
			if (node === null || typeof node !== 'object') break;
			const keys = Array.isArray(node) ? node.map((_x, i) => i) : Object.keys(node);
			if (keys.length === 0) break;
			parent = node;
			key = keys[step % keys.length]!;
			node = (node as Record<string | number, unknown>)[key];
		}
		if (parent === null || key === null) continue;
		const target = parent as Record<string | number, unknown>;
		// copies: one generated value used twice must not make the document cyclic
		if (op.action === 'set') target[key] = structuredClone(op.value);
		else if (op.action === 'delete') {
			if (Array.isArray(target)) target.splice(key as number, 1);
			else delete target[key];
		} else if (node && typeof node === 'object' && !Array.isArray(node))
			(node as Record<string, unknown>)[String(op.value).slice(0, 20) || 'extra'] = structuredClone(
				op.value
			);
	}
	return root;
}

const value = fc.oneof(fc.constantFrom(...HOSTILE), fc.jsonValue({ maxDepth: 3 }));
const ops = fc.array(
	fc.record({
		steps: fc.array(fc.nat(50), { maxLength: 12 }),
		action: fc.constantFrom('set' as const, 'delete' as const, 'add' as const),
		value
	}),
	{ minLength: 1, maxLength: 6 }
);

describe('fuzz: malformed and hostile files', () => {
	it('never throw from read, preview or backup read, and never change the workspace', async () => {
		const db = freshDb();
		for (const d of demoDefinitions()) await createSegment(db, d, 'inactive');
		await db.importMappings.put({ from: 'entity:Purchases', to: 'Orders', updatedAt: 'x' });
		const before = await captureWorkspace(db);
		const existing = await db.segments.toArray();
		const remembered = new Map([['entity:Purchases', 'Orders']]);
		const validBundle = bundle();
		const validBackup = JSON.parse(
			serializeBackup(buildBackupDocument(before, new Date(0), null))
		) as unknown;
		let readable = 0;

		const previewOf = (text: string) => {
			const r = readSharedText(text);
			if (!r.ok) {
				expect(r.problems.length).toBeGreaterThan(0);
				for (const p of r.problems) expect(typeof p.message).toBe('string');
				return;
			}
			readable++;
			const needs = fileNeeds(r.file);
			const mapping = suggestMapping(needs, model, remembered);
			const preview = previewImport(r.file, model, existing, mapping);
			resolutionProblems(
				preview,
				new Map(preview.segments.map((s) => [s.index, defaultResolution(s)])),
				existing
			);
			for (const s of preview.segments) compileSegment(s.definition, model, CLOCK);
		};

		fc.assert(
			fc.property(ops, (o) => {
				previewOf(JSON.stringify(mutate(validBundle, o)));
				previewOf(JSON.stringify(mutate(validBundle.segments[0], o)));
				const backup = readBackupBytes(
					new TextEncoder().encode(JSON.stringify(mutate(validBackup, o)))
				);
				if (!backup.ok) expect(backup.problems.length).toBeGreaterThan(0);
			}),
			{ seed: 20250615, numRuns: 400 }
		);
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 6 })), (text) => {
				previewOf(text);
			}),
			{ seed: 42, numRuns: 300 }
		);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const r = readSharedBytes(bytes);
				if (r.ok) readable++;
				// a zip signature followed by junk, too
				readBackupBytes(new Uint8Array([0x50, 0x4b, 3, 4, ...bytes]));
				readBackupBytes(bytes);
			}),
			{ seed: 7, numRuns: 300 }
		);
		expect(readable).toBeGreaterThan(50); // the mutations also produce files that get to preview
		expect(await captureWorkspace(db)).toEqual(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		await db.delete();
	});
});
