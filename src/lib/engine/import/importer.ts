// Staging and committing imported files. A file is first read into a staging table, so the user
// can see rows, columns, types and malformed lines before it becomes an entity's table; committing
// converts each column to the kind the user chose and makes the entity's table in one transaction.
// Cancelling drops the stage. The staging table is a table of the database itself (main, named
// STAGE_PREFIX + the stage's id: hidden from `tables()`, refused to the page's SQL), so a large file
// is written to the database file while it is read instead of held in memory, and committing
// renames it (in-place.ts) instead of copying it. Stages left by a closed tab are dropped before
// the next import.
import { errorMessage } from '../../error-message';
import { tableToIPC } from 'apache-arrow';
import { batchToArrow } from '../arrow-batch';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { quoteIdent, quoteString } from '../../sql/quote';
import { EngineError, userMessage, isQuotaError } from '../errors';
import type {
	ColumnCheck,
	ColumnChoice,
	CommitResult,
	FormatOption,
	ImportProgress,
	MalformedRow,
	SourceFormat,
	StagedColumn,
	StagedFile,
	StageOptions,
	ColumnKind
} from '../protocol';
import { tableToRows, type Row } from '../results';
import type { QueryRunner } from '../worker/runner';
import { castExpression, kindOfDuckType, pickTextKind, textKindsQuery } from './kinds';
import { jsonRecords, cellText } from './json-records';
import {
	candidateFormats,
	formatLabel,
	formatProblem,
	formatProbe,
	invalidFormatError
} from './formats';
import {
	sniffFile,
	guessDelimiter,
	delimiterName,
	dialectFromColumns,
	splitFields,
	type Encoding
} from './sniff';
import { inPlacePlan, inPlaceStatements, STAGE_PREFIX } from './in-place';

/**
 * Text columns are first checked on this many rows; the undecided ones (every value there fits a
 * kind, or none is there) on every row. A column with text among the first rows is text, whatever
 * follows, so a smaller sample only sends more columns to the full check. The checks cost about
 * 5 µs per row and text column (four patterns, in WebAssembly): 50,000 rows took 0.6 s of the
 * import of five text columns, whatever the file's size.
 */
const KIND_SAMPLE_ROWS = 2_000;
const COLUMNS_MAX = 1000;
const HEAD_BYTES = 64 * 1024;
const RESERVED = new Set(['rowid']);

export interface ImportPlatform {
	/** Make the file readable by DuckDB under `path` (which lies in /import/). */
	registerFile(path: string, file: Blob): Promise<void>;
	dropFile(path: string): void;
	/** Bytes of `path` read so far by DuckDB, when the platform can tell. */
	bytesRead?(path: string): number;
	/** Parquet → Arrow IPC stream chunks, one per row group. */
	parquetToIpc?(file: Blob): AsyncGenerator<{ ipc: Uint8Array; done: number; total: number }>;
	/** An Arrow IPC stream → a Parquet file's bytes (for exports). */
	ipcToParquet?(ipc: Uint8Array): Promise<Uint8Array>;
}

interface Stage {
	id: string;
	file: Blob;
	fileName: string;
	path: string;
	format: SourceFormat;
	encoding: Encoding;
	headText: string;
	delimiter?: string;
	table: string;
	/** Detected kinds for text-staged columns (JSON, or CSV columns holding NULL text). */
	textKinds: Map<string, ColumnKind>;
	nullText: string | null;
	summary?: StagedFile;
}

type Progress = (p: ImportProgress) => void;

/** How one read of a CSV went: its reject scan (null when no line was rejected) and dialect. */
interface CsvScan {
	scanId: number | null;
	delimiter: string;
	hasHeader: boolean;
}

function sanitizeFileName(name: string): string {
	return name.replace(/[^A-Za-z0-9._-]/g, '_').slice(-80) || 'file';
}

export class Importer {
	private readonly stages = new Map<string, Stage>();
	private next = 1;

	constructor(
		private readonly bindings: DuckDBBindings,
		private readonly conn: number,
		private readonly runner: QueryRunner,
		private readonly platform: ImportPlatform,
		/** Write committed changes to the database file; reports its own failure (core.ts). */
		private readonly checkpoint: () => Promise<void>
	) {}

	/** Once per engine, before its first stage: the stages a closed tab left in the database. */
	private leftoversDropped = false;
	private async dropLeftoverStages(): Promise<void> {
		if (this.leftoversDropped) return;
		this.leftoversDropped = true;
		const left = await this.rows(
			`SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND starts_with(table_name, ${quoteString(STAGE_PREFIX)})`
		);
		for (const r of left)
			await this.runner.exec(`DROP TABLE IF EXISTS main.${quoteIdent(String(r['table_name']))}`);
	}

