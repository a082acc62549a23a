// One file on its way to becoming an entity: read into a staging table, previewed (name, columns,
// types, malformed rows), adjusted by the user, then saved as a new entity or as new rows for an
// existing one. Nothing in the data model changes until `save()` succeeds.
import { errorMessage } from '$lib/error-message';
import { cliHandOff } from './cli-hand-off';
import { engine, EngineError } from '$lib/engine';
import type {
	ColumnCheck,
	ColumnChoice,
	ImportProgress,
	StagedFile,
	ColumnKind
} from '$lib/engine/protocol';
import { database } from '$lib/db/schema';
import { addEntity, breakingChanges, getEntity, replaceEntityData } from '$lib/db/model-store';
import {
	typedName,
	type Attribute,
	type DataModel,
	type TypedName
} from '$lib/segments/data-model';
import { suggestEntityName, newTableName } from './names';
import { formatBytes, nowIso } from '$lib/components/ui/format';
import { fitsInStorage } from '$lib/features/data/storage';

export type ImportStatus = 'reading' | 'preview' | 'saving' | 'done' | 'error' | 'cancelled';

export class ImportItem {
	readonly id = crypto.randomUUID();
	status = $state<ImportStatus>('reading');
	progress = $state<ImportProgress | null>(null);
	staged = $state<StagedFile | null>(null);
	error = $state<string | null>(null);
	entityName = $state('');
	/** '' = a new entity; otherwise the name of the entity whose rows are replaced. */
	replaceTarget = $state('');
	columns = $state<ColumnChoice[]>([]);
	checks = $state<Record<string, ColumnCheck>>({});
	/** A column's type or format that could not be checked (e.g. an unknown date code). */
	checkErrors = $state<Record<string, string>>({});
	/** Checks still running: the Import button waits for their counts. */
	pendingChecks = $state(0);
	acceptMalformed = $state(false);
	/** The user saw how many values would be empty and imports them as empty anyway. */
	acceptEmpty = $state(false);
	breaking = $state<string[]>([]);
	/**
	 * The entity whose name the file has, not replaced because this file would break it (its
	 * relationships, the Customer Profile's key, segments): the file is a new entity instead, and
	 * the card says why, so replacing takes the user's choice.
	 */
	notReplaced = $state<{ entity: string; reasons: string[] } | null>(null);
	/** The replace target came from the file's name, not from the user or a Re-import button. */
	private guessedTarget = false;
	result = $state<{ entity: string; rows: number; replaced: boolean } | null>(null);
	private abort: AbortController | null = null;
	private checkSeq = new Map<string, number>();

	constructor(
		readonly file: File,
		private readonly model: () => DataModel,
		/** When re-importing from an entity's menu. */
		target: string | null = null
	) {
		const names = model().entities.map((e) => e.name);
		if (target) {
			this.entityName = target;
			this.replaceTarget = target;
		} else {
			const suggested = suggestEntityName(file.name, []);
			const existing = names.find((n) => n.toLowerCase() === suggested.toLowerCase());
			this.entityName = existing ?? suggestEntityName(file.name, names);
			this.replaceTarget = existing ?? '';
			this.guessedTarget = existing !== undefined;
		}
	}

	/** The new entity's name as typed, or made from the words typed ("Online accounts"). */
	get newName(): TypedName {
		return typedName(
			this.entityName,
			this.model().entities.map((e) => e.name),
			{ prefix: 'Data_', fallback: 'Data' }
		);
	}

	get nameProblem(): string | null {
		if (this.replaceTarget) return null;
		return this.newName.problem;
	}

	get canSave(): boolean {
		return (
			this.status === 'preview' &&
			this.nameProblem === null &&
			this.columns.some((c) => c.include) &&
			(this.staged?.malformed.count === 0 || this.acceptMalformed) &&
			this.pendingChecks === 0 &&
			!this.columns.some((c) => c.include && this.checkErrors[c.source]) &&
			(this.emptied.length === 0 || this.acceptEmpty)
		);
	}

	/** Kept columns whose present values would be empty under the chosen type and format. */
	get emptied(): { source: string; lost: number }[] {
		return this.columns.flatMap((c) => {
			const check = this.checks[c.source];
			return c.include && check && check.lost > 0 ? [{ source: c.source, lost: check.lost }] : [];
		});
	}

