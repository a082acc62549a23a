// Reading what the command line is given: segment definitions (a shared bundle, a single
// definition, a workspace backup or a model file) and the data model (from a backup or a model
// file). Every file goes through the app's own readers, so a problem reads as the same sentence the
// app shows, prefixed with the file it is in.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { SegmentRecord } from '../lib/db/records';
import type { CustomerProfile, DataModel } from '../lib/segments/data-model';
import type { SegmentDefinition } from '../lib/segments/definition';
import { parseDefinition } from '../lib/segments/parse';
import { isZip, readBackupBytes } from '../lib/sharing/backup-archive';
import {
	BACKUP_FORMAT,
	MAX_BACKUP_JSON_BYTES,
	type BackupDocument
} from '../lib/sharing/backup-format';
import { decodeText, isRecord, parseJsonText } from '../lib/sharing/json-text';
import { MODEL_FORMAT, readModelFile } from '../lib/sharing/model-file';
import { isTimeZone } from '../lib/segments/time-zone';
import { TIME_ZONE_KEY } from '../lib/db/time-zone-store';
import { readSharedValue } from '../lib/sharing/read';
import { BadInput } from './errors';

export interface InputSegment {
	definition: SegmentDefinition;
	/** The stored segment, when the definitions came from a backup. */
	record?: SegmentRecord;
}

export interface Inputs {
	file: string;
	segments: InputSegment[];
	/** null: the file holds definitions only; the model must come from --model. */
	model: DataModel | null;
	/** The whole backup, when the file is one (for refresh). */
	backup: BackupDocument | null;
	/** The workspace's time zone the file carries (a backup's setting, a model file's field). */
	timeZone: string | null;
}

/** The profile's sentence in the app (segments/validate.ts), for a model without one. */
export const NO_PROFILE =
	'Choose the Customer Profile in the data model first: its keys are what a segment lists.';

function readBytes(path: string): Uint8Array {
	if (!existsSync(path)) throw new BadInput(`${path}: there is no such file.`);
	if (statSync(path).isDirectory())
		throw new BadInput(`${path} is a folder; give the definitions file inside it.`);
	return readFileSync(path);
}

function parseJson(path: string, bytes: Uint8Array): unknown {
	const text = decodeText(bytes);
	if (!text.ok) throw new BadInput(`${path}: ${text.problems[0]!.message}`);
	const parsed = parseJsonText(text.text, 200, 'a Segments file');
	if (!parsed.ok) throw new BadInput(`${path}: ${parsed.problems[0]!.message}`);
	return parsed.value;
}

export function modelFromBackup(document: BackupDocument): DataModel {
	const { entities, relationships, settings } = document.tables;
	const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
	const profile = settings.find((s) => s.key === 'profile')?.value as CustomerProfile | null;
	return {
		entities: entities.map(strip).sort((a, b) => a.name.localeCompare(b.name)),
		relationships: relationships.map(strip).sort((a, b) => a.name.localeCompare(b.name)),
		profile: profile ?? null
	};
}

/** The zone a backup's workspace chose, if it chose one this machine knows. */
export function backupTimeZone(document: BackupDocument): string | null {
	const value = document.tables.settings.find((s) => s.key === TIME_ZONE_KEY)?.value;
	return typeof value === 'string' && isTimeZone(value) ? value : null;
}

function fromBackup(path: string, bytes: Uint8Array): Inputs {
	if (bytes.length > MAX_BACKUP_JSON_BYTES && !isZip(bytes))
		throw new BadInput(`${path}: this backup is larger than Segments reads (200 MB).`);
	const r = readBackupBytes(bytes);
	if (!r.ok) throw new BadInput(`${path}: ${r.problems[0]!.message}`);
	return {
		file: path,
		segments: r.document.tables.segments.map((record) => ({
			definition: record.definition,
			record
		})),
		model: modelFromBackup(r.document),
		backup: r.document,
		timeZone: backupTimeZone(r.document)
	};
}

function segmentsOf(path: string, raw: unknown[]): InputSegment[] {
	return raw.map((value, i) => {
		const r = parseDefinition(value);
		if (r.ok) return { definition: r.definition };
		const name = isRecord(value) && typeof value.name === 'string' ? value.name : `#${i + 1}`;
		throw new BadInput(`${path}: segment “${name}”: ${r.problems[0]!.message}`);
	});
}

/** The definitions (and the model, when the file has one) in a file given on the command line. */
export function readInputs(path: string): Inputs {
	const bytes = readBytes(path);
	if (isZip(bytes)) return fromBackup(path, bytes);
	const value = parseJson(path, bytes);
	const format = isRecord(value) ? value.format : undefined;
	if (format === BACKUP_FORMAT) return fromBackup(path, bytes);
	if (format === MODEL_FORMAT) {
		const r = readModelFile(value);
		if (!r.ok) throw new BadInput(`${path}: ${r.problems[0]!.message}`);
		return {
			file: path,
			segments: segmentsOf(path, r.segments),
			model: r.model,
			backup: null,
			timeZone: r.timeZone
		};
	}
	const shared = readSharedValue(value);
	if (!shared.ok) throw new BadInput(`${path}: ${shared.problems[0]!.message}`);
	const segments = shared.file.segments.map((s) => {
		if (s.ok) return { definition: s.definition };
		const name = s.name ?? `#${s.index + 1}`;
		throw new BadInput(`${path}: segment “${name}”: ${s.problems[0]!.message}`);
	});
	return { file: path, segments, model: null, backup: null, timeZone: null };
}

/** The data model from --model (a model file or a backup), else from the definitions file. */
export function resolveModel(inputs: Inputs, modelPath: string | undefined): DataModel {
	return resolveModelAndZone(inputs, modelPath).model;
}

/**
 * The data model as resolveModel finds it, and the time zone of the file it came from (--model's,
 * else the definitions file's), each file read once.
 */
export function resolveModelAndZone(
	inputs: Inputs,
	modelPath: string | undefined
): { model: DataModel; timeZone: string | null } {
	let model = inputs.model;
	let where = inputs.file;
	let timeZone = inputs.timeZone;
	if (modelPath) {
		const other = readInputs(modelPath);
		const m = other.model;
		timeZone = other.timeZone ?? timeZone;
		if (!m)
			throw new BadInput(
				`${modelPath}: this file holds segment definitions, not a data model; give a model file exported with “Export for the command line”, or a workspace backup.`
			);
		model = m;
		where = modelPath;
	}
	if (!model)
		throw new BadInput(
			`${inputs.file} holds segment definitions only; give the data model with --model model.json (Sharing → “Export for the command line”) or a workspace backup.`
		);
	if (!model.profile) throw new BadInput(`${where}: ${NO_PROFILE}`);
	return { model, timeZone };
}

export const fileLabel = (path: string) => basename(path);