	private rows(sql: string, id?: string): Promise<Row[]> {
		return this.runner.table(sql, id ? { id } : {}).then(tableToRows);
	}

	/** Read a file into a staging table and describe it. */
	async stage(
		file: Blob,
		fileName: string,
		options: StageOptions,
		onProgress: Progress,
		requestId?: string
	): Promise<StagedFile> {
		const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
		const sniffed = sniffFile(fileName, file.size, head);
		if (!sniffed.ok) throw new EngineError('import', `${fileName}: ${sniffed.message}`);
		await this.dropLeftoverStages();
		const id = `stg_${this.next++}`;
		const path = `/import/${id}/${sanitizeFileName(fileName)}`;
		await this.platform.registerFile(path, file);
		const stage: Stage = {
			id,
			file,
			fileName,
			path,
			format: sniffed.format,
			encoding: sniffed.encoding,
			headText: sniffed.text,
			table: `main.${quoteIdent(STAGE_PREFIX + id)}`,
			textKinds: new Map(),
			nullText: null
		};
		this.stages.set(id, stage);
		try {
			return await this.load(stage, options, onProgress, requestId);
		} catch (e) {
			await this.discard(id);
			throw this.importError(fileName, e);
		}
	}

	/** Read the same file again with other options (delimiter, NULL text). */
	async restage(
		stageId: string,
		options: StageOptions,
		onProgress: Progress,
		requestId?: string
	): Promise<StagedFile> {
		const stage = this.get(stageId);
		try {
			return await this.load(stage, options, onProgress, requestId);
		} catch (e) {
			throw this.importError(stage.fileName, e);
		}
	}

	private importError(fileName: string, e: unknown): EngineError {
		if (e instanceof EngineError) {
			if (e.code === 'import' && !e.message.startsWith(fileName))
				return new EngineError('import', `${fileName}: ${e.message}`, e.detail);
			return e;
		}
		const raw = errorMessage(e);
		if (isQuotaError(raw))
			return new EngineError(
				'quota',
				`${fileName}: there is not enough storage space to import it.`,
				raw
			);
		return new EngineError('import', `${fileName} could not be read: ${csvProblem(raw)}`, raw);
	}

	private get(stageId: string): Stage {
		const stage = this.stages.get(stageId);
		if (!stage) throw new EngineError('import', 'This import was already finished or cancelled.');
		return stage;
	}

	private async load(
		stage: Stage,
		options: StageOptions,
		onProgress: Progress,
		requestId?: string
	): Promise<StagedFile> {
		const report = (phase: ImportProgress['phase'], bytesDone: number, rows?: number) =>
			onProgress({
				stageId: stage.id,
				phase,
				bytesDone,
				bytesTotal: stage.file.size,
				...(rows !== undefined ? { rows } : {})
			});
		report('reading', 0);
		await this.runner.exec(`DROP TABLE IF EXISTS ${stage.table}`);
		stage.textKinds = new Map();
		const notes: string[] = [];
		let malformed: StagedFile['malformed'] = { count: 0, examples: [] };
		let dialect = '';
		switch (stage.format) {
			case 'csv': {
				const r = await this.loadCsv(stage, options, (b) => report('reading', b), requestId);
				malformed = r.malformed;
				dialect = r.dialect;
				notes.push(...r.notes);
				break;
			}
			case 'parquet':
				await this.loadParquet(stage, (b) => report('reading', b), requestId);
				dialect = 'Parquet';
				break;
			case 'json':
			case 'ndjson':
				await this.loadJson(stage, (b) => report('reading', b), requestId);
				dialect =
					stage.format === 'json' ? 'JSON array of objects' : 'one JSON object per line (NDJSON)';
				break;
		}
		report('checking', stage.file.size);
		const summary = await this.describe(stage, options, malformed, dialect, notes, requestId);
		stage.summary = summary;
		return summary;
	}

	// ---- CSV -------------------------------------------------------------------------------

