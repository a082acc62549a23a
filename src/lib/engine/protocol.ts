// The types that cross the boundary between the engine worker and the rest of the app. Plain,
// structured-cloneable data only: rows, column descriptions, staged-import summaries.
export type { Row, Value, QueryResult, ResultColumn } from './results';

/** The five kinds of value a user sees (the same union as the data model's AttributeType). */
export type ColumnKind = 'number' | 'string' | 'date' | 'timestamp' | 'boolean';

export type StorageKind = 'opfs' | 'indexeddb' | 'memory';

/**
 * While snapshotDiff runs, the keys of the run (one VARCHAR column member_key): the relation a
 * run's labels statement reads.
 */
export const SNAPSHOT_KEYS = 'temp.snapshot_keys';

export interface RestoreSummary {
	tables: number;
	rows: number;
	bytes: number;
	ms: number;
	/** Tables whose saved copy could not be read back (left out, named). */
	failed: string[];
}

/** Posted by the worker (outside comlink) while it loads saved tables at start. */
export interface RestoreProgressMessage {
	segmentsRestore: { done: number; total: number; table: string | null };
}

export type SourceFormat = 'csv' | 'parquet' | 'json' | 'ndjson';

export interface EngineInfo {
	duckdbVersion: string;
	/** true when the database lives in OPFS and survives reloads. */
	persistent: boolean;
	/** Why the database is not persistent, in words, when it is not. */
	persistenceNote: string | null;
	/** The saved database refused writes at start and was rebuilt from its own tables. */
	storageRepaired?: boolean;
	settings: Record<string, string>;
	/**
	 * Where imported data is kept: the database file in OPFS; copies in IndexedDB, loaded into the
	 * in-memory engine at start (no OPFS sync access in this browser); or memory only.
	 */
	storage?: StorageKind;
	/** IndexedDB storage: what loading the saved tables took at this start. */
	restored?: RestoreSummary;
	/** leader: this tab runs the engine; follower: another tab runs it for this one. */
	role?: 'leader' | 'follower' | 'solo';
}

export interface StagedColumn {
	/** Column name in the staged data (DuckDB's, after de-duplication: `email_1`). */
	source: string;
	/** The attribute name we suggest (the source name unless it is reserved). */
	name: string;
	/** The header as it appeared in the file, when it differs from `source`. */
	header: string;
	duckdbType: string;
	/** Our reading of the column's kind; null when the column cannot be kept (nested, binary). */
	detected: ColumnKind | null;
	samples: (string | number | boolean | null)[];
	nullCount: number;
}

export interface MalformedRow {
	line: number | null;
	reason: string;
	text: string;
}

export interface StagedFile {
	stageId: string;
	fileName: string;
	format: SourceFormat;
	bytes: number;
	rowCount: number;
	columns: StagedColumn[];
	/** Rows the reader could not use, when the user can still import the rest. */
	malformed: { count: number; examples: MalformedRow[] };
	/** A literal text such as NULL found in the data and read as missing (user can switch off). */
	nullText: { token: string; columns: string[]; applied: boolean } | null;
	/** How the file was read, in words: "comma-separated, UTF-8, header row". */
	dialect: string;
	notes: string[];
}

export interface StageOptions {
	/** Read the literal text as missing; null = decide automatically. */
	nullText?: string | null | false;
	/** Override the delimiter the reader detected. */
	delimiter?: string;
}

export interface ColumnChoice {
	source: string;
	/** Attribute name in the entity (defaults to source). */
	name: string;
	kind: ColumnKind;
	include: boolean;
	/**
	 * How text values are written when not the standard way (text columns only): 'decimal-comma',
	 * 'thousands-comma' for numbers; a strptime format such as '%d/%m/%Y' for dates/timestamps.
	 */
	format?: string | null;
}

/** A way to read a column's values that parses more of them than the standard reading. */
export interface FormatOption {
	format: string;
	/** In words, with an example: "day first: 31/12/2024". */
	label: string;
	/** Values present in the file that would still be empty with this format. */
	lost: number;
}

export interface ColumnCheck {
	source: string;
	kind: ColumnKind;
	format: string | null;
	/** Values present in the file that would become empty under this kind (and format). */
	lost: number;
	examples: string[];
	samples: (string | number | boolean | null)[];
	/** Formats that read more of the values (best first); empty when there is nothing to offer. */
	formats: FormatOption[];
}

export interface CommitResult {
	table: string;
	rowCount: number;
	columns: { name: string; kind: ColumnKind; duckdbType: string }[];
}

export interface ImportProgress {
	stageId: string;
	phase: 'reading' | 'checking' | 'saving';
	bytesDone: number;
	bytesTotal: number;
	rows?: number;
}

export interface TableInfo {
	table: string;
	rowCount: number;
	columns: { name: string; duckdbType: string; kind: ColumnKind | null }[];
}

export interface ExportProgress {
	rows: number;
	bytes: number;
}

/** Errors the engine reports with a user-facing sentence. `code` lets the UI choose a remedy. */
export interface EngineErrorInfo {
	code:
		| 'cancelled'
		| 'superseded'
		| 'restarted'
		| 'import'
		| 'query'
		| 'too-large'
		| 'quota'
		| 'unavailable'
		/** an import made and undone: its rows could not be kept in this browser's storage */
		| 'not-kept';
	message: string;
	detail?: string;
}

/** Something the user should know about a request that succeeded, in a sentence. */
export interface EngineNotice {
	/**
	 * checkpoint: the change was made but could not be written to the database file; not-kept: it
	 * was made but its copy in IndexedDB (no OPFS) could not be saved.
	 */
	code: 'checkpoint' | 'not-kept';
	message: string;
	detail?: string;
}

/** What every engine operation answers: its value, or an error with a sentence. */
export type Result<T> =
	{ ok: true; value: T; notices?: EngineNotice[] } | { ok: false; error: EngineErrorInfo };
