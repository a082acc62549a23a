// The engine as it runs inside the worker (or inside a Node test): one DuckDB connection, locked
// down so it cannot reach the network or any file but the ones the user gave it, with queries,
// imports and exports. SQL from the page (query, exec, exports, snapshot members) passes the guard
// in sql-guard.ts first; the engine's own statements use the runner directly. Environment
// specifics (how files are registered, OPFS) come in through `ImportPlatform` and the bootstrap
// code; this class is the same everywhere.
import { errorMessage } from '../../error-message';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { RecordBatchReader, tableToIPC } from 'apache-arrow';
import { quoteIdent, quoteString } from '../../sql/quote';
import { EngineError, isFatalEngineError, isQuotaError, userMessage } from '../errors';
import { Importer, type ImportPlatform } from '../import/importer';
import { kindOfDuckType } from '../import/kinds';
import type {
	ColumnCheck,
	ColumnChoice,
	CommitResult,
	EngineErrorInfo,
	ExportProgress,
	EngineNotice,
	ImportProgress,
	Result,
	StagedFile,
	StageOptions,
	TableInfo
} from '../protocol';
import { tableToResult, tableToRows, type QueryResult } from '../results';
import { csvLinesSql } from './csv-sql';
import { ipcTextBatches } from './ipc-text';
import { csvHeader, csvRows, type CsvOptions } from './csv-writer';
import { QueryRunner } from './runner';
import { assertAllowed, mayWrite, RefusedStatement, type GuardOptions } from './sql-guard';
import { engineTuningSql } from '../tuning';
import { LiveCache, type LiveCombine, type LiveCountValue, type LiveGroup } from './live-cache';
import { statement } from '../../segments/statement';

/** Settings applied at start, then locked so no query can change them. */
export const LOCKDOWN = [
	'SET autoload_known_extensions = false',
	'SET autoinstall_known_extensions = false',
	"SET allowed_directories = ['/import/']",
	'SET enable_external_access = false',
	'SET lock_configuration = true'
];

export const REPORTED_SETTINGS = [
	'autoload_known_extensions',
	'autoinstall_known_extensions',
	'enable_external_access',
	'allowed_directories',
	'lock_configuration',
	'memory_limit',
	'threads',
	'perfect_ht_threshold'
];

export interface SnapshotDiff {
	members: number;
	/** false on the first snapshot: entered/left are then null. */
	previous: boolean;
	entered: number | null;
	left: number | null;
	/** The first keys (sorted) that entered / left, up to the `keep` limit. */
	enteredKeys: string[];
	leftKeys: string[];
}

/** The Arrow IPC end-of-stream marker (continuation token, then a zero length). */
const ARROW_END_OF_STREAM = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);

export type { Result } from '../protocol';

/** Refuse `sql` with a sentence unless the page may run it (see sql-guard.ts). */
export function pageSql(sql: string, options: GuardOptions = {}): string {
	try {
		assertAllowed(sql, options);
	} catch (e) {
		if (e instanceof RefusedStatement) throw new EngineError('query', e.message);
		throw e;
	}
	return sql;
}

/**
 * The files the user staged, readable by DuckDB only while the importer reads them. Between the
 * importer's calls (when page SQL may run) nothing is registered under /import/; a file comes back
 * for a new reading of its stage and is forgotten when the stage is committed or discarded.
 */
class StagedFiles implements ImportPlatform {
	private readonly files = new Map<string, Blob>();
	private readonly registered = new Set<string>();
	readonly bytesRead?: (path: string) => number;
	readonly parquetToIpc?: ImportPlatform['parquetToIpc'];
	readonly ipcToParquet?: ImportPlatform['ipcToParquet'];

	constructor(private readonly platform: ImportPlatform) {
		if (platform.bytesRead) this.bytesRead = (path) => platform.bytesRead?.(path) ?? 0;
		if (platform.parquetToIpc) this.parquetToIpc = (file) => platform.parquetToIpc!(file);
		if (platform.ipcToParquet) this.ipcToParquet = (ipc) => platform.ipcToParquet!(ipc);
	}

	async registerFile(path: string, file: Blob): Promise<void> {
		this.files.set(path, file);
		await this.platform.registerFile(path, file);
		this.registered.add(path);
	}