	get emptiedTotal(): number {
		return this.emptied.reduce((n, e) => n + e.lost, 0);
	}

	get included(): number {
		return this.columns.filter((c) => c.include).length;
	}

	async read(): Promise<void> {
		this.status = 'reading';
		this.error = null;
		const tooBig = await sizeProblem(this.file);
		if (tooBig) {
			this.error = tooBig;
			this.status = 'error';
			return;
		}
		this.abort = new AbortController();
		try {
			const staged = await engine().stage(this.file, {}, (p) => (this.progress = p), {
				signal: this.abort.signal,
				label: `Reading ${this.file.name}`
			});
			this.applyStaged(staged);
			this.status = 'preview';
			await this.updateBreaking();
			this.keepGuessedTargetWhole();
		} catch (e) {
			this.fail(e);
		}
	}

	private applyStaged(staged: StagedFile): void {
		this.staged = staged;
		this.columns = staged.columns.map((c) => ({
			source: c.source,
			name: c.name,
			kind: c.detected ?? 'string',
			include: c.detected !== null,
			format: null
		}));
		this.checks = {};
		this.checkErrors = {};
		this.acceptEmpty = false;
	}

	/** Read the file again with the NULL text treated as missing or not. */
	async setNullText(applied: boolean): Promise<void> {
		if (!this.staged) return;
		const previous = this.columns;
		this.status = 'reading';
		try {
			const staged = await engine().restage(
				this.staged.stageId,
				{ nullText: applied ? 'NULL' : false },
				(p) => (this.progress = p)
			);
			this.applyStaged(staged);
			// keep what the user already chose for columns that still exist
			this.columns = this.columns.map((c) => {
				const before = previous.find((p) => p.source === c.source);
				return before ? { ...c, include: before.include, name: before.name } : c;
			});
			this.status = 'preview';
		} catch (e) {
			this.fail(e);
		}
	}

	async setKind(source: string, kind: ColumnKind): Promise<void> {
		const column = this.columns.find((c) => c.source === source);
		if (!column || !this.staged) return;
		column.kind = kind;
		column.format = null; // formats belong to a kind
		await this.recheck(source);
		await this.updateBreaking();
	}

	/** Read a column's text with a format (decimal comma, day-first dates, …); null = standard. */
	async setFormat(source: string, format: string | null): Promise<void> {
		const column = this.columns.find((c) => c.source === source);
		if (!column || !this.staged) return;
		column.format = format;
		await this.recheck(source);
	}

	/** Count what the column's type and format would empty; the newest check of a column wins. */
	private async recheck(source: string): Promise<void> {
		const column = this.columns.find((c) => c.source === source);
		if (!column || !this.staged) return;
		const seq = (this.checkSeq.get(source) ?? 0) + 1;
		this.checkSeq.set(source, seq);
		this.acceptEmpty = false;
		this.pendingChecks++;
		try {
			const [check] = await engine().check(this.staged.stageId, [$state.snapshot(column)]);
			if (this.checkSeq.get(source) !== seq) return;
			const { [source]: _dropped, ...errors } = this.checkErrors;
			this.checkErrors = errors;
			if (check) this.checks = { ...this.checks, [source]: check };
		} catch (e) {
			if (this.checkSeq.get(source) !== seq) return;
			this.checkErrors = {
				...this.checkErrors,
				[source]: errorMessage(e)
			};
		} finally {
			this.pendingChecks--;
		}
	}

	/** A replace the file's name suggested but that would break the entity: a new entity instead. */
	private keepGuessedTargetWhole(): void {
		if (!this.guessedTarget) return;
		this.guessedTarget = false;
		if (!this.replaceTarget || this.breaking.length === 0) return;
		this.notReplaced = { entity: this.replaceTarget, reasons: this.breaking };
		this.replaceTarget = '';
		this.breaking = [];
		this.entityName = suggestEntityName(
			this.file.name,
			this.model().entities.map((e) => e.name)
		);
	}

	async setReplaceTarget(target: string): Promise<void> {
		this.guessedTarget = false;
		this.notReplaced = null;
		this.replaceTarget = target;
		if (target) this.entityName = target;
		await this.updateBreaking();
	}

