// From a read file to segments in this workspace: the preview (each segment as it reads on our
// data after mapping, its problems, the state it will arrive in, any name conflict), the user's
// choice per segment (import under a name, replace an existing one, skip), and applying those
// choices in one transaction. Nothing is written before applyImport, and applyImport writes all or
// nothing.
import { segmentLabel } from '../segments/label';
import type { SegmentRecord, SegmentState } from '../db/records';
import type { SegmentsDatabase } from '../db/schema';
import { createSegment, saveSegment, stateAfterSave } from '../db/segments-store';
import { IDENTIFIER_MAX, identifierProblem, type DataModel } from '../segments/data-model';
import type { SegmentDefinition } from '../segments/definition';
import type { Problem } from '../segments/problems';
import { referencesOf } from '../segments/references';
import { summarizeSegment } from '../segments/summary';
import { validateSegment } from '../segments/validate';
import { applyMapping, mappingRecords, type NameMapping } from './mapping';
import { checkNeeds, fileNeeds, type NeedsCheck } from './needs';
import type { SharedFile } from './read';
import { lookupOf } from '../segments/dependencies';
import {
	missingSegments,
	renameSegmentReferences,
	type MissingSegment
} from './segment-references';

export type Conflict =
	| { kind: 'existing'; id: string; name: string; displayName: string }
	| { kind: 'duplicateInFile'; firstIndex: number }
	| { kind: 'invalidName'; message: string };

export interface SegmentPreview {
	index: number;
	/** The name in the file. */
	name: string;
	displayName: string;
	type: SegmentDefinition['type'];
	/** As it reads on our data, with the mapping applied. */
	definition: SegmentDefinition;
	/** What it uses, by the file's names (keys into NeedsCheck). */
	uses: { entities: string[]; attributes: string[]; relationships: string[] };
	/** Why it cannot run here yet (name problems are conflicts instead). */
	problems: Problem[];
	arrivesAs: SegmentState;
	conflict: Conflict | null;
	suggestedName: string;
}

export interface ImportPreview {
	checks: NeedsCheck;
	segments: SegmentPreview[];
	unreadable: { index: number; name: string | null; problems: Problem[] }[];
	/** Segments the file's definitions refer to that are neither in the file nor here. */
	missingSegments: MissingSegment[];
}

type Existing = Pick<SegmentRecord, 'id' | 'name' | 'definition'>;

/** The state an imported segment starts in: never active until someone activates it here. */
export function arrivalState(definition: SegmentDefinition, problemCount: number): SegmentState {
	return problemCount > 0 ? stateAfterSave(definition, problemCount) : 'inactive';
}

/** `name_imported`, `name_imported2`, … made a valid identifier, unique ignoring case. */
export function suggestName(name: string, taken: Iterable<string>): string {
	let base = name.replace(/[^A-Za-z0-9_]+/g, '_').replace(/^_+/, '');
	if (!/^[A-Za-z]/.test(base)) base = `segment_${base}`;
	base = base.slice(0, IDENTIFIER_MAX - 10).replace(/_+$/, '') || 'segment';
	const lower = new Set([...taken].map((t) => t.toLowerCase()));
	if (!identifierProblem(base) && !lower.has(base.toLowerCase())) return base;
	let candidate = `${base}_imported`;
	for (let n = 2; lower.has(candidate.toLowerCase()); n++) candidate = `${base}_imported${n}`;
	return candidate;
}