	/**
	 * Read the CSV into the stage's table; say how it was read. DuckDB records a scan in
	 * `reject_scans` only when it rejected lines, so the scan is looked up for this read alone (by
	 * its id and path); a clean read's dialect is told from its columns and first line where that
	 * is certain (dialectFromColumns), else the sniffer is asked with the same options: a scan left
	 * by an earlier file must never describe this one.
	 */
	private async readCsv(
		stage: Stage,
		extra: string[],
		onBytes: (b: number) => void,
		requestId?: string
	): Promise<CsvScan> {
		const args = [quoteString(stage.path), 'store_rejects = true', ...extra];
		if (stage.encoding !== 'utf-8') args.push(`encoding = ${quoteString(stage.encoding)}`);
		await this.runner.exec(`DROP TABLE IF EXISTS ${stage.table}`);
		const before = await this.lastScanId();
		await this.runner.exec(
			`CREATE TABLE ${stage.table} AS SELECT * FROM read_csv(${args.join(', ')})`,
			{
				...(requestId ? { id: requestId } : {}),
				onStep: () => onBytes(this.platform.bytesRead?.(stage.path) ?? 0)
			}
		);
		const [rejected] = await this.rows(
			`SELECT scan_id, delimiter, has_header FROM reject_scans WHERE scan_id > ${before} AND file_path = ${quoteString(stage.path)} ORDER BY scan_id DESC LIMIT 1`
		).catch(() => []);
		if (rejected)
			return {
				scanId: Number(rejected['scan_id']),
				delimiter: String(rejected['delimiter'] ?? ','),
				hasHeader: rejected['has_header'] !== false
			};
		const given = /^delim = '(.*)'$/
			.exec(extra.find((a) => a.startsWith('delim = ')) ?? '')?.[1]
			?.replace(/''/g, "'");
		// told from the columns read and the first line where that is certain (a sniff costs more)
		const names = (await this.rows(`DESCRIBE ${stage.table}`).catch(() => [])).map((r) =>
			String(r['column_name'])
		);
		const known = dialectFromColumns(names, stage.headText);
		if (known && (given === undefined || given === known.delimiter))
			return { scanId: null, ...known };
		// the dialect only: a full-file type sample would read the whole file once more
		const sniffArgs = args.filter((a) => !a.startsWith('sample_size'));
		const [sniffed] = await this.rows(
			`SELECT Delimiter AS delimiter, HasHeader AS has_header FROM sniff_csv(${sniffArgs.join(', ')})`
		).catch(() => []);
		return {
			scanId: null,
			delimiter: given ?? String(sniffed?.['delimiter'] ?? ','),
			hasHeader: sniffed?.['has_header'] !== false
		};
	}

	private async lastScanId(): Promise<number> {
		const [r] = await this.rows(`SELECT max(scan_id) AS n FROM reject_scans`).catch(() => []);
		return r?.['n'] === null || r?.['n'] === undefined ? -1 : Number(r['n']);
	}

	private async loadCsv(
		stage: Stage,
		options: StageOptions,
		onBytes: (b: number) => void,
		requestId?: string
	): Promise<{ malformed: StagedFile['malformed']; dialect: string; notes: string[] }> {
		const notes: string[] = [];
		const guess = guessDelimiter(stage.headText);
		const nonEmptyLines = stage.headText.split(/\r?\n/).filter((l) => l.trim() !== '');
		if (nonEmptyLines.length === 1 && stage.file.size <= HEAD_BYTES) {
			throw new EngineError(
				'import',
				'The file has a single line (column names?) and no data rows.'
			);
		}
		const extra: string[] = [];
		let delimiter = options.delimiter;
		if (delimiter) extra.push(`delim = ${quoteString(delimiter)}`);
		let scan: CsvScan;
		try {
			scan = await this.readCsv(stage, extra, onBytes, requestId);
		} catch (e) {
			if (e instanceof EngineError) throw e;
			const raw = errorMessage(e);
			if (/Invalid unicode|not utf-8 encoded/i.test(raw) && stage.encoding === 'utf-8') {
				// the head was UTF-8 but a later part is not: read it all as Latin-1
				stage.encoding = 'latin-1';
				notes.push(
					'Some bytes were not valid UTF-8, so the file was read as Latin-1 (Western European).'
				);
				scan = await this.readCsv(stage, extra, onBytes, requestId);
			} else if (!delimiter && guess) {
				delimiter = guess.delimiter;
				scan = await this.readCsv(stage, [`delim = ${quoteString(delimiter)}`], onBytes, requestId);
			} else throw e;
		}
		// DuckDB sometimes settles for one column (or '|') on exports with unquoted commas
		if (!delimiter && guess && scan.delimiter !== guess.delimiter) {
			const cols = await this.columnCount(stage.table);
			if (guess.columns > cols && guess.consistency >= 0.6) {
				delimiter = guess.delimiter;
				scan = await this.readCsv(stage, [`delim = ${quoteString(delimiter)}`], onBytes, requestId);
				notes.push(
					`The file was read as ${delimiterName(delimiter)}: its header has ${guess.columns} columns that way.`
				);
			}
		}
		let malformed = await this.malformedRows(scan.scanId);
		// values later in the file that do not fit the type sniffed from a sample: sniff it all
		if (malformed.castErrors > 0) {
			const withDelim = delimiter ? [`delim = ${quoteString(delimiter)}`] : [];
			scan = await this.readCsv(stage, [...withDelim, 'sample_size = -1'], onBytes, requestId);
			malformed = await this.malformedRows(scan.scanId);
		}
		stage.delimiter = scan.delimiter;
		const enc =
			stage.encoding === 'utf-8' ? 'UTF-8' : stage.encoding === 'utf-16' ? 'UTF-16' : 'Latin-1';
		const dialect = [
			delimiterName(scan.delimiter),
			enc,
			scan.hasHeader === false ? 'no header row (columns named column0, column1, …)' : 'header row'
		].join(', ');
		return { malformed: { count: malformed.count, examples: malformed.examples }, dialect, notes };
	}