	private attributes(): Attribute[] {
		return this.columns
			.filter((c) => c.include)
			.map((c) => ({ name: c.name, displayName: c.name, type: c.kind }));
	}

	async updateBreaking(): Promise<void> {
		this.breaking = this.replaceTarget
			? await breakingChanges(database(), this.replaceTarget, this.attributes())
			: [];
	}

	async save(): Promise<void> {
		if (!this.staged || !this.canSave) return;
		const staged = this.staged;
		this.status = 'saving';
		this.error = null;
		const db = database();
		try {
			const existing = this.replaceTarget ? await getEntity(db, this.replaceTarget) : undefined;
			if (this.replaceTarget && !existing)
				throw new Error(`The entity “${this.replaceTarget}” no longer exists.`);
			const named = this.newName;
			const table = existing?.table ?? newTableName(named.name);
			const committed = await engine().commit(
				staged.stageId,
				table,
				$state.snapshot(this.columns),
				(p) => (this.progress = p),
				{
					label: `Saving ${this.file.name}`
				}
			);
			const attributes: Attribute[] = committed.columns.map((c) => ({
				name: c.name,
				displayName: c.name,
				type: c.kind
			}));
			const meta = {
				attributes,
				rowCount: committed.rowCount,
				sourceFile: this.file.name,
				sourceFormat: staged.format,
				importedAt: nowIso(),
				table
			};
			if (existing) {
				await replaceEntityData(db, existing.name, meta);
			} else {
				try {
					const displayName = named.fromWords ? this.entityName.trim() : named.name;
					await addEntity(db, { name: named.name, displayName, ...meta });
				} catch (e) {
					await engine()
						.dropTable(table)
						.catch(() => undefined);
					throw e;
				}
			}
			this.result = {
				entity: existing?.name ?? named.name,
				rows: committed.rowCount,
				replaced: Boolean(existing)
			};
			this.status = 'done';
			void requestPersistence();
		} catch (e) {
			// an import the engine undid because its rows could not be kept: its stage is gone too
			if (e instanceof EngineError && e.code === 'not-kept') this.staged = null;
			this.fail(e, 'preview');
		}
	}

	/** Stop reading (or drop the preview); nothing was saved. */
	async cancel(): Promise<void> {
		if (this.status === 'reading') this.abort?.abort();
		if (this.staged)
			await engine()
				.discard(this.staged.stageId)
				.catch(() => undefined);
		this.status = 'cancelled';
	}

	private fail(e: unknown, back?: ImportStatus): void {
		if (e instanceof EngineError && e.code === 'cancelled') {
			this.status = 'cancelled';
			return;
		}
		// out of the tab's memory: the command-line program is where data this size goes
		const tooLarge = e instanceof EngineError && e.code === 'too-large';
		this.error = tooLarge ? `${errorMessage(e)} ${cliHandOff(this.file.name)}` : errorMessage(e);
		this.status = back && this.staged ? back : 'error';
	}
}

/**
 * The engine runs in 32-bit WebAssembly: it can hold at most 4 GB, of which DuckDB uses about 3.
 * A file beyond MAX_IMPORT_BYTES, or bigger than the storage the browser still grants, is refused
 * before any work starts, with the numbers.
 */
export const MAX_IMPORT_BYTES = 2 * 1024 ** 3;

async function sizeProblem(file: File): Promise<string | null> {
	const gb = (n: number) => (n / 1024 ** 3).toFixed(1);
	if (file.size > MAX_IMPORT_BYTES)
		return `${file.name} is ${gb(file.size)} GB; the in-browser engine can import files up to ${gb(MAX_IMPORT_BYTES)} GB. Split it (e.g. by year) or export only the columns you need, then import the parts. ${cliHandOff(file.name)}`;
	const space = await fitsInStorage(file.size);
	if (!space.fits)
		return `${file.name} needs about ${formatBytes(Math.round(file.size * 1.2))} of storage, but this browser grants Segments only ${formatBytes(Math.max(0, Math.round(space.free)))} more. Free some space (delete unused entities) and try again.`;
	return null;
}

/** Ask once, after the first import, for storage the browser will not evict under pressure. */
async function requestPersistence(): Promise<void> {
	try {
		if (navigator.storage?.persisted && !(await navigator.storage.persisted()))
			await navigator.storage.persist();
	} catch {
		// not supported: the Privacy page says so
	}
}