	dropFile(path: string): void {
		this.files.delete(path);
		this.unregister(path);
	}

	/** Register the files of one stage again (for another reading of it). */
	async bring(stageId: string): Promise<void> {
		for (const [path, file] of this.files)
			if (path.startsWith(`/import/${stageId}/`) && !this.registered.has(path))
				await this.registerFile(path, file);
	}

	/** Unregister every file (they stay known for another reading). */
	putAway(): void {
		for (const path of [...this.registered]) this.unregister(path);
	}

	private unregister(path: string): void {
		if (!this.registered.delete(path)) return;
		try {
			this.platform.dropFile(path);
		} catch {
			// already gone
		}
	}
}

export class EngineCore {
	readonly runner: QueryRunner;
	readonly importer: Importer;
	private readonly connId: number;
	private readonly staged: StagedFiles;
	private readonly notices: EngineNotice[] = [];
	/**
	 * Moves on whenever a table may have changed (page SQL that writes, imports, restores, the demo,
	 * dropping a table): part of the live-count cache's key. A new worker starts a new core, so a
	 * restart starts afresh, with an empty cache.
	 */
	private changes = 0;
	private readonly liveCache: LiveCache;

	constructor(
		readonly bindings: DuckDBBindings,
		private readonly platform: ImportPlatform,
		beforeLock: string[] = []
	) {
		const conn = bindings.connect();
		this.connId = conn.useUnsafe((_b, id) => id);
		for (const sql of [...beforeLock, ...engineTuningSql(), ...LOCKDOWN])
			bindings.runQuery(this.connId, sql);
		this.runner = new QueryRunner(bindings, this.connId);
		this.staged = new StagedFiles(platform);
		this.importer = new Importer(bindings, this.connId, this.runner, this.staged, () =>
			this.checkpoint()
		);
		this.liveCache = new LiveCache(this.runner);
	}

	get dataVersion(): number {
		return this.changes;
	}

	/** A table was changed by engine code outside the core (the table mirror's undo). */
	markChanged(): void {
		this.changes++;
	}

	/** Run `op`, which may change a table: the data version moves on, even if it fails half way. */
	private async changing<T>(op: () => Promise<T> | T): Promise<T> {
		try {
			return await op();
		} finally {
			this.changes++;
		}
	}

	/**
	 * The builder's live count: each group's member SQL (page SQL, checked as a query) kept in the
	 * cache at the current data version, combined by `combine` (see live-cache.ts).
	 */
	async liveCount(groups: LiveGroup[], combine: LiveCombine, id?: string): Promise<LiveCountValue> {
		for (const group of groups) {
			if (typeof group === 'string') {
				pageSql(group, { queryOnly: true });
				continue;
			}
			pageSql(group.members, { queryOnly: true });
			// the parts may be the members in another form (compile.ts's keysFirst): what the cache
			// assembles from them is checked as page SQL too (each kept part is a prefix of it)
			pageSql(statement(group.stages.ctes, group.stages.final), { queryOnly: true });
		}
		return this.liveCache.count(groups, combine, this.changes, id);
	}

	/** Run an importer call with the stage's file readable, and unreadable again after it. */
	private async withStagedFiles<T>(stageId: string | null, op: () => Promise<T>): Promise<T> {
		try {
			if (stageId !== null) await this.staged.bring(stageId);
			return await op();
		} finally {
			this.staged.putAway();
		}
	}

	/** Wrap an operation so errors come back as data with a sentence, never a stack trace. */
	async guard<T>(op: () => Promise<T>, what: string): Promise<Result<T>> {
		try {
			return { ok: true, value: await op() };
		} catch (e) {
			return { ok: false, error: toErrorInfo(e, what) };
		}
	}

	/** Page SQL: a query or statement the guard allows, with its result. */
	async query(sql: string, id?: string): Promise<QueryResult> {
		const run = async () => tableToResult(await this.runner.table(pageSql(sql), id ? { id } : {}));
		return mayWrite(sql) ? this.changing(run) : run();
	}