	private async malformedRows(
		scanId: number | null
	): Promise<{ count: number; castErrors: number; examples: MalformedRow[] }> {
		if (scanId === null) return { count: 0, castErrors: 0, examples: [] };
		const where = `WHERE scan_id = ${scanId}`;
		const [totals] = await this.rows(
			`SELECT count(DISTINCT line) AS n, count(*) FILTER (WHERE error_type::VARCHAR = 'CAST') AS casts FROM reject_errors ${where}`
		);
		const examples = await this.rows(
			// ENUM columns lose their dictionary in streamed results: read them as text
			`SELECT line, error_type::VARCHAR AS error_type, column_name, csv_line, error_message FROM reject_errors ${where} ORDER BY line LIMIT 50`
		);
		// a line can break several rules: show each malformed line once
		const seen = new Set<unknown>();
		const perLine = examples.filter((r) => !seen.has(r['line']) && seen.add(r['line'])).slice(0, 5);
		return {
			count: Number(totals?.['n'] ?? 0),
			castErrors: Number(totals?.['casts'] ?? 0),
			examples: perLine.map((r) => ({
				line: r['line'] === null ? null : Number(r['line']),
				reason: describeReject(r),
				text: String(r['csv_line'] ?? '').slice(0, 300)
			}))
		};
	}

	private async columnCount(table: string): Promise<number> {
		const rows = await this.rows(`DESCRIBE ${table}`);
		return rows.length;
	}

	// ---- Parquet ---------------------------------------------------------------------------

	private async loadParquet(
		stage: Stage,
		onBytes: (b: number) => void,
		requestId?: string
	): Promise<void> {
		if (!this.platform.parquetToIpc)
			throw new EngineError('import', 'Parquet is not available here.');
		const name = stage.id;
		let first = true;
		// one transaction: the row groups go to the database file as they fill, not through the
		// write-ahead log once per piece
		await this.runner.exec('BEGIN TRANSACTION');
		try {
			for await (const part of this.platform.parquetToIpc(stage.file)) {
				if (requestId && this.isCancelled(requestId))
					throw new EngineError('cancelled', 'Cancelled.');
				this.bindings.insertArrowFromIPCStream(this.conn, part.ipc, {
					name: STAGE_PREFIX + name,
					schema: 'main',
					create: first
				});
				first = false;
				onBytes(Math.round((stage.file.size * part.done) / Math.max(1, part.total)));
			}
			await this.runner.exec('COMMIT');
		} catch (e) {
			await this.runner.exec('ROLLBACK').catch(() => undefined);
			if (e instanceof EngineError) throw e;
			const raw = errorMessage(e);
			throw new EngineError(
				'import',
				`The Parquet file could not be read (${userMessage(raw)}). It may be incomplete or damaged; export it again.`,
				raw
			);
		}
		if (first) throw new EngineError('import', 'The Parquet file has no columns.');
	}

	private cancelledIds = new Set<string>();
	markCancelled(id: string): void {
		this.cancelledIds.add(id);
	}
	private isCancelled(id: string): boolean {
		return this.cancelledIds.delete(id);
	}

	// ---- JSON / NDJSON ---------------------------------------------------------------------