export function previewImport(
	file: SharedFile,
	model: DataModel,
	existing: Existing[],
	mapping: NameMapping
): ImportPreview {
	const checks = checkNeeds(fileNeeds(file), model, mapping);
	const taken = existing.map((s) => s.name);
	const firstByName = new Map<string, number>();
	const suggestedSoFar: string[] = [];
	const segments: SegmentPreview[] = [];
	const fileDefinitions = file.segments.flatMap((x) => (x.ok ? [x.definition] : []));
	// a reference finds the file's segment of that name first, then ours
	const lookup = lookupOf([
		...existing.map((e) => e.definition),
		...fileDefinitions.map((d) => applyMapping(d, mapping))
	]);
	for (const s of file.segments) {
		if (!s.ok) continue;
		const theirs = s.definition;
		const definition = applyMapping(theirs, mapping);
		const problems = validateSegment(definition, model, { segments: lookup }).filter(
			(p) => p.code !== 'invalidName'
		);
		const refs = referencesOf(theirs);
		const lower = theirs.name.toLowerCase();
		const nameProblem = identifierProblem(theirs.name);
		const clash = existing.find((e) => e.name.toLowerCase() === lower);
		let conflict: Conflict | null = null;
		if (nameProblem) conflict = { kind: 'invalidName', message: nameProblem };
		else if (clash)
			conflict = {
				kind: 'existing',
				id: clash.id,
				name: clash.name,
				displayName: segmentLabel(clash)
			};
		else if (firstByName.has(lower))
			conflict = { kind: 'duplicateInFile', firstIndex: firstByName.get(lower) as number };
		if (!firstByName.has(lower)) firstByName.set(lower, s.index);
		const suggestedName = conflict
			? suggestName(theirs.name, [
					...taken,
					...file.segments.flatMap((x) => (x.ok ? [x.definition.name] : [])),
					...suggestedSoFar
				])
			: theirs.name;
		if (conflict) suggestedSoFar.push(suggestedName);
		segments.push({
			index: s.index,
			name: theirs.name,
			displayName: segmentLabel(theirs),
			type: theirs.type,
			definition,
			uses: {
				entities: [...refs.entities].sort(),
				attributes: [...refs.attributes].sort(),
				relationships: [...refs.relationships].sort()
			},
			problems,
			arrivesAs: arrivalState(definition, problems.length),
			conflict,
			suggestedName
		});
	}
	const unreadable = file.segments.flatMap((s) =>
		s.ok ? [] : [{ index: s.index, name: s.name, problems: s.problems }]
	);
	return {
		checks,
		segments,
		unreadable,
		missingSegments: missingSegments(fileDefinitions, taken)
	};
}

export type Resolution =
	{ action: 'import'; name: string } | { action: 'replace'; targetId: string } | { action: 'skip' };

/** Without a conflict: import under its own name; with one: keep both (never replace unasked). */
export function defaultResolution(s: SegmentPreview): Resolution {
	return { action: 'import', name: s.conflict ? s.suggestedName : s.name };
}

/** Why a set of choices cannot be applied, per segment index (empty: it can). */
export function resolutionProblems(
	preview: ImportPreview,
	resolutions: ReadonlyMap<number, Resolution>,
	existing: Existing[]
): Map<number, string> {
	const out = new Map<number, string>();
	const claimed = new Map<string, number>();
	for (const s of preview.segments) {
		const r = resolutions.get(s.index) ?? defaultResolution(s);
		if (r.action === 'replace') {
			if (!existing.some((e) => e.id === r.targetId))
				out.set(s.index, 'The segment to replace no longer exists.');
			continue;
		}
		if (r.action !== 'import') continue;
		const problem = identifierProblem(
			r.name,
			existing.map((e) => e.name)
		);
		if (problem) {
			out.set(s.index, problem);
			continue;
		}
		const lower = r.name.toLowerCase();
		if (claimed.has(lower))
			out.set(s.index, `Another segment in this import is also called “${r.name}”.`);
		else claimed.set(lower, s.index);
	}
	return out;
}

/** What replacing `ours` with `theirs` changes, one sentence per difference. */
export function replaceChanges(
	ours: SegmentDefinition,
	theirs: SegmentDefinition,
	model: DataModel
): string[] {
	const changes: string[] = [];
	const before = summarizeSegment(ours, model);
	const after = summarizeSegment(theirs, model);
	if (before !== after) changes.push(`Conditions: now “${before}”; after: “${after}”.`);
	if (ours.type !== theirs.type) changes.push(`Type: ${ours.type} becomes ${theirs.type}.`);
	if (segmentLabel(ours) !== segmentLabel(theirs))
		changes.push(`Display name: “${ours.displayName}” becomes “${theirs.displayName}”.`);
	if (ours.description !== theirs.description) changes.push('The description changes.');
	if (ours.refreshIntervalMinutes !== theirs.refreshIntervalMinutes)
		changes.push(
			`Refresh interval: ${ours.refreshIntervalMinutes} min becomes ${theirs.refreshIntervalMinutes} min.`
		);
	if (ours.asOf !== theirs.asOf)
		changes.push(`Evaluated as of: ${ours.asOf ?? 'now'} becomes ${theirs.asOf ?? 'now'}.`);
	return changes;
}

export interface ImportOutcome {
	index: number;
	action: 'created' | 'replaced' | 'skipped';
	name: string;
	id: string | null;
	state: SegmentState | null;
	/** Why it arrived as a draft or inactive-with-problems. */
	problems: Problem[];
}