	/** Page SQL that may only read: one query (SELECT, WITH, FROM, VALUES), with its result. */
	async readQuery(sql: string, id?: string): Promise<QueryResult> {
		return tableToResult(
			await this.runner.table(pageSql(sql, { queryOnly: true }), id ? { id } : {})
		);
	}

	/** Page SQL: statements the guard allows, run for their effect, then a checkpoint. */
	async exec(sql: string, id?: string): Promise<void> {
		const run = () => this.runner.exec(pageSql(sql), id ? { id } : {});
		await (mayWrite(sql) ? this.changing(run) : run());
		await this.checkpoint();
	}

	/**
	 * Write committed changes into the database file. DuckDB-WASM does not replay its write-ahead log
	 * from OPFS after a crash (measured: a terminated worker lost committed rows), so every write the
	 * app makes is followed by a checkpoint.
	 */
	async checkpoint(): Promise<void> {
		try {
			await this.runner.exec('CHECKPOINT');
		} catch (e) {
			// the change itself is committed: say it may not survive, rather than fail the request
			const raw = errorMessage(e);
			if (this.notices.some((n) => n.code === 'checkpoint')) return;
			this.notices.push({
				code: 'checkpoint',
				message: isQuotaError(raw)
					? "The change was made but could not be saved: the browser's storage is full. It will be lost when the engine stops; free some space, reload and make it again."
					: 'The change was made but could not be saved in this browser. It will be lost when the engine stops; reload and make it again.',
				detail: raw
			});
		}
	}

	/** What the last operation's user should know although it succeeded (then forgotten). */
	takeNotices(): EngineNotice[] {
		return this.notices.splice(0);
	}

	cancel(id: string): void {
		this.runner.cancel(id);
		this.importer.markCancelled(id);
	}

	async settings(): Promise<Record<string, string>> {
		const rows = tableToRows(
			await this.runner.table(
				`SELECT name, value FROM duckdb_settings() WHERE name IN (${REPORTED_SETTINGS.map((s) => `'${s}'`).join(', ')})`
			)
		);
		return Object.fromEntries(rows.map((r) => [String(r['name']), String(r['value'])]));
	}

	version(): string {
		return this.bindings.getVersion();
	}

	async tableInfo(table: string): Promise<TableInfo> {
		const described = tableToRows(await this.runner.table(`DESCRIBE main.${quoteIdent(table)}`));
		const [count] = tableToRows(
			await this.runner.table(`SELECT count(*) AS n FROM main.${quoteIdent(table)}`)
		);
		return {
			table,
			rowCount: Number(count?.['n'] ?? 0),
			columns: described.map((r) => {
				const duckdbType = String(r['column_type']);
				return { name: String(r['column_name']), duckdbType, kind: kindOfDuckType(duckdbType) };
			})
		};
	}

	async tables(): Promise<string[]> {
		const rows = tableToRows(
			await this.runner.table(
				"SELECT table_name FROM information_schema.tables WHERE table_catalog = current_database() AND table_schema = 'main' AND NOT starts_with(table_name, '__segments_') ORDER BY table_name"
			)
		);
		return rows.map((r) => String(r['table_name']));
	}

	async dropTable(table: string): Promise<void> {
		await this.changing(() => this.runner.exec(`DROP TABLE IF EXISTS main.${quoteIdent(table)}`));
		await this.checkpoint();
	}

	stage(
		file: Blob,
		fileName: string,
		options: StageOptions,
		onProgress: (p: ImportProgress) => void,
		id?: string
	): Promise<StagedFile> {
		return this.withStagedFiles(null, () =>
			this.importer.stage(file, fileName, options, onProgress, id)
		);
	}

	restage(
		stageId: string,
		options: StageOptions,
		onProgress: (p: ImportProgress) => void,
		id?: string
	): Promise<StagedFile> {
		return this.withStagedFiles(stageId, () =>
			this.importer.restage(stageId, options, onProgress, id)
		);
	}

	check(stageId: string, choices: ColumnChoice[]): Promise<ColumnCheck[]> {
		return this.importer.check(stageId, choices);
	}

	commit(
		stageId: string,
		table: string,
		choices: ColumnChoice[],
		onProgress: (p: ImportProgress) => void,
		id?: string
	): Promise<CommitResult> {
		return this.changing(() =>
			this.withStagedFiles(null, () =>
				this.importer.commit(stageId, table, choices, onProgress, id)
			)
		);
	}

