// One definitions import, from picking the file to the segments it created: read and checked,
// previewed against this workspace's data model with a name mapping the user adjusts, conflicts
// resolved per segment, and only then written (applyImport, one transaction). Until confirm()
// nothing in the workspace changes.
import { errorMessage } from '$lib/error-message';
import { database } from '$lib/db/schema';
import { loadDataModel } from '$lib/db/model-store';
import type { SegmentRecord } from '$lib/db/records';
import type { DataModel } from '$lib/segments/data-model';
import type { Problem } from '$lib/segments/problems';
import { attributeKey } from '$lib/segments/references';
import { readSharedFile, type SharedFile } from '$lib/sharing/read';
import { fileNeeds, suggestMapping } from '$lib/sharing/needs';
import {
	cloneMapping,
	emptyMapping,
	rememberedFrom,
	type NameMapping,
	type Remembered
} from '$lib/sharing/mapping';
import {
	applyImport,
	defaultResolution,
	previewImport,
	resolutionProblems,
	type ImportOutcome,
	type Resolution,
	type SegmentPreview
} from '$lib/sharing/plan';

export type ImportStatus = 'idle' | 'reading' | 'refused' | 'preview' | 'applying' | 'done';

const EMPTY_MODEL: DataModel = { entities: [], relationships: [], profile: null };

export class DefinitionImport {
	status = $state<ImportStatus>('idle');
	fileName = $state('');
	/** Why the file was refused. */
	problems = $state.raw<Problem[]>([]);
	/** Why applying failed (nothing was written). */
	error = $state<string | null>(null);
	file = $state.raw<SharedFile | null>(null);
	model = $state.raw<DataModel>(EMPTY_MODEL);
	existing = $state.raw<SegmentRecord[]>([]);
	remembered = $state.raw<Remembered>(new Map());
	/** What the user picked ('' = leave unmapped); the rest is suggested. */
	chosen = $state.raw<NameMapping>(emptyMapping());
	resolutions = $state.raw<Map<number, Resolution>>(new Map());
	outcomes = $state.raw<ImportOutcome[]>([]);

	readonly needs = $derived(this.file ? fileNeeds(this.file) : null);
	readonly mapping = $derived(
		this.needs
			? suggestMapping(this.needs, this.model, this.remembered, this.chosen)
			: emptyMapping()
	);
	readonly preview = $derived(
		this.file ? previewImport(this.file, this.model, this.existing, this.mapping) : null
	);
	readonly blockers = $derived(
		this.preview
			? resolutionProblems(this.preview, this.resolutions, this.existing)
			: new Map<number, string>()
	);

	resolution(s: SegmentPreview): Resolution {
		return this.resolutions.get(s.index) ?? defaultResolution(s);
	}

	get importCount(): number {
		return this.preview?.segments.filter((s) => this.resolution(s).action !== 'skip').length ?? 0;
	}

	get canConfirm(): boolean {
		return this.status === 'preview' && this.importCount > 0 && this.blockers.size === 0;
	}

	async open(file: File): Promise<void> {
		this.reset();
		this.fileName = file.name;
		this.status = 'reading';
		const read = await readSharedFile(file);
		if (!read.ok) {
			this.problems = read.problems;
			this.status = 'refused';
			return;
		}
		try {
			const db = database();
			const [model, existing, mappings] = await Promise.all([
				loadDataModel(db),
				db.segments.toArray(),
				db.importMappings.toArray()
			]);
			this.model = model;
			this.existing = existing;
			this.remembered = rememberedFrom(mappings);
		} catch (e) {
			this.problems = [
				{
					path: [],
					code: 'storage',
					message: `This workspace could not be read to compare with the file: ${errorMessage(e)}`
				}
			];
			this.status = 'refused';
			return;
		}
		this.file = read.file;
		this.status = 'preview';
	}

	chooseEntity(theirs: string, ours: string): void {
		const next = cloneMapping(this.chosen);
		next.entities.set(theirs, ours);
		// attribute choices made for the old target no longer apply
		for (const key of [...next.attributes.keys()])
			if (key.startsWith(`${theirs}.`)) next.attributes.delete(key);
		this.chosen = next;
	}

	chooseAttribute(entity: string, attribute: string, ours: string): void {
		const next = cloneMapping(this.chosen);
		next.attributes.set(attributeKey(entity, attribute), ours);
		this.chosen = next;
	}

	chooseRelationship(theirs: string, ours: string): void {
		const next = cloneMapping(this.chosen);
		next.relationships.set(theirs, ours);
		this.chosen = next;
	}

	resolve(index: number, resolution: Resolution): void {
		this.resolutions = new Map(this.resolutions).set(index, resolution);
	}

	async confirm(): Promise<void> {
		const preview = this.preview;
		if (!preview || !this.canConfirm) return;
		this.status = 'applying';
		this.error = null;
		try {
			const db = database();
			// validated against the model as it is now: the states and reasons are current
			const model = await loadDataModel(db);
			this.outcomes = await applyImport(db, preview, this.resolutions, this.mapping, model);
			this.status = 'done';
		} catch (e) {
			this.error = errorMessage(e);
			this.existing = await database().segments.toArray();
			this.status = 'preview';
		}
	}

	reset(): void {
		this.status = 'idle';
		this.fileName = '';
		this.problems = [];
		this.error = null;
		this.file = null;
		this.chosen = emptyMapping();
		this.resolutions = new Map();
		this.outcomes = [];
	}
}
