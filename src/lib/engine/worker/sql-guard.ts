// What SQL the page may send the engine. The page's SQL (compiled segments, relationship and profile
// checks, backups, exports) reads and writes the app's own tables and nothing else, so everything
// that reaches past them is refused before it runs: extensions (INSTALL, LOAD), other databases
// (ATTACH, DETACH, USE), secrets, settings (SET, RESET, PRAGMA), file reads and writes (COPY,
// EXPORT/IMPORT DATABASE, glob(), read_*(), a file name used as a table) and the import's staging
// tables (a file not yet imported). The engine's own statements (import staging, snapshots, start-up) do not come through
// here. DuckDB-WASM exposes no statement type before running, so this is a tokenizer that follows
// DuckDB's lexer (nested comments, E'' and $$ strings, quoted names) and splits statements on `;`.

import { STAGE_PREFIX } from '../import/in-place';

/** Statement kinds the page may run, by first word (CREATE, DROP, ALTER: of tables and views). */
const ALLOWED_FIRST = new Set([
	'select',
	'with',
	'from',
	'values',
	'insert',
	'update',
	'delete',
	'checkpoint'
]);
const DDL = new Set(['create', 'drop', 'alter']);
const DDL_OBJECTS = new Set(['table', 'view']);
/** Words between CREATE and the kind of object. */
const CREATE_MODIFIERS = new Set(['or', 'replace', 'temp', 'temporary', 'persistent', 'unlogged']);
/**
 * The engine's own tables: the member lists kept at each run (core.ts) and its start-up write
 * probe. Page SQL may read them and delete rows (a restore trims them), never create, drop, alter
 * or rename them: the engine alone decides their shape.
 */
const ENGINE_TABLES = new Set([
	'segment_members',
	'segment_members_previous',
	'segment_snapshots',
	'segment_labels'
]);
const isEngineTable = (name: string) =>
	ENGINE_TABLES.has(name.toLowerCase()) || name.toLowerCase().startsWith('__segments_');
/** Query-only entries (exports, snapshot members) take these. */
const QUERY_FIRST = new Set(['select', 'with', 'from', 'values']);

/** Table functions that list or read files, or run SQL given as text. */
const FILE_FUNCTIONS = new Set([
	'glob',
	'query',
	'query_table',
	'sniff_csv',
	'which_secret',
	'duckdb_secrets',
	'load_aws_credentials',
	'csv_scan',
	'json_scan',
	'arrow_scan'
]);
const FILE_FUNCTION_PREFIXES = [
	'read_',
	'parquet_',
	'iceberg_',
	'delta_',
	'sqlite_',
	'postgres_',
	'mysql_'
];

/**
 * A quoted name DuckDB would try as a file when no table has it (its "replacement scan"): a path or
 * a URL. The app's tables are named t_… and demo_…; other names stay allowed, since with nothing
 * registered under /import/ while page SQL runs (see StagedFiles in core.ts) no file is there.
 */
const FILE_LIKE_NAME = /^\s*([/\\.~]|import\/|[a-z][a-z0-9+.-]*:)/i;

const CLAUSE_WORDS = new Set([
	'select',
	'from',
	'where',
	'group',
	'having',
	'order',
	'limit',
	'offset',
	'qualify',
	'window',
	'union',
	'except',
	'intersect',
	'on',
	'using',
	'set',
	'values',
	'returning'
]);

type Token =
	| { t: 'word'; v: string }
	| { t: 'quoted'; v: string }
	| { t: 'string'; v: string }
	| { t: 'punct'; v: string };

export class RefusedStatement extends Error {
	constructor(readonly kind: string) {
		super(`This statement is not allowed: ${kind}.`);
		this.name = 'RefusedStatement';
	}
}

const isIdentStart = (c: string) => /[A-Za-z_]/.test(c) || c.charCodeAt(0) >= 0x80;
const isIdentPart = (c: string) => /[A-Za-z0-9_$]/.test(c) || c.charCodeAt(0) >= 0x80;