	discard(stageId: string): Promise<void> {
		return this.withStagedFiles(null, () => this.importer.discard(stageId));
	}

	/** Insert an Arrow IPC stream into a table (demo data), creating it on the first call. */
	insertArrow(table: string, ipc: Uint8Array, create: boolean): void {
		try {
			this.bindings.insertArrowFromIPCStream(this.connId, ipc, { name: table, create });
		} finally {
			this.changes++;
		}
	}

	/**
	 * Stream a query's rows out as CSV text chunks (RFC 4180, UTF-8 with header). `sink` receives
	 * each chunk; the worker yields between chunks so the page and cancel requests stay live.
	 */
	async exportCsv(
		sql: string,
		sink: (chunk: Uint8Array, progress: ExportProgress) => void | Promise<void>,
		id?: string,
		options: CsvOptions = {}
	): Promise<ExportProgress> {
		pageSql(sql, { queryOnly: true });
		const run = id ? { id } : {};
		const columns = tableToRows(
			await this.runner.table(`DESCRIBE SELECT * FROM (${sql})`, run)
		).map((r) => ({ name: String(r['column_name']), type: String(r['column_type']) }));
		const lines = csvLinesSql(sql, columns, options);
		if (lines) return this.exportCsvLines(lines, columns, sink, run, options);
		const encoder = new TextEncoder();
		let rows = 0;
		let bytes = 0;
		const reader = await RecordBatchReader.from(
			this.runner.chunks(pageSql(sql, { queryOnly: true }), { stream: true, ...(id ? { id } : {}) })
		);
		let headerWritten = false;
		for await (const batch of reader) {
			if (!headerWritten) {
				// a BOM so Excel reads UTF-8; LibreOffice and DuckDB ignore it
				const head = encoder.encode(
					'\uFEFF' +
						csvHeader(
							batch.schema.fields.map((f) => f.name),
							options
						)
				);
				bytes += head.length;
				await sink(head, { rows, bytes });
				headerWritten = true;
			}
			if (batch.numRows === 0) continue;
			const data = encoder.encode(csvRows(batch, options));
			rows += batch.numRows;
			bytes += data.length;
			await sink(data, { rows, bytes });
		}
		if (!headerWritten) {
			const head = encoder.encode(
				'\uFEFF' +
					csvHeader(
						reader.schema.fields.map((f) => f.name),
						options
					)
			);
			bytes += head.length;
			await sink(head, { rows, bytes });
		}
		return { rows, bytes };
	}

	/**
	 * The CSV lines DuckDB wrote (csv-sql.ts) streamed out as they are: each batch's text buffer is
	 * already the bytes of its lines, so nothing is decoded or formatted here, and the buffer is
	 * read from the IPC message itself (ipc-text.ts): no Arrow vectors are built for it.
	 */
	private async exportCsvLines(
		linesSql: string,
		columns: { name: string }[],
		sink: (chunk: Uint8Array, progress: ExportProgress) => void | Promise<void>,
		run: { id?: string },
		options: CsvOptions
	): Promise<ExportProgress> {
		const head = new TextEncoder().encode(
			'\uFEFF' +
				csvHeader(
					columns.map((c) => c.name),
					options
				)
		);
		let rows = 0;
		let bytes = head.length;
		await sink(head, { rows, bytes });
		for await (const batch of ipcTextBatches(
			this.runner.chunks(linesSql, { stream: true, ...run })
		)) {
			// a copy of its own: the sink may transfer it to the page
			const chunk = batch.bytes.slice();
			rows += batch.rows;
			bytes += chunk.length;
			await sink(chunk, { rows, bytes });
		}
		return { rows, bytes };
	}