	private async loadJson(
		stage: Stage,
		onBytes: (b: number) => void,
		requestId?: string
	): Promise<void> {
		const format = stage.format === 'ndjson' ? 'ndjson' : 'json';
		const columns: string[] = [];
		const known = new Map<string, string>(); // lower-case → column (DuckDB names are case-insensitive)
		let created = false;
		let rows = 0;
		for await (const batch of jsonRecords(stage.file, format, 20_000, onBytes)) {
			if (requestId && this.isCancelled(requestId))
				throw new EngineError('cancelled', 'Cancelled.');
			for (const record of batch)
				for (const key of Object.keys(record)) {
					if (known.has(key.toLowerCase())) continue;
					let name = key === '' ? `column${columns.length}` : key;
					let n = 1;
					while (known.has(name.toLowerCase()) || RESERVED.has(name.toLowerCase()))
						name = `${key}_${n++}`;
					known.set(key.toLowerCase(), name);
					if (key.toLowerCase() !== name.toLowerCase()) known.set(name.toLowerCase(), name);
					columns.push(name);
					if (columns.length > COLUMNS_MAX)
						throw new EngineError(
							'too-large',
							`The records have more than ${COLUMNS_MAX} different fields.`
						);
					if (created)
						await this.runner.exec(
							`ALTER TABLE ${stage.table} ADD COLUMN ${quoteIdent(name)} VARCHAR`
						);
				}
			const keyOf = new Map<string, string>();
			for (const record of batch)
				for (const key of Object.keys(record)) keyOf.set(known.get(key.toLowerCase()) ?? key, key);
			// built buffer by buffer: Arrow's value builders compile code with new Function, which
			// the app's Content Security Policy forbids
			const table = batchToArrow(
				{ columns: columns.map((name) => ({ name, type: 'string' as const, nullable: true })) },
				{
					length: batch.length,
					columns: columns.map((col) => {
						const key = keyOf.get(col) ?? col;
						return batch.map((r) => cellText(r[key]));
					})
				}
			);
			this.bindings.insertArrowFromIPCStream(this.conn, tableToIPC(table, 'stream'), {
				name: STAGE_PREFIX + stage.id,
				schema: 'main',
				create: !created
			});
			created = true;
			rows += batch.length;
		}
		if (!created || rows === 0) throw new EngineError('import', 'The file holds no records.');
		if (columns.length === 0) throw new EngineError('import', 'The records have no fields.');
	}

	// ---- description -----------------------------------------------------------------------

	private async describe(
		stage: Stage,
		options: StageOptions,
		malformed: StagedFile['malformed'],
		dialect: string,
		notes: string[],
		requestId?: string
	): Promise<StagedFile> {
		const described = await this.rows(`DESCRIBE ${stage.table}`);
		if (described.length > COLUMNS_MAX) {
			throw new EngineError(
				'too-large',
				`The file has ${described.length.toLocaleString('en')} columns; Segments reads up to ${COLUMNS_MAX.toLocaleString('en')}. Remove the columns you do not need and import it again.`
			);
		}
		const cols = described.map((r) => ({
			name: String(r['column_name']),
			type: String(r['column_type'])
		}));
		const textCols = cols.filter((c) => c.type === 'VARCHAR').map((c) => c.name);
		// literal NULL text in text columns: read as missing unless the user said otherwise
		const token =
			textCols.length > 0 && options.nullText !== false
				? typeof options.nullText === 'string'
					? options.nullText
					: 'NULL'
				: null;
		// one scan for the rows, each column's missing values and each text column's NULL text
		const [counts] = await this.rows(
			`SELECT ${[
				'count(*) AS n',
				...cols.map((c, i) => `count(*) - count(${quoteIdent(c.name)}) AS n${i}`),
				...(token === null
					? []
					: textCols.map(
							(c, i) => `count(*) FILTER (WHERE ${quoteIdent(c)} = ${quoteString(token)}) AS c${i}`
						))
			].join(', ')} FROM ${stage.table}`
		);
		const rowCount = Number(counts?.['n'] ?? 0);
		if (rowCount === 0 && malformed.count === 0)
			throw new EngineError('import', 'The file has column names but no data rows.');
		if (rowCount === 0)
			throw new EngineError(
				'import',
				`None of the rows could be read (${malformed.count.toLocaleString('en')} malformed, e.g. line ${malformed.examples[0]?.line ?? '?'}: ${malformed.examples[0]?.reason ?? ''}).`
			);
		const nullColumns =
			token === null ? [] : textCols.filter((_c, i) => Number(counts?.[`c${i}`] ?? 0) > 0);
		const nullText = nullColumns.length > 0 ? token : null;
		stage.nullText = nullText;
		// text columns: what kind do their values fit? (JSON is staged as text throughout)
		if (textCols.length > 0) {
			// first on the first rows: a column with text there is text (most text columns end here);
			// only the rest (and columns empty there) are checked over every row
			const [inSample] = await this.rows(
				textKindsQuery(
					`(SELECT * FROM ${stage.table} LIMIT ${KIND_SAMPLE_ROWS})`,
					textCols,
					nullText
				),
				requestId
			);
			const undecided = textCols.filter(
				(_c, i) =>
					!inSample ||
					pickTextKind(inSample, i) !== 'string' ||
					Number(inSample[`n${i}`] ?? 0) === 0
			);
			for (const c of textCols) stage.textKinds.set(c, 'string');
			if (undecided.length > 0) {
				const [kinds] =
					rowCount <= KIND_SAMPLE_ROWS && inSample
						? [inSample]
						: await this.rows(textKindsQuery(stage.table, undecided, nullText), requestId);
				const of = (c: string) =>
					rowCount <= KIND_SAMPLE_ROWS ? textCols.indexOf(c) : undecided.indexOf(c);
				for (const c of undecided)
					stage.textKinds.set(c, kinds ? pickTextKind(kinds, of(c)) : 'string');
			}
			if (stage.format === 'csv') {
				// a CSV text column DuckDB left as text is text, unless NULL markers hid its type
				for (const c of textCols)
					if (!nullColumns.includes(c) && stage.textKinds.get(c) !== 'string') {
						const k = stage.textKinds.get(c);
						if (k !== 'date' && k !== 'timestamp' && k !== 'boolean')
							stage.textKinds.set(c, 'string');
					}
			}
		}
		const sampleRows = await this.rows(
			`SELECT ${cols.map((c) => `${castExpression(c.name, c.type, this.kindOf(stage, c), nullText)} AS ${quoteIdent(c.name)}`).join(', ')} FROM ${stage.table} LIMIT 200`
		);
		const headerNames = this.headerNames(stage, cols.length);
		const columns: StagedColumn[] = cols.map((c, i) => {
			const samples: StagedColumn['samples'] = [];
			for (const r of sampleRows) {
				const v = r[c.name];
				if (v === null || v === undefined || samples.includes(v)) continue;
				samples.push(typeof v === 'string' && v.length > 60 ? v.slice(0, 57) + '…' : v);
				if (samples.length >= 3) break;
			}
			return {
				source: c.name,
				name: RESERVED.has(c.name.toLowerCase()) ? `${c.name}_1` : c.name,
				header: headerNames?.[i] ?? c.name,
				duckdbType: c.type,
				detected: this.kindOf(stage, c),
				samples,
				// empty after the import: missing in the file, or the NULL text that will read as missing
				nullCount:
					Number(counts?.[`n${i}`] ?? 0) +
					(nullText !== null && c.type === 'VARCHAR'
						? Number(counts?.[`c${textCols.indexOf(c.name)}`] ?? 0)
						: 0)
			};
		});
		for (const c of columns)
			if (RESERVED.has(c.source.toLowerCase()))
				notes.push(
					`The column “${c.source}” will be called “${c.source}_1”: the name is reserved.`
				);
		return {
			stageId: stage.id,
			fileName: stage.fileName,
			format: stage.format,
			bytes: stage.file.size,
			rowCount,
			columns,
			malformed,
			nullText: nullText ? { token: nullText, columns: nullColumns, applied: true } : null,
			dialect,
			notes
		};
	}