/** The name each segment of the preview arrives under (skipped ones are absent). */
function arrivingNames(
	preview: ImportPreview,
	resolutions: ReadonlyMap<number, Resolution>,
	existing: Existing[]
): Map<number, string> {
	const out = new Map<number, string>();
	for (const s of preview.segments) {
		const r = resolutions.get(s.index) ?? defaultResolution(s);
		if (r.action === 'import') out.set(s.index, r.name);
		else if (r.action === 'replace') {
			const target = existing.find((e) => e.id === r.targetId);
			if (target) out.set(s.index, target.name);
		}
	}
	return out;
}

export class ImportConflictError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportConflictError';
	}
}

/**
 * Write the chosen segments and remember the mapping, all in one transaction: if anything fails
 * (a name another tab took meanwhile, a segment deleted meanwhile) nothing is written.
 */
export async function applyImport(
	db: SegmentsDatabase,
	preview: ImportPreview,
	resolutions: ReadonlyMap<number, Resolution>,
	mapping: NameMapping,
	model: DataModel,
	now: Date = new Date()
): Promise<ImportOutcome[]> {
	return db.transaction('rw', db.segments, db.importMappings, async () => {
		const existing = await db.segments.toArray();
		const problems = resolutionProblems(preview, resolutions, existing);
		const first = [...problems.entries()][0];
		if (first) {
			const s = preview.segments.find((x) => x.index === first[0]);
			throw new ImportConflictError(
				`${s?.displayName ?? 'A segment'}: ${first[1]} Nothing was imported.`
			);
		}
		const outcomes: ImportOutcome[] = [];
		const arriving = arrivingNames(preview, resolutions, existing);
		// a segment imported under another name is referred to by that name (a skipped one: by the
		// name it has in the file, which finds ours)
		const renames = new Map(
			preview.segments.flatMap((s) => {
				const to = arriving.get(s.index);
				return to !== undefined && to !== s.name ? [[s.name, to] as const] : [];
			})
		);
		const replaced = new Set(
			preview.segments.flatMap((s) => {
				const r = resolutions.get(s.index) ?? defaultResolution(s);
				return r.action === 'replace' ? [r.targetId] : [];
			})
		);
		const lookup = lookupOf([
			...existing.filter((e) => !replaced.has(e.id)).map((e) => e.definition),
			...preview.segments.flatMap((s) => {
				const to = arriving.get(s.index);
				return to === undefined
					? []
					: [{ ...renameSegmentReferences(s.definition, renames), name: to }];
			})
		]);
		// display names in use: a copy kept beside ours is told apart by its name on the tile
		const shown = new Set(existing.map((e) => e.definition.displayName));
		for (const s of preview.segments) {
			const r = resolutions.get(s.index) ?? defaultResolution(s);
			if (r.action === 'skip') {
				outcomes.push({
					index: s.index,
					action: 'skipped',
					name: s.name,
					id: null,
					state: null,
					problems: []
				});
				continue;
			}
			const target = r.action === 'replace' ? existing.find((e) => e.id === r.targetId) : undefined;
			const name = target ? target.name : (r as { name: string }).name;
			const definition: SegmentDefinition = {
				...structuredClone(renameSegmentReferences(s.definition, renames)),
				name
			};
			if (r.action === 'import' && name !== s.name && shown.has(definition.displayName))
				definition.displayName = importedDisplayName(definition.displayName || s.name, shown);
			shown.add(definition.displayName);
			const found = validateSegment(definition, model, { segments: lookup });
			const state = arrivalState(definition, found.length);
			// stored inactive even when it arrives as a draft: a draft the builder saved becomes
			// active once its problems go away (runs/ready-drafts.ts); an imported one waits for
			// someone to activate it here
			const record = target
				? await saveSegment(db, target.id, definition, 'inactive')
				: await createSegment(db, definition, 'inactive');
			outcomes.push({
				index: s.index,
				action: target ? 'replaced' : 'created',
				name,
				id: record.id,
				state,
				problems: found
			});
		}
		// the mapping holds only this file's names: remember all of it for the next import
		const records = mappingRecords(mapping, now.toISOString());
		if (records.length) await db.importMappings.bulkPut(records);
		return outcomes;
	});
}

/** "Name (imported)", or "Name (imported 2)" and on when that is taken too; 200 characters at most. */
export function importedDisplayName(base: string, taken: ReadonlySet<string>): string {
	for (let n = 1; ; n++) {
		const suffix = n === 1 ? ' (imported)' : ` (imported ${n})`;
		const candidate = `${base.slice(0, 200 - suffix.length)}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}