	/**
	 * A query's rows as one Arrow IPC stream, exactly as the engine holds them: column types, NULL
	 * and text byte for byte (nothing is decoded to JavaScript strings on the way). Handed to
	 * `sink` in the engine's own chunks; `rows` is counted first, in the same engine task.
	 */
	async exportArrow(
		sql: string,
		sink: (chunk: Uint8Array, progress: ExportProgress) => void | Promise<void>,
		id?: string
	): Promise<ExportProgress> {
		pageSql(sql, { queryOnly: true });
		const [counted] = tableToRows(
			await this.runner.table(`SELECT count(*)::DOUBLE AS n FROM (${sql})`, id ? { id } : {})
		);
		const rows = Number(counted?.['n'] ?? 0);
		let bytes = 0;
		for await (const chunk of this.runner.chunks(sql, { stream: true, ...(id ? { id } : {}) })) {
			bytes += chunk.length;
			await sink(chunk, { rows, bytes });
		}
		bytes += ARROW_END_OF_STREAM.length;
		await sink(ARROW_END_OF_STREAM.slice(), { rows, bytes });
		return { rows, bytes };
	}

	/** Create `table` (in main) from an Arrow IPC stream; returns the rows it holds. */
	async importArrow(table: string, ipc: Uint8Array): Promise<number> {
		if (/^staging$|^segment_(members|snapshots)|^__segments_/i.test(table))
			throw new EngineError('query', `A backup cannot write the engine's own table ${table}.`);
		await this.changing(() =>
			this.bindings.insertArrowFromIPCStream(this.connId, ipc, {
				name: table,
				schema: 'main',
				create: true
			})
		);
		await this.checkpoint();
		const [counted] = tableToRows(
			await this.runner.table(`SELECT count(*)::DOUBLE AS n FROM main.${quoteIdent(table)}`)
		);
		return Number(counted?.['n'] ?? 0);
	}

	/**
	 * A query's rows as a Parquet file (parquet-wasm), handed to `sink` in 1 MB pieces. The rows are
	 * gathered first: Parquet is written in one piece (fine for member lists; CSV streams).
	 */
	async exportParquet(
		sql: string,
		sink: (chunk: Uint8Array, progress: ExportProgress) => void | Promise<void>,
		id?: string
	): Promise<ExportProgress> {
		if (!this.platform.ipcToParquet)
			throw new EngineError('query', 'Parquet export is not available here.');
		const table = await this.runner.table(pageSql(sql, { queryOnly: true }), id ? { id } : {});
		const bytes = await this.platform.ipcToParquet(tableToIPC(table, 'stream'));
		const piece = 1024 * 1024;
		for (let at = 0; at < bytes.length; at += piece) {
			const chunk = bytes.slice(at, Math.min(bytes.length, at + piece));
			await sink(chunk, { rows: table.numRows, bytes: at + chunk.length });
		}
		return { rows: table.numRows, bytes: bytes.length };
	}

	/**
	 * Keep a set of keys under `snapshotId` and report how it changed: evaluate `membersSql` (one
	 * column `member_key`), compare with the keys kept from the previous call, then replace them.
	 * Done as one engine task, so nothing can run between the comparison and the replacement.
	 */
	/** The tables that keep each segment's members of its last run, and of the run before it. */
	async snapshotTables(): Promise<void> {
		for (const table of ['segment_members', 'segment_members_previous'])
			await this.runner.exec(
				`CREATE TABLE IF NOT EXISTS main.${table} (segment_id VARCHAR NOT NULL, member_key VARCHAR NOT NULL)`
			);
		await this.runner.exec(
			'CREATE TABLE IF NOT EXISTS main.segment_snapshots (segment_id VARCHAR PRIMARY KEY, taken_at TIMESTAMP NOT NULL, members BIGINT NOT NULL)'
		);
		// added with labels (definition version 6): each member's label of the last run
		await this.runner.exec(
			'CREATE TABLE IF NOT EXISTS main.segment_labels (segment_id VARCHAR NOT NULL, member_key VARCHAR NOT NULL, label VARCHAR)'
		);
		// added after the first release: which run each kept list belongs to
		await this.runner.exec(
			'ALTER TABLE main.segment_snapshots ADD COLUMN IF NOT EXISTS run_id VARCHAR'
		);
		await this.runner.exec(
			'ALTER TABLE main.segment_snapshots ADD COLUMN IF NOT EXISTS previous_run_id VARCHAR'
		);
	}