	/** Header names as written in the file (CSV), to show where DuckDB renamed duplicates. */
	private headerNames(stage: Stage, count: number): string[] | null {
		if (stage.format !== 'csv') return null;
		const first = stage.headText.split(/\r?\n/, 1)[0] ?? '';
		const d = stage.delimiter ?? guessDelimiter(stage.headText)?.delimiter ?? ',';
		const names = splitFields(first, d);
		return names.length === count ? names : null;
	}

	private kindOf(stage: Stage, c: { name: string; type: string }): ColumnKind {
		return stage.textKinds.get(c.name) ?? kindOfDuckType(c.type) ?? 'string';
	}

	// ---- checking and committing ---------------------------------------------------------

	private async stagedTypes(stage: Stage): Promise<Map<string, string>> {
		const rows = await this.rows(`DESCRIBE ${stage.table}`);
		return new Map(rows.map((r) => [String(r['column_name']), String(r['column_type'])]));
	}

	/** A chosen format that cannot be used: a sentence, before it reaches the conversion. */
	private async checkFormats(choices: ColumnChoice[]): Promise<void> {
		for (const c of choices) {
			// kinds without formats (text, yes/no) ignore one left over from another kind
			if (!c.format || candidateFormats(c.kind).length === 0) continue;
			const problem = formatProblem(c.kind, c.format);
			if (problem) throw new EngineError('import', `Column “${c.source}”: ${problem}`);
			if (c.kind === 'number') continue;
			try {
				await this.runner.exec(formatProbe(c.format));
			} catch {
				throw invalidFormatError(c.format);
			}
		}
	}

