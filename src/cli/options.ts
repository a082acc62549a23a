// The command line's options: parsed with node:util, checked, and turned into what the commands
// need (the as-of clock, the output paths). A bad option is bad input (exit 2), named.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { clockFromDate, effectiveClock, type Clock } from '../lib/segments/dates';
import { isTimeZone, localTimeZone } from '../lib/segments/time-zone';
import { BadInput } from './errors';

export interface Options {
	command: string;
	file: string | undefined;
	data: string[];
	model?: string;
	asOf?: string;
	out?: string;
	format: 'parquet' | 'csv';
	threads?: number;
	memoryLimit?: string;
	tempDir?: string;
	segment: string[];
	json: boolean;
	all: boolean;
	state?: string;
	/** Where segments are evaluated (run) or loaded (load). */
	engine: 'duckdb' | 'postgres';
	/** postgres://… for --engine postgres. */
	url?: string;
	/** The SQL `segments sql` prints; the engine's by default. */
	dialect: 'duckdb' | 'postgres';
	/** Entity=table pairs: the PostgreSQL table an entity is read from or loaded into. */
	table: string[];
	/** load: replace tables that already exist. */
	replace: boolean;
	/** --time-zone: the zone relative dates are read in (else the file's, else this machine's). */
	timeZone?: string;
	help: boolean;
}

export function parseOptions(argv: string[]): Options {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {
				data: { type: 'string', multiple: true, short: 'd' },
				model: { type: 'string', short: 'm' },
				'as-of': { type: 'string' },
				'time-zone': { type: 'string' },
				out: { type: 'string', short: 'o' },
				format: { type: 'string' },
				threads: { type: 'string' },
				'memory-limit': { type: 'string' },
				'temp-dir': { type: 'string' },
				segment: { type: 'string', multiple: true, short: 's' },
				json: { type: 'boolean', default: false },
				all: { type: 'boolean', default: false },
				state: { type: 'string' },
				engine: { type: 'string' },
				url: { type: 'string' },
				dialect: { type: 'string' },
				table: { type: 'string', multiple: true },
				replace: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (e) {
		throw new BadInput(`${(e as Error).message.split('\n')[0]} (see segments --help).`);
	}
	const { values, positionals } = parsed;
	if (positionals.length > 2)
		throw new BadInput(`Unexpected argument “${positionals[2]}”: give one definitions file.`);
	const threads = values.threads === undefined ? undefined : Number(values.threads);
	if (threads !== undefined && (!Number.isInteger(threads) || threads < 1))
		throw new BadInput(`--threads must be a whole number of 1 or more, not “${values.threads}”.`);
	const memoryLimit = values['memory-limit'];
	if (
		memoryLimit !== undefined &&
		!/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i.test(memoryLimit)
	)
		throw new BadInput(`--memory-limit must be an amount like 8GB or 500MB, not “${memoryLimit}”.`);
	const asOf = values['as-of'];
	if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/.test(asOf))
		throw new BadInput(
			`--as-of must be a date (2026-12-01) or a date and time (2026-12-01T08:00), not “${asOf}”.`
		);
	const timeZone = values['time-zone'];
	if (timeZone !== undefined && !isTimeZone(timeZone))
		throw new BadInput(
			`--time-zone must be a time zone such as Europe/Paris, America/New_York or UTC, not “${timeZone}”.`
		);
	const format = values.format ?? 'parquet';
	if (format !== 'parquet' && format !== 'csv')
		throw new BadInput(`--format must be parquet or csv, not “${format}”.`);
	const engine = values.engine ?? 'duckdb';
	if (engine !== 'duckdb' && engine !== 'postgres')
		throw new BadInput(`--engine must be duckdb or postgres, not “${engine}”.`);
	const dialect = values.dialect ?? engine;
	if (dialect !== 'duckdb' && dialect !== 'postgres')
		throw new BadInput(`--dialect must be duckdb or postgres, not “${dialect}”.`);
	if (values.url !== undefined && engine !== 'postgres')
		throw new BadInput('--url names a PostgreSQL database: give it with --engine postgres.');
	return {
		command: positionals[0] ?? '',
		file: positionals[1],
		data: values.data ?? [],
		...(values.model !== undefined ? { model: values.model } : {}),
		...(asOf !== undefined ? { asOf } : {}),
		...(timeZone !== undefined ? { timeZone } : {}),
		...(values.out !== undefined ? { out: values.out } : {}),
		format,
		...(threads !== undefined ? { threads } : {}),
		...(memoryLimit !== undefined ? { memoryLimit: memoryLimit.replace(/\s+/g, '') } : {}),
		...(values['temp-dir'] !== undefined ? { tempDir: values['temp-dir'] } : {}),
		segment: values.segment ?? [],
		json: values.json,
		all: values.all,
		...(values.state !== undefined ? { state: values.state } : {}),
		engine,
		...(values.url !== undefined ? { url: values.url } : {}),
		dialect,
		table: values.table ?? [],
		replace: values.replace,
		help: values.help
	};
}

/**
 * The zone relative dates are read in: --time-zone, else the one the file carries (the workspace's
 * choice in a backup or model file), else this machine's, as the app uses the browser's.
 */
export function zoneOf(options: Options, fileZone: string | null): string {
	return options.timeZone ?? fileZone ?? localTimeZone();
}

/**
 * The moment relative dates are evaluated at, on `zone`'s wall clock: --as-of (a date alone is the
 * end of that day), or now.
 */
export function clockOf(options: Options, zone: string, at: Date = new Date()): Clock {
	const now = clockFromDate(at, zone);
	return options.asOf ? effectiveClock({ asOf: options.asOf }, now) : now;
}

const MEMBER_FILE = /\.(parquet|csv)$/i;

/**
 * Where each segment's members go: --out names a file (one segment; with several, each gets
 * <name>-<segment>.<ext> beside it) or a folder (<segment>.parquet or .csv inside, created
 * by makeOutputFolder once the inputs are checked). Checked before anything runs.
 */
export function outputPaths(options: Options, segments: string[]): Map<string, string> {
	const out = options.out;
	const paths = new Map<string, string>();
	if (!out) return paths;
	const isFolder = !MEMBER_FILE.test(out) || (existsSync(out) && statSync(out).isDirectory());
	if (isFolder) {
		if (existsSync(out) && !statSync(out).isDirectory())
			throw new BadInput(
				`--out ${out}: this is a file; give a folder, or a .parquet or .csv file name.`
			);
		for (const s of segments) paths.set(s, join(out, `${s}.${options.format}`));
		return paths;
	}
	const dir = dirname(out);
	if (!existsSync(dir)) throw new BadInput(`--out ${out}: the folder ${dir} does not exist.`);
	const ext = extname(out);
	if (segments.length === 1) paths.set(segments[0]!, out);
	else for (const s of segments) paths.set(s, `${out.slice(0, -ext.length)}-${s}${ext}`);
	return paths;
}

/** Create the --out folder (when it is one): only after every input has been checked. */
export function makeOutputFolder(paths: Map<string, string>): void {
	for (const p of paths.values()) mkdirSync(dirname(p), { recursive: true });
}