	/**
	 * Evaluate a segment's members, compare them with the members of the last recorded run, and keep
	 * them for the next comparison. `runs` names this run and the run the caller has on record as
	 * the last successful one: if a run's members were kept here but its record was never written
	 * (the history write failed, the tab closed), the comparison uses the list kept before it, so
	 * entered/left always describe the change since the run the user sees in the history; when
	 * neither list belongs to that run, there is nothing to compare with (entered/left unknown).
	 * Without `runs`, the last kept list is the base.
	 */
	async snapshotDiff(
		snapshotId: string,
		membersSql: string,
		keep: number,
		id?: string,
		runs?: { runId: string; basedOn: string | null },
		labelsSql?: string
	): Promise<SnapshotDiff> {
		pageSql(membersSql, { queryOnly: true });
		if (labelsSql) pageSql(labelsSql, { queryOnly: true });
		const sid = quoteString(snapshotId);
		await this.snapshotTables();
		const rows = async (sql: string) => tableToRows(await this.runner.table(sql, id ? { id } : {}));
		const [kept] = await rows(
			`SELECT run_id, previous_run_id FROM main.segment_snapshots WHERE segment_id = ${sid}`
		);
		const keptRun = kept ? (kept['run_id'] as string | null) : undefined;
		const keptPrevious = kept ? (kept['previous_run_id'] as string | null) : undefined;
		// which kept list the recorded history ends with
		let base: 'current' | 'previous' | null;
		if (kept === undefined) base = null;
		else if (!runs || keptRun === null || keptRun === runs.basedOn) base = 'current';
		else if (runs.basedOn !== null && keptPrevious === runs.basedOn) base = 'previous';
		else base = null;
		const baseTable = base === 'previous' ? 'segment_members_previous' : 'segment_members';
		const baseRunId =
			base === 'current' ? (keptRun ?? null) : base === 'previous' ? (keptPrevious ?? null) : null;

		await this.runner.exec(
			`CREATE OR REPLACE TEMP TABLE snapshot_keys AS SELECT DISTINCT CAST(member_key AS VARCHAR) AS member_key FROM (\n${membersSql}\n) AS m WHERE member_key IS NOT NULL`,
			id ? { id } : {}
		);
		// each member's label, read from the keys just kept (labels: member_key, label)
		if (labelsSql)
			await this.runner.exec(
				`CREATE OR REPLACE TEMP TABLE snapshot_labels AS SELECT CAST(member_key AS VARCHAR) AS member_key, CAST(label AS VARCHAR) AS label FROM (\n${labelsSql}\n) AS l`,
				id ? { id } : {}
			);
		const previous = base
			? `SELECT member_key FROM main.${baseTable} WHERE segment_id = ${sid}`
			: 'SELECT NULL::VARCHAR AS member_key WHERE false';
		const [counts] = await rows(`SELECT
  (SELECT count(*) FROM temp.snapshot_keys) AS members,
  (SELECT count(*) FROM (SELECT member_key FROM temp.snapshot_keys EXCEPT ${previous})) AS entered,
  (SELECT count(*) FROM (${previous} EXCEPT SELECT member_key FROM temp.snapshot_keys)) AS left_count`);
		const limit = Math.max(0, Math.floor(keep));
		const hadPrevious = base !== null;
		const enteredKeys = hadPrevious
			? (
					await rows(
						`SELECT member_key FROM (SELECT member_key FROM temp.snapshot_keys EXCEPT ${previous}) ORDER BY member_key LIMIT ${limit}`
					)
				).map((r) => String(r['member_key']))
			: [];
		const leftKeys = hadPrevious
			? (
					await rows(
						`SELECT member_key FROM (${previous} EXCEPT SELECT member_key FROM temp.snapshot_keys) ORDER BY member_key LIMIT ${limit}`
					)
				).map((r) => String(r['member_key']))
			: [];
		const members = Number(counts?.['members'] ?? 0);
		// the kept members are a table other segments read ("as of its last run"): a cached live
		// count that read them is stale from here on
		this.changes++;
		await this.runner.exec('BEGIN TRANSACTION');
		try {
			// the base list becomes the previous one; a list whose run was never recorded is dropped
			if (base !== 'previous') {
				await this.runner.exec(
					`DELETE FROM main.segment_members_previous WHERE segment_id = ${sid}`
				);
				if (base === 'current')
					await this.runner.exec(
						`INSERT INTO main.segment_members_previous SELECT segment_id, member_key FROM main.segment_members WHERE segment_id = ${sid}`
					);
			}
			await this.runner.exec(`DELETE FROM main.segment_members WHERE segment_id = ${sid}`);
			await this.runner.exec(
				`INSERT INTO main.segment_members SELECT ${sid}, member_key FROM temp.snapshot_keys`
			);
			await this.runner.exec(`DELETE FROM main.segment_labels WHERE segment_id = ${sid}`);
			if (labelsSql)
				await this.runner.exec(
					`INSERT INTO main.segment_labels SELECT ${sid}, member_key, label FROM temp.snapshot_labels`
				);
			await this.runner.exec(
				`INSERT OR REPLACE INTO main.segment_snapshots (segment_id, taken_at, members, run_id, previous_run_id) VALUES (${sid}, now()::TIMESTAMP, ${members}, ${runs ? quoteString(runs.runId) : 'NULL'}, ${baseRunId === null ? 'NULL' : quoteString(baseRunId)})`
			);
			await this.runner.exec('COMMIT');
		} catch (e) {
			await this.runner.exec('ROLLBACK').catch(() => undefined);
			throw e;
		} finally {
			await this.runner.exec('DROP TABLE IF EXISTS temp.snapshot_keys').catch(() => undefined);
			await this.runner.exec('DROP TABLE IF EXISTS temp.snapshot_labels').catch(() => undefined);
		}
		await this.checkpoint();
		return {
			members,
			previous: hadPrevious,
			entered: hadPrevious ? Number(counts?.['entered'] ?? 0) : null,
			left: hadPrevious ? Number(counts?.['left_count'] ?? 0) : null,
			enteredKeys,
			leftKeys
		};
	}