	/**
	 * What converting columns to the chosen kinds (and formats) would lose, with fresh samples,
	 * and the formats that would read more of the values.
	 */
	async check(stageId: string, choices: ColumnChoice[]): Promise<ColumnCheck[]> {
		const stage = this.get(stageId);
		const types = await this.stagedTypes(stage);
		const chosen = choices.filter((c) => types.has(c.source));
		if (chosen.length === 0) return [];
		await this.checkFormats(chosen);
		const typeOf = (c: ColumnChoice) => types.get(c.source) ?? 'VARCHAR';
		const exprs = chosen.map((c) =>
			castExpression(c.source, typeOf(c), c.kind, stage.nullText, c.format ?? null)
		);
		const src = chosen.map((c) => {
			const x = quoteIdent(c.source);
			return typeOf(c) === 'VARCHAR' && stage.nullText
				? `NULLIF(${x}, ${quoteString(stage.nullText)})`
				: x;
		});
		const [lost] = await this.rows(
			`SELECT ${exprs.map((e, i) => `count(*) FILTER (WHERE ${src[i]} IS NOT NULL AND (${e}) IS NULL) AS l${i}`).join(', ')} FROM ${stage.table}`
		);
		const result: ColumnCheck[] = [];
		for (let i = 0; i < chosen.length; i++) {
			const c = chosen[i]!;
			const n = Number(lost?.[`l${i}`] ?? 0);
			let examples: string[] = [];
			if (n > 0) {
				const ex = await this.rows(
					`SELECT DISTINCT CAST(${src[i]} AS VARCHAR) AS v FROM ${stage.table} WHERE ${src[i]} IS NOT NULL AND (${exprs[i]}) IS NULL LIMIT 3`
				);
				examples = ex.map((r) => String(r['v']));
			}
			const samples = await this.rows(
				`SELECT DISTINCT ${exprs[i]} AS v FROM (SELECT * FROM ${stage.table} LIMIT 200) WHERE ${src[i]} IS NOT NULL LIMIT 3`
			);
			const formats =
				typeOf(c) === 'VARCHAR' && (n > 0 || c.format)
					? await this.formatOptions(stage, c, src[i]!)
					: [];
			result.push({
				source: c.source,
				kind: c.kind,
				format: c.format ?? null,
				lost: n,
				examples,
				samples: samples.map((r) => r['v'] ?? null),
				formats
			});
		}
		return result;
	}

	/** The candidate formats that read more of a text column's values than the standard reading. */
	private async formatOptions(stage: Stage, c: ColumnChoice, src: string): Promise<FormatOption[]> {
		const candidates = candidateFormats(c.kind);
		if (candidates.length === 0) return [];
		const exprs = [null, ...candidates].map((f) =>
			castExpression(c.source, 'VARCHAR', c.kind, stage.nullText, f)
		);
		const [row] = await this.rows(
			`SELECT ${exprs.map((e, i) => `count(*) FILTER (WHERE ${src} IS NOT NULL AND (${e}) IS NULL) AS f${i}`).join(', ')} FROM ${stage.table}`
		);
		const standardLost = Number(row?.['f0'] ?? 0);
		return candidates
			.map((format, i) => ({
				format,
				label: formatLabel(format),
				lost: Number(row?.[`f${i + 1}`] ?? 0)
			}))
			.filter((o) => o.lost < standardLost)
			.sort((a, b) => a.lost - b.lost)
			.slice(0, 5);
	}

