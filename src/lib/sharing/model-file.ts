// The model file for the command line (docs/cli.md): the data model — each entity with its typed
// attributes and the name of the file it was imported from, the relationships, the Customer
// Profile — and the segment definitions, never data. The Sharing page's "Export for the command
// line" writes it; `segments run` reads it (as the definitions, or with --model). Checked like a
// backup: each record's shape, then what must hold across records, refused on its first problem.
import { z } from 'zod';
import type { DataModel } from '../segments/data-model';
import type { SegmentDefinition } from '../segments/definition';
import { problem, type Problem } from '../segments/problems';
import { APP_VERSION, sortKeys } from './bundle';
import { workspaceProblem } from './backup-checks';
import { issueSentence } from './backup-issues';
import { entitySchema, profileValueSchema, relationshipSchema } from './backup-records';
import { isRecord } from './json-text';
import { isTimeZone } from '../segments/time-zone';

export const MODEL_FORMAT = 'segments.model';
export const MODEL_VERSION = 1;

export interface ModelFile {
	format: typeof MODEL_FORMAT;
	version: number;
	app: { name: string; version: string };
	exportedAt: string;
	model: DataModel;
	segments: SegmentDefinition[];
	/** The workspace's time zone when one was chosen (absent: the machine's, as in the app). */
	timeZone?: string;
}

const modelFileSchema = z.looseObject({
	format: z.literal(MODEL_FORMAT),
	version: z.number().int().min(1).max(MODEL_VERSION),
	model: z.strictObject({
		entities: z.array(entitySchema.omit({ id: true })).max(1000),
		relationships: z.array(relationshipSchema.omit({ id: true })).max(5000),
		profile: profileValueSchema
	}),
	// each checked by parseDefinition afterwards, with its own wording
	segments: z.array(z.unknown()).max(10_000).optional(),
	timeZone: z
		.string()
		.refine(isTimeZone, {
			message: 'is not a time zone (an IANA name such as Europe/Paris)'
		})
		.optional()
});

export function buildModelFile(
	model: DataModel,
	definitions: SegmentDefinition[],
	at: Date,
	timeZone: string | null = null
): ModelFile {
	return {
		...(timeZone ? { timeZone } : {}),
		format: MODEL_FORMAT,
		version: MODEL_VERSION,
		app: { name: 'Segments', version: APP_VERSION },
		exportedAt: at.toISOString(),
		model: {
			entities: [...model.entities].sort((a, b) => a.name.localeCompare(b.name)),
			relationships: [...model.relationships].sort((a, b) => a.name.localeCompare(b.name)),
			profile: model.profile
		},
		segments: [...definitions].sort((a, b) => a.name.localeCompare(b.name))
	};
}

/** Pretty, sorted keys (arrays keep their order), like the other files the app writes. */
export function serializeModelFile(file: ModelFile): string {
	return JSON.stringify(sortKeys(file), null, 2) + '\n';
}

export type ModelFileResult =
	| { ok: true; model: DataModel; segments: unknown[]; timeZone: string | null }
	| { ok: false; problems: Problem[] };

export function readModelFile(value: unknown): ModelFileResult {
	const fail = (code: string, message: string): ModelFileResult => ({
		ok: false,
		problems: [problem([], code, message)]
	});
	if (!isRecord(value) || value.format !== MODEL_FORMAT)
		return fail('notOurFormat', 'This file is not a Segments model file.');
	const version = value.version;
	if (typeof version === 'number' && Number.isInteger(version) && version > MODEL_VERSION)
		return fail(
			'newerVersion',
			`This model file uses format version ${version}, which is newer than this version of Segments can read (version ${MODEL_VERSION}); update Segments to use it.`
		);
	const parsed = modelFileSchema.safeParse(value);
	if (!parsed.success) return { ok: false, problems: [issueSentence(parsed.error.issues[0]!, [])] };
	const { model } = parsed.data;
	// the same cross-record checks as a backup: unique names, references that resolve
	const p = workspaceProblem(
		{
			entities: model.entities.map((e) => ({ ...e, id: e.name })),
			relationships: model.relationships.map((r) => ({ ...r, id: r.name })),
			settings: [{ key: 'profile', value: model.profile }],
			segments: [],
			runs: [],
			runChanges: [],
			importMappings: []
		},
		null
	);
	if (p) return { ok: false, problems: [{ ...p, message: asModelFile(p.message) }] };
	return {
		ok: true,
		model: model as DataModel,
		segments: parsed.data.segments ?? [],
		timeZone: parsed.data.timeZone ?? null
	};
}

/** The backup checks' sentence, told about the model file: where the record is, what holds it. */
function asModelFile(message: string): string {
	return message
		.replace(/^(entities|relationships)/, 'model.$1')
		.replace(/^settings\[0\]\.value/, 'model.profile')
		.replace('this backup', 'this model file');
}