	async dropSnapshot(snapshotId: string): Promise<void> {
		const sid = quoteString(snapshotId);
		await this.snapshotTables();
		this.changes++;
		for (const table of [
			'segment_members',
			'segment_members_previous',
			'segment_snapshots',
			'segment_labels'
		])
			await this.runner.exec(`DELETE FROM main.${table} WHERE segment_id = ${sid}`);
		await this.checkpoint();
	}

	async databaseSize(): Promise<{ bytes: number; memoryBytes: number }> {
		const rows = tableToRows(await this.runner.table('CALL pragma_database_size()'));
		const main =
			rows.find((r) => r['database_name'] === 'memory' || r['database_name'] === 'segments') ??
			rows[0];
		const parse = (v: unknown): number => {
			const m = /([\d.]+)\s*(bytes|KiB|MiB|GiB|TiB|KB|MB|GB)?/i.exec(String(v ?? '0'));
			if (!m) return 0;
			const unit = (m[2] ?? 'bytes').toLowerCase();
			const mult: Record<string, number> = {
				bytes: 1,
				kib: 1024,
				kb: 1000,
				mib: 1024 ** 2,
				mb: 1e6,
				gib: 1024 ** 3,
				gb: 1e9,
				tib: 1024 ** 4
			};
			return Number(m[1]) * (mult[unit] ?? 1);
		};
		return {
			bytes: Number(main?.['total_blocks'] ?? 0) * Number(main?.['block_size'] ?? 0),
			memoryBytes: parse(main?.['memory_usage'])
		};
	}
}

export function toErrorInfo(e: unknown, what: string): EngineErrorInfo {
	if (e instanceof EngineError) return e.toInfo();
	const raw = errorMessage(e);
	if (isQuotaError(raw))
		return {
			code: 'quota',
			message: `${what} failed: the browser's storage is full.`,
			detail: raw
		};
	if (isFatalEngineError(raw))
		return {
			code: 'restarted',
			message: `${what} failed: the engine stopped (${userMessage(raw)}).`,
			detail: raw
		};
	if (/Out of Memory/i.test(raw))
		return {
			code: 'too-large',
			message: `${what} needs more memory than this browser tab can give the engine.`,
			detail: raw
		};
	return { code: 'query', message: `${what} failed: ${userMessage(raw)}`, detail: raw };
}