/** The tokens of `sql` as DuckDB's lexer sees them, comments dropped. */
export function tokenize(sql: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	const n = sql.length;
	while (i < n) {
		const c = sql[i]!;
		if (/\s/.test(c)) {
			i++;
		} else if (c === '-' && sql[i + 1] === '-') {
			while (i < n && sql[i] !== '\n' && sql[i] !== '\r') i++;
		} else if (c === '/' && sql[i + 1] === '*') {
			// comments nest, as in PostgreSQL (whose lexer DuckDB's parser uses)
			let depth = 0;
			while (i < n) {
				if (sql[i] === '/' && sql[i + 1] === '*') {
					depth++;
					i += 2;
				} else if (sql[i] === '*' && sql[i + 1] === '/') {
					depth--;
					i += 2;
					if (depth === 0) break;
				} else i++;
			}
		} else if (c === "'") {
			const [v, end] = readString(sql, i, false);
			out.push({ t: 'string', v });
			i = end;
		} else if (c === '"') {
			let v = '';
			i++;
			while (i < n) {
				if (sql[i] === '"') {
					if (sql[i + 1] === '"') {
						v += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				v += sql[i++];
			}
			out.push({ t: 'quoted', v });
		} else if (
			c === '$' &&
			/^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.test(sql.slice(i))
		) {
			const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(sql.slice(i))![0];
			const close = sql.indexOf(tag, i + tag.length);
			const end = close === -1 ? n : close;
			out.push({ t: 'string', v: sql.slice(i + tag.length, end) });
			i = close === -1 ? n : close + tag.length;
		} else if (isIdentStart(c)) {
			let j = i + 1;
			while (j < n && isIdentPart(sql[j]!)) j++;
			const word = sql.slice(i, j);
			if ((word === 'e' || word === 'E') && sql[j] === "'") {
				// E'…' strings take backslash escapes
				const [v, end] = readString(sql, j, true);
				out.push({ t: 'string', v });
				i = end;
			} else {
				out.push({ t: 'word', v: word.toLowerCase() });
				i = j;
			}
		} else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
			// digits, a fraction and an exponent only: `1e'…'` is the number 1 and an E string
			const m = /^[0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9][0-9_]*)?/.exec(sql.slice(i))!;
			out.push({ t: 'punct', v: '0' });
			i += Math.max(1, m[0].length);
		} else {
			out.push({ t: 'punct', v: c });
			i++;
		}
	}
	return out;
}

function readString(sql: string, start: number, backslash: boolean): [string, number] {
	let v = '';
	let i = start + 1;
	while (i < sql.length) {
		const c = sql[i]!;
		if (backslash && c === '\\') {
			v += sql[i + 1] ?? '';
			i += 2;
		} else if (c === "'") {
			if (sql[i + 1] === "'") {
				v += "'";
				i += 2;
				continue;
			}
			return [v, i + 1];
		} else {
			v += c;
			i++;
		}
	}
	return [v, i];
}

/** The statements of a token list, split on `;` (empty ones dropped). */
function statements(tokens: Token[]): Token[][] {
	const out: Token[][] = [[]];
	for (const t of tokens) {
		if (t.t === 'punct' && t.v === ';') out.push([]);
		else out[out.length - 1]!.push(t);
	}
	return out.filter((s) => s.length > 0);
}

const word = (t: Token | undefined): string | null => (t?.t === 'word' ? t.v : null);
const upper = (s: string) => s.toUpperCase();

/** What kind of statement this is, refused unless the page may run it. */
function checkKind(stmt: Token[], queryOnly: boolean): void {
	let at = 0;
	while (stmt[at]?.t === 'punct' && stmt[at]!.v === '(') at++;
	const first = word(stmt[at]);
	if (first === null) throw new RefusedStatement('a statement that does not start with a keyword');
	const second = word(stmt[at + 1]);
	if (queryOnly) {
		if (!QUERY_FIRST.has(first)) throw new RefusedStatement(kindName(first, second, stmt, at));
		return;
	}
	if (ALLOWED_FIRST.has(first)) return;
	if (DDL.has(first)) {
		let k = at + 1;
		if (first === 'create') while (CREATE_MODIFIERS.has(word(stmt[k]) ?? '')) k++;
		const object = word(stmt[k]);
		if (!object || !DDL_OBJECTS.has(object))
			throw new RefusedStatement(`${upper(first)}${object ? ' ' + upper(object) : ''}`);
		const engineTable = ddlNames(stmt, first, k + 1).find(isEngineTable);
		if (engineTable !== undefined)
			throw new RefusedStatement(
				`${upper(first)} ${upper(object)} of the engine’s own table ${engineTable.toLowerCase()}`
			);
		return;
	}
	throw new RefusedStatement(kindName(first, second, stmt, at));
}

/**
 * The names a CREATE, DROP or ALTER of a table or view acts on, from token `at` (after TABLE or
 * VIEW): the object's name (the last part of a dotted name), every name a DROP lists, and the new
 * name an ALTER gives (RENAME TO). A CREATE's query may read any table: only its name counts.
 */
function ddlNames(stmt: Token[], first: string, at: number): string[] {
	const isName = (t: Token | undefined) => t?.t === 'word' || t?.t === 'quoted';
	if (first === 'drop') return stmt.slice(at).flatMap((t) => (isName(t) ? [t.v] : []));
	let i = at;
	while (['if', 'not', 'exists'].includes(word(stmt[i]) ?? '')) i++;
	const names: string[] = [];
	while (isName(stmt[i])) {
		const dotted = stmt[i + 1]?.t === 'punct' && stmt[i + 1]!.v === '.';
		if (!dotted) names.push(stmt[i]!.v);
		i += dotted ? 2 : 1;
		if (!dotted) break;
	}
	if (first === 'alter')
		stmt.forEach((t, j) => {
			if (word(t) === 'to' && isName(stmt[j + 1])) names.push(stmt[j + 1]!.v);
		});
	return names;
}

