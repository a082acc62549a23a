// Which files hold each entity's rows, and the views that read them in place. A file is matched to
// an entity by the name of the file the entity was imported from (recorded in the model), or by
// the entity's name ("Orders.parquet"), or given outright as --data Orders=path (a file, a folder
// of files, or a glob). Each view has exactly the model's attributes under the model's table name,
// so the compiler's SQL runs unchanged; a column that is missing or holds another kind of value
// than the model says is refused, naming the file, before any segment runs.
import { errorFirstLine } from '../lib/error-message';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { kindOfDuckType } from '../lib/engine/import/kinds';
import type { DataModel, Entity } from '../lib/segments/data-model';
import { quoteIdent, quoteString } from '../lib/sql/quote';
import { BadInput } from './errors';
import type { NativeDb } from './native';

export type FileFormat = 'csv' | 'tsv' | 'parquet' | 'ndjson' | 'json';

const FORMATS: Record<string, FileFormat> = {
	'.csv': 'csv',
	'.txt': 'csv',
	'.tsv': 'tsv',
	'.parquet': 'parquet',
	'.ndjson': 'ndjson',
	'.jsonl': 'ndjson',
	'.json': 'json'
};

export interface EntitySource {
	entity: Entity;
	/** A file, or a glob DuckDB expands (a folder becomes folder/**\/*.ext). */
	pattern: string;
	format: FileFormat;
	/** How messages name it. */
	label: string;
}

const isGlob = (s: string) => /[*?[]/.test(s);
const formatOf = (path: string) => FORMATS[extname(path).toLowerCase()];
const stem = (path: string) => basename(path, extname(path)).toLowerCase();

/** The first data file under a folder (depth first), to tell the folder's format. */
function firstDataFile(dir: string): string | null {
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) {
			const inner = firstDataFile(p);
			if (inner) return inner;
		} else if (formatOf(p)) return p;
	}
	return null;
}

function sourceFor(entity: Entity, path: string, label = path): EntitySource {
	if (isGlob(path)) {
		const format = formatOf(path);
		if (!format)
			throw new BadInput(
				`${path}: Segments reads .csv, .tsv, .txt, .parquet, .ndjson, .jsonl and .json files; this pattern names none of them.`
			);
		return { entity, pattern: path, format, label };
	}
	if (!existsSync(path)) throw new BadInput(`${path}: there is no such file or folder.`);
	if (statSync(path).isDirectory()) {
		const first = firstDataFile(path);
		if (!first)
			throw new BadInput(`${path}: this folder holds no data file for the entity ${entity.name}.`);
		const ext = extname(first);
		return { entity, pattern: join(path, '**', `*${ext}`), format: formatOf(first)!, label };
	}
	const format = formatOf(path);
	if (!format)
		throw new BadInput(
			`${path}: Segments reads .csv, .tsv, .txt, .parquet, .ndjson, .jsonl and .json files, not ${extname(path) || 'files without an extension'}.`
		);
	return { entity, pattern: path, format, label };
}

/**
 * The files of each entity in `needed`, from the --data values: folders and files to pick from by
 * name, or Entity=path pairs.
 */
