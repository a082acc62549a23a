// Reading a shared definitions file: a segments.bundle (definitions plus a manifest) or a single
// bare segments.definition. Everything is checked before anything else looks at it: size, text,
// nesting, format and version (older bundles are migrated, newer ones refused), the envelope and
// manifest (unknown fields there are reported and ignored), then each definition on its own, so
// one broken segment does not keep the others out. Never throws, never touches storage.
import { z } from 'zod';
import { DEFINITION_FORMAT, type SegmentDefinition } from '../segments/definition';
import { MAX_DEFINITION_DEPTH, migrateSteps, parseDefinition } from '../segments/parse';
import { prefixProblems, problem, type Problem } from '../segments/problems';
import { referencesOf } from '../segments/references';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Manifest } from './bundle';
import { BACKUP_FORMAT } from './backup-format';
import { parseReportingUnknown } from './issues';
import { decodeText, isRecord, parseJsonText, tooLarge } from './json-text';

/** Larger than any real set of definitions (a 500-segment workspace is about 1 MB). */
export const MAX_SHARED_FILE_BYTES = 5 * 1024 * 1024;
/** The bundle wraps a definition in three levels (root, segments, the list item). */
export const MAX_SHARED_FILE_DEPTH = MAX_DEFINITION_DEPTH + 3;
export const MAX_SEGMENTS = 500;
/** A file needing more entities than this is refused: no one maps 200 names by hand. */
export const MAX_ENTITIES = 100;
export const MAX_RELATIONSHIPS = 300;

type Json = Record<string, unknown>;
export type BundleMigration = (document: Json) => Json;

/**
 * Keyed by the bundle version a migration upgrades FROM, like the definition migrations in
 * segments/parse.ts. Empty while only version 1 exists; version 2 adds
 * `1: (doc) => ({ ...doc, version: 2, … })` and every older file keeps opening.
 */
export const bundleMigrations: Readonly<Record<number, BundleMigration>> = {};

/** Applies bundle migrations one version at a time, from `from` up to `to`. */
export function migrateBundle(
	document: Json,
	from: number,
	table: Readonly<Record<number, BundleMigration>> = bundleMigrations,
	to: number = BUNDLE_VERSION
): { ok: true; document: Json } | { ok: false; problem: Problem } {
	return migrateSteps(document, from, table, to, 'This file uses bundle format');
}

export type ReadSegment =
	| { index: number; ok: true; definition: SegmentDefinition; migratedFrom?: number }
	/** `name` is whatever the file calls it, for the preview; null when it has none. */
	| { index: number; ok: false; name: string | null; problems: Problem[] };

export interface SharedFile {
	kind: 'bundle' | 'definition';
	/** The format version the file was written in (before migration). */
	version: number;
	migratedFrom?: number;
	app: { name: string; version: string } | null;
	exportedAt: string | null;
	manifest: Manifest | null;
	segments: ReadSegment[];
	/** Not fatal: unknown fields that were ignored. */
	warnings: Problem[];
}

export type ReadResult = { ok: true; file: SharedFile } | { ok: false; problems: Problem[] };

const fail = (code: string, message: string, path: (string | number)[] = []): ReadResult => ({
	ok: false,
	problems: [problem(path, code, message)]
});

const entityName = z.string().max(64);
const attributeName = z.string().max(256);
const attributeRef = z.strictObject({ entity: entityName, attribute: attributeName });
const manifestSchema = z.strictObject({
	profile: z.strictObject({ entity: entityName, key: attributeName }).nullable(),
	entities: z
		.array(
			z.strictObject({
				name: entityName,
				attributes: z
					.array(
						z.strictObject({
							name: attributeName,
							type: z.enum(['number', 'string', 'date', 'timestamp', 'boolean', 'unknown'])
						})
					)
					.max(2000)
			})
		)
		.max(MAX_ENTITIES),
	relationships: z
		.array(
			z.strictObject({
				name: z.string().max(128),
				from: attributeRef,
				to: attributeRef,
				cardinality: z.enum(['many-to-one', 'one-to-one'])
			})
		)
		.max(MAX_RELATIONSHIPS)
});
const envelopeSchema = z.strictObject({
	format: z.literal(BUNDLE_FORMAT),
	version: z.literal(BUNDLE_VERSION),
	// informational: a hand-written bundle may leave them out
	app: z.strictObject({ name: z.string().max(100), version: z.string().max(50) }).optional(),
	exportedAt: z.string().max(64).optional(),
	manifest: manifestSchema.optional(),
	segments: z.array(z.unknown()).max(MAX_SEGMENTS)
});

/** Read a picked or dropped file; its size is checked before a byte is read. */
export async function readSharedFile(file: Blob): Promise<ReadResult> {
	if (file.size > MAX_SHARED_FILE_BYTES)
		return {
			ok: false,
			problems: [tooLarge(file.size, MAX_SHARED_FILE_BYTES, 'a definitions file')]
		};
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return fail('unreadable', 'This file could not be read; it may have been moved or deleted.');
	}
	return readSharedBytes(bytes);
}