function kindName(first: string, second: string | null, stmt: Token[], at: number): string {
	if ((first === 'export' || first === 'import') && second === 'database')
		return `${upper(first)} DATABASE`;
	if (DDL.has(first)) {
		let k = at + 1;
		while (CREATE_MODIFIERS.has(word(stmt[k]) ?? '')) k++;
		const object = word(stmt[k]);
		return `${upper(first)}${object ? ' ' + upper(object) : ''}`;
	}
	return upper(first);
}

/** File reads, the import's scratch database, SQL run from text: refused wherever they appear. */
function checkReach(stmt: Token[]): void {
	// per parenthesis level: the clause it is in (to tell a FROM list's comma from a select
	// list's) and whether it is a call's argument list (EXTRACT(year FROM x) is no table)
	const levels: { clause: string | null; call: boolean }[] = [{ clause: null, call: false }];
	const level = () => levels[levels.length - 1]!;
	let tableFrom = false;
	for (let i = 0; i < stmt.length; i++) {
		const t = stmt[i]!;
		const next = stmt[i + 1];
		const prev = stmt[i - 1];
		if (t.t === 'punct' && t.v === '(')
			levels.push({ clause: null, call: prev?.t === 'word' || prev?.t === 'quoted' });
		else if (t.t === 'punct' && t.v === ')') {
			if (levels.length > 1) levels.pop();
		} else if (t.t === 'word' && t.v === 'from') {
			tableFrom = !level().call || level().clause !== null;
			if (tableFrom) level().clause = 'from';
		} else if (t.t === 'word' && t.v === 'join') level().clause = 'from';
		else if (t.t === 'word' && CLAUSE_WORDS.has(t.v)) level().clause = t.v;

		const name = t.t === 'word' || t.t === 'quoted' ? t.v.toLowerCase() : null;
		if (name !== null && next?.t === 'punct' && next.v === '(') {
			if (FILE_FUNCTIONS.has(name) || FILE_FUNCTION_PREFIXES.some((p) => name.startsWith(p)))
				throw new RefusedStatement(`${name}()`);
		}
		if (
			(name === 'staging' && next?.t === 'punct' && next.v === '.') ||
			name?.startsWith(STAGE_PREFIX)
		)
			throw new RefusedStatement('the import’s staging tables');
		// a file name in a table's place: FROM 'x.csv', JOIN "/import/x.csv", FROM t, 'x.csv'
		let k = i - 1;
		while (stmt[k]?.t === 'punct' && stmt[k]!.v === '(') k--;
		const before = word(stmt[k]);
		const tablePlace =
			(before === 'from' && tableFrom) ||
			before === 'join' ||
			(prev?.t === 'punct' && prev.v === ',' && level().clause === 'from');
		if (tablePlace && t.t === 'string') throw new RefusedStatement('a file read as a table');
		if (
			tablePlace &&
			t.t === 'quoted' &&
			!(next?.t === 'punct' && next.v === '.') &&
			FILE_LIKE_NAME.test(t.v)
		)
			throw new RefusedStatement('a file read as a table');
	}
}

/** Words only a statement that changes data or tables contains. */
const WRITE_WORDS = new Set([
	'insert',
	'update',
	'delete',
	'create',
	'drop',
	'alter',
	'truncate',
	'copy',
	'attach',
	'detach',
	'merge'
]);

/**
 * Whether page SQL may change a table (so the engine's data version must move on): false only for
 * queries (and CHECKPOINT) without a writing word anywhere. Errs towards true.
 */
export function mayWrite(sql: string): boolean {
	try {
		return statements(tokenize(sql)).some((stmt) => {
			let at = 0;
			while (stmt[at]?.t === 'punct' && stmt[at]!.v === '(') at++;
			const first = word(stmt[at]) ?? '';
			if (!QUERY_FIRST.has(first) && first !== 'checkpoint') return true;
			return stmt.some((t) => t.t === 'word' && WRITE_WORDS.has(t.v));
		});
	} catch {
		return true;
	}
}

export interface GuardOptions {
	/** Only one query (SELECT, WITH, FROM, VALUES), for exports and snapshot members. */
	queryOnly?: boolean;
}

/** Throws RefusedStatement unless the page may run every statement in `sql`. */
export function assertAllowed(sql: string, options: GuardOptions = {}): void {
	const tokens = tokenize(sql);
	const list = statements(tokens);
	if (list.length === 0) throw new RefusedStatement('an empty statement');
	if (options.queryOnly) {
		if (list.length > 1) throw new RefusedStatement('more than one statement');
		let depth = 0;
		for (const t of tokens) {
			if (t.t !== 'punct') continue;
			if (t.v === '(') depth++;
			if (t.v === ')' && --depth < 0) throw new RefusedStatement('an unbalanced parenthesis');
		}
		if (depth !== 0) throw new RefusedStatement('an unbalanced parenthesis');
	}
	for (const stmt of list) {
		checkKind(stmt, options.queryOnly ?? false);
		checkReach(stmt);
	}
}