export function resolveSources(model: DataModel, needed: string[], data: string[]): EntitySource[] {
	if (data.length === 0)
		throw new BadInput('Give the data with --data <folder or files> (see segments --help).');
	const explicit = new Map<string, string>();
	const candidates: string[] = [];
	for (const value of data) {
		const pair = /^([A-Za-z][A-Za-z0-9_]*)=(.+)$/.exec(value);
		if (pair && !existsSync(value)) {
			const entity = model.entities.find((e) => e.name.toLowerCase() === pair[1]!.toLowerCase());
			if (!entity)
				throw new BadInput(
					`--data ${value}: the data model has no entity “${pair[1]}” (it has ${model.entities.map((e) => e.name).join(', ')}).`
				);
			explicit.set(entity.name, pair[2]!);
			continue;
		}
		if (isGlob(value))
			throw new BadInput(
				`--data ${value}: a pattern must say which entity it holds, as --data Orders=${value}.`
			);
		if (!existsSync(value)) throw new BadInput(`${value}: there is no such file or folder.`);
		if (statSync(value).isDirectory())
			for (const name of readdirSync(value).sort()) candidates.push(join(value, name));
		else candidates.push(value);
	}
	return needed.map((name) => {
		const entity = model.entities.find((e) => e.name === name) as Entity;
		const given = explicit.get(name);
		if (given) return sourceFor(entity, given);
		const source = entity.sourceFile.toLowerCase();
		const names = new Set([entity.name.toLowerCase(), entity.table.toLowerCase(), stem(source)]);
		const exact = candidates.filter((c) => basename(c).toLowerCase() === basename(source));
		const byName = candidates.filter((c) => names.has(stem(c)) && (formatOf(c) || isDir(c)));
		const found = exact.length === 1 ? exact : byName;
		if (found.length === 1) return sourceFor(entity, found[0]!);
		const from =
			entity.sourceFormat === 'demo' ? '' : ` (imported from ${basename(entity.sourceFile)})`;
		if (found.length > 1)
			throw new BadInput(
				`Several files could hold the entity ${entity.name}: ${found.map((f) => relative('.', f)).join(', ')}; say which with --data ${entity.name}=<file>.`
			);
		throw new BadInput(
			`No data file for the entity ${entity.name}${from}: put a file named ${entity.sourceFormat === 'demo' ? `${entity.name}.csv or ${entity.name}.parquet` : basename(entity.sourceFile)} in the data folder, or give it with --data ${entity.name}=<file>.`
		);
	});
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

function readerSql(source: EntitySource, types: Record<string, string> = {}): string {
	const path = quoteString(source.pattern);
	const typed = Object.entries(types);
	const typesArg = typed.length
		? `, types = {${typed.map(([c, t]) => `${quoteString(c)}: ${quoteString(t)}`).join(', ')}}`
		: '';
	switch (source.format) {
		case 'csv':
		case 'tsv':
			// a quoted empty field is an empty text, not a missing value (as the app imports it)
			return `read_csv(${path}, header = true, allow_quoted_nulls = false${source.format === 'tsv' ? ", delim = '\\t'" : ''}${typesArg})`;
		case 'parquet':
			return `read_parquet(${path})`;
		case 'ndjson':
			return `read_json(${path}, format = 'newline_delimited')`;
		case 'json':
			return `read_json(${path}, format = 'auto')`;
	}
}

const KIND_WORDS: Record<string, string> = {
	number: 'numbers',
	string: 'text',
	date: 'dates',
	timestamp: 'timestamps (date and time)',
	boolean: 'true/false values'
};

async function describe(db: NativeDb, source: EntitySource, reader: string) {
	try {
		const rows = await db.all(`DESCRIBE SELECT * FROM ${reader}`);
		return new Map(rows.map((r) => [String(r.column_name), String(r.column_type)]));
	} catch (e) {
		const why = errorFirstLine(e);
		throw new BadInput(
			`${source.label} could not be read as ${source.format.toUpperCase()}: ${why}`
		);
	}
}

/**
 * One view per entity, named as the entity's table, over its files. `withRowid`: entities whose
 * rows an aggregate counts; their views number the rows, standing in for a table's rowid.
 */
export async function createViews(
	db: NativeDb,
	sources: EntitySource[],
	withRowid: Set<string>
): Promise<void> {
	for (const source of sources) {
		const { entity } = source;
		let columns = await describe(db, source, readerSql(source));
		const asText: Record<string, string> = {};
		const select: string[] = [];
		for (const a of entity.attributes) {
			const type = columns.get(a.name);
			if (type === undefined)
				throw new BadInput(
					`${source.label} has no column “${a.name}”, which the entity ${entity.name} has in the data model (the file has ${[...columns.keys()].map((c) => `“${c}”`).join(', ')}).`
				);
			const kind = kindOfDuckType(type);
			const col = quoteIdent(a.name);
			if (kind === a.type) select.push(col);
			else if (a.type === 'string') {
				// codes and ids that look like numbers: read as the text they are (leading zeros kept)
				asText[a.name] = 'VARCHAR';
				select.push(`CAST(${col} AS VARCHAR) AS ${col}`);
			} else if (a.type === 'timestamp' && kind === 'date')
				select.push(`CAST(${col} AS TIMESTAMP) AS ${col}`);
			else
				throw new BadInput(
					`${source.label}: the column “${a.name}” holds ${kind ? KIND_WORDS[kind] : type} here, but the entity ${entity.name} has ${KIND_WORDS[a.type]} in it in the data model.`
				);
		}
		let reader = readerSql(source);
		if (Object.keys(asText).length && (source.format === 'csv' || source.format === 'tsv')) {
			reader = readerSql(source, asText);
			columns = await describe(db, source, reader);
		}
		if (withRowid.has(entity.name)) select.push('row_number() OVER () AS rowid');
		await db.run(
			`CREATE OR REPLACE VIEW ${quoteIdent(entity.table)} AS SELECT ${select.join(', ')} FROM ${reader}`
		);
	}
}