	/** Write the staged rows as the table `table` (replacing it if it exists) and checkpoint. */
	async commit(
		stageId: string,
		table: string,
		choices: ColumnChoice[],
		onProgress: Progress,
		requestId?: string
	): Promise<CommitResult> {
		const stage = this.get(stageId);
		const types = await this.stagedTypes(stage);
		const included = choices.filter((c) => c.include && types.has(c.source));
		if (included.length === 0)
			throw new EngineError('import', 'Choose at least one column to import.');
		await this.checkFormats(included);
		const names = new Set<string>();
		for (const c of included) {
			const lower = c.name.toLowerCase();
			if (c.name.trim() === '')
				throw new EngineError('import', `The column “${c.source}” needs a name.`);
			if (RESERVED.has(lower))
				throw new EngineError('import', `“${c.name}” is a reserved name; choose another.`);
			if (names.has(lower))
				throw new EngineError(
					'import',
					`Two columns would be called “${c.name}”; names must differ (ignoring case).`
				);
			names.add(lower);
		}
		if (table.toLowerCase().startsWith('__segments_'))
			throw new EngineError('import', `“${table}” is a name Segments keeps for itself.`);
		const columns = included.map((c) => ({
			source: c.source,
			name: c.name,
			expr: castExpression(
				c.source,
				types.get(c.source) ?? 'VARCHAR',
				c.kind,
				stage.nullText,
				c.format ?? null
			)
		}));
		onProgress({ stageId, phase: 'saving', bytesDone: 0, bytesTotal: stage.file.size });
		const target = quoteIdent(table);
		const statements = (await this.inPlace(stage, [...types.keys()], columns, table)) ?? [
			`CREATE OR REPLACE TABLE main.${target} AS SELECT\n  ${columns.map((c) => `${c.expr} AS ${quoteIdent(c.name)}`).join(',\n  ')}\nFROM ${stage.table}`
		];
		try {
			await this.runner.exec('BEGIN TRANSACTION');
			for (const sql of statements) await this.runner.exec(sql, requestId ? { id: requestId } : {});
			await this.runner.exec('COMMIT');
		} catch (e) {
			await this.runner.exec('ROLLBACK').catch(() => undefined);
			const raw = errorMessage(e);
			if (e instanceof EngineError) throw e;
			if (isQuotaError(raw))
				throw new EngineError(
					'quota',
					`${stage.fileName}: there is not enough storage space to save it. Nothing was changed.`,
					raw
				);
			throw new EngineError(
				'import',
				`${stage.fileName} could not be saved: ${userMessage(raw)}`,
				raw
			);
		}
		await this.checkpoint();
		const described = await this.rows(`DESCRIBE main.${target}`);
		const [count] = await this.rows(`SELECT count(*) AS n FROM main.${target}`);
		await this.discard(stageId);
		return {
			table,
			rowCount: Number(count?.['n'] ?? 0),
			columns: described.map((r) => {
				const duckdbType = String(r['column_type']);
				return {
					name: String(r['column_name']),
					duckdbType,
					kind: kindOfDuckType(duckdbType) ?? 'string'
				};
			})
		};
	}

	/** The ALTERs that make the staged table `table` without a copy, or null (in-place.ts). */
	private async inPlace(
		stage: Stage,
		staged: string[],
		columns: { source: string; name: string; expr: string }[],
		table: string
	): Promise<string[] | null> {
		const plan = inPlacePlan(staged, columns);
		if (!plan) return null;
		let types: string[] = [];
		if (plan.convert.length > 0) {
			const described = await this.rows(
				`DESCRIBE SELECT ${plan.convert.map((c, i) => `${c.expr} AS c${i}`).join(', ')} FROM ${stage.table}`
			);
			types = described.map((r) => String(r['column_type']));
		}
		return inPlaceStatements(stage.table, table, plan, types);
	}

	async discard(stageId: string): Promise<void> {
		const stage = this.stages.get(stageId);
		if (!stage) return;
		this.stages.delete(stageId);
		await this.runner.exec(`DROP TABLE IF EXISTS ${stage.table}`).catch(() => undefined);
		try {
			this.platform.dropFile(stage.path);
		} catch {
			// not registered (e.g. Parquet and JSON are read by us, not DuckDB)
		}
	}
}

/** DuckDB's CSV errors in words a user can act on. */
function csvProblem(raw: string): string {
	if (/not possible to automatically detect the CSV parsing dialect|Error when sniffing/i.test(raw))
		return 'its layout (delimiter, quotes, header) could not be recognised. Check that it is a CSV or TSV file with the same number of fields on every line.';
	if (/not (latin-1|utf-8) encoded|Invalid unicode/i.test(raw))
		return 'its text encoding is not one Segments reads (UTF-8, UTF-16 or Latin-1). Save it as UTF-8 and import it again.';
	if (/Maximum line size/i.test(raw))
		return 'a line is longer than the reader allows (is it really a CSV file?).';
	return userMessage(raw.replace(/"\/import\/[^"]*"/g, 'the file'));
}

function describeReject(r: Row): string {
	const type = String(r['error_type'] ?? '');
	const column = r['column_name'] ? ` in column “${String(r['column_name'])}”` : '';
	const message = String(r['error_message'] ?? '');
	switch (type) {
		case 'TOO MANY COLUMNS':
		case 'MISSING COLUMNS':
		case 'TOO FEW COLUMNS': {
			const m = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
			return m
				? `${m[2]} fields where the header has ${m[1]} (an unquoted delimiter or a missing value?)`
				: type.toLowerCase();
		}
		case 'UNQUOTED VALUE':
			return 'a quote inside a value that is not itself quoted';
		case 'INVALID UNICODE':
		case 'INVALID ENCODING':
			return 'bytes that are not valid text in this encoding';
		case 'CAST':
			return `a value that does not fit the column's type${column}`;
		case 'LINE SIZE OVER MAXIMUM':
			return 'a line longer than the reader allows';
		case 'MISSING QUOTES':
			return 'a quoted value that is never closed';
		default:
			return userMessage(message) + column;
	}
}