export function readSharedBytes(bytes: Uint8Array): ReadResult {
	if (bytes.length > MAX_SHARED_FILE_BYTES)
		return {
			ok: false,
			problems: [tooLarge(bytes.length, MAX_SHARED_FILE_BYTES, 'a definitions file')]
		};
	if (bytes[0] === 0x50 && bytes[1] === 0x4b)
		return fail(
			'zipFile',
			'This is a zip archive, not a definitions file. A workspace backup is restored under “Back up and restore”.'
		);
	const decoded = decodeText(bytes);
	if (!decoded.ok) return decoded;
	return readSharedText(decoded.text);
}

export function readSharedText(text: string): ReadResult {
	if (text.length > MAX_SHARED_FILE_BYTES)
		return {
			ok: false,
			problems: [tooLarge(text.length, MAX_SHARED_FILE_BYTES, 'a definitions file')]
		};
	const parsed = parseJsonText(text, MAX_SHARED_FILE_DEPTH, 'a segment definitions file');
	if (!parsed.ok) return parsed;
	return readSharedValue(parsed.value);
}

export function readSharedValue(value: unknown): ReadResult {
	if (!isRecord(value))
		return fail(
			'notOurFormat',
			`This file holds ${Array.isArray(value) ? 'a JSON list' : 'a single JSON value'}, not segment definitions.`
		);
	const format = value.format;
	if (format === DEFINITION_FORMAT) return readBareDefinition(value);
	if (format === BACKUP_FORMAT)
		return fail(
			'isBackup',
			'This is a workspace backup, not a definitions file; restore it under “Back up and restore”.',
			['format']
		);
	if (format !== BUNDLE_FORMAT)
		return typeof format === 'string'
			? fail(
					'notOurFormat',
					`This file’s format is “${format.slice(0, 80)}”; Segments reads “${BUNDLE_FORMAT}” and “${DEFINITION_FORMAT}” files.`,
					['format']
				)
			: fail(
					'notOurFormat',
					'This JSON file is not a Segments file: it has no “format” field naming segment definitions.',
					['format']
				);
	return readBundle(value);
}

function readBareDefinition(value: Json): ReadResult {
	const r = parseDefinition(value);
	if (!r.ok) return { ok: false, problems: r.problems };
	const version = value.version as number;
	return (
		tooManyEntities([r.definition], null) ?? {
			ok: true,
			file: {
				kind: 'definition',
				version,
				...(r.migratedFrom !== undefined ? { migratedFrom: r.migratedFrom } : {}),
				app: null,
				exportedAt: null,
				manifest: null,
				segments: [
					{
						index: 0,
						ok: true,
						definition: r.definition,
						...(r.migratedFrom !== undefined ? { migratedFrom: r.migratedFrom } : {})
					}
				],
				warnings: []
			}
		}
	);
}

function readBundle(value: Json): ReadResult {
	const version = value.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return fail('badVersion', 'This file has no valid bundle format version.', ['version']);
	if (version > BUNDLE_VERSION)
		return fail(
			'newerVersion',
			`This file uses bundle format version ${version}, which is newer than this app can read (version ${BUNDLE_VERSION}); update Segments to open it.`,
			['version']
		);
	const migrated = migrateBundle(value, version);
	if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
	const doc = migrated.document;
	if (Array.isArray(doc.segments) && doc.segments.length > MAX_SEGMENTS)
		return fail(
			'tooManySegments',
			`This file holds ${doc.segments.length} segments; Segments reads at most ${MAX_SEGMENTS} from one file.`,
			['segments']
		);
	if (isRecord(doc.manifest) && Array.isArray(doc.manifest.entities))
		if (doc.manifest.entities.length > MAX_ENTITIES)
			return fail(
				'tooManyEntities',
				`This file refers to ${doc.manifest.entities.length} entities; Segments reads files that need at most ${MAX_ENTITIES}.`,
				['manifest', 'entities']
			);
	const envelope = parseReportingUnknown(envelopeSchema, doc, []);
	if (!envelope.ok) return envelope;
	const { data } = envelope;
	const segments: ReadSegment[] = data.segments.map((raw, index) => {
		const r = parseDefinition(raw);
		if (r.ok)
			return {
				index,
				ok: true,
				definition: r.definition,
				...(r.migratedFrom !== undefined ? { migratedFrom: r.migratedFrom } : {})
			};
		const name = isRecord(raw) && typeof raw.name === 'string' ? raw.name.slice(0, 64) : null;
		return { index, ok: false, name, problems: prefixProblems(['segments', index], r.problems) };
	});
	const manifest = (data.manifest ?? null) as Manifest | null;
	const readable = segments.flatMap((s) => (s.ok ? [s.definition] : []));
	return (
		tooManyEntities(readable, manifest) ?? {
			ok: true,
			file: {
				kind: 'bundle',
				version,
				...(version < BUNDLE_VERSION ? { migratedFrom: version } : {}),
				app: data.app ?? null,
				exportedAt: data.exportedAt ?? null,
				manifest,
				segments,
				warnings: envelope.unknown
			}
		}
	);
}

/** Definitions can name entities the manifest does not list: count what they really use. */
function tooManyEntities(
	definitions: SegmentDefinition[],
	manifest: Manifest | null
): ReadResult | null {
	const names = new Set<string>(manifest?.entities.map((e) => e.name) ?? []);
	for (const d of definitions) for (const e of referencesOf(d).entities) names.add(e);
	if (names.size <= MAX_ENTITIES) return null;
	return fail(
		'tooManyEntities',
		`This file refers to ${names.size} entities; Segments reads files that need at most ${MAX_ENTITIES}.`
	);
}
