// What kind of file is this? Its name first (.csv, .json, .parquet, …), then the first bytes:
// format (Parquet, JSON array, NDJSON, delimited text), text encoding, and the files to refuse at
// once (empty, binary, a content that contradicts the name). Also a second
// opinion on the delimiter: DuckDB's sniffer sometimes picks '|' or one column for exports with
// unquoted commas, and a simple count over the first lines catches that.
import type { SourceFormat } from '../protocol';

export type Encoding = 'utf-8' | 'utf-16' | 'latin-1';

export type Sniffed =
	| { ok: true; format: SourceFormat; encoding: Encoding; text: string }
	| { ok: false; message: string };

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

/** Decode the head of a file; `fatal` UTF-8 decoding tells us whether it is UTF-8 at all. */
function decodeHead(
	head: Uint8Array,
	complete: boolean
): { encoding: Encoding; text: string } | null {
	if (head[0] === 0xff && head[1] === 0xfe) {
		return { encoding: 'utf-16', text: new TextDecoder('utf-16le').decode(head.subarray(2)) };
	}
	if (head[0] === 0xfe && head[1] === 0xff) {
		return { encoding: 'utf-16', text: new TextDecoder('utf-16be').decode(head.subarray(2)) };
	}
	// UTF-16 without a BOM: every other byte zero in ASCII-heavy text
	let zeroOdd = 0;
	let zeroEven = 0;
	const n = Math.min(head.length, 4096);
	for (let i = 0; i < n; i++) {
		if (head[i] !== 0) continue;
		if (i % 2) zeroOdd++;
		else zeroEven++;
	}
	if (n >= 8 && zeroOdd > n * 0.3 && zeroEven < n * 0.02) {
		return { encoding: 'utf-16', text: new TextDecoder('utf-16le').decode(head) };
	}
	if (zeroOdd + zeroEven > 0) return null; // NUL bytes in a text file: binary
	// trim a possibly cut multi-byte sequence at the end of the head before a strict decode
	let end = head.length;
	if (!complete) {
		let back = 0;
		while (back < 4 && end - back - 1 >= 0 && ((head[end - back - 1] ?? 0) & 0xc0) === 0x80) back++;
		if (back < 4 && end - back - 1 >= 0 && ((head[end - back - 1] ?? 0) & 0xc0) === 0xc0)
			end = end - back - 1;
	}
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
		return { encoding: 'utf-8', text: text.replace(/^\uFEFF/, '') };
	} catch {
		const text = new TextDecoder('latin1').decode(head);
		// Latin-1 decodes anything; refuse when it is mostly control characters (binary junk)
		let control = 0;
		for (const ch of text) {
			const c = ch.charCodeAt(0);
			if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0)) control++;
		}
		if (control > text.length * 0.05) return null;
		return { encoding: 'latin-1', text };
	}
}

type NamedAs = 'text' | 'json' | 'parquet' | null;

/** What the file's name says it is; null when the name leaves it open. */
export function namedFormat(name: string): NamedAs {
	const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	if (['csv', 'tsv', 'tab', 'txt'].includes(ext)) return 'text';
	if (['json', 'ndjson', 'jsonl'].includes(ext)) return 'json';
	if (['parquet', 'pq'].includes(ext)) return 'parquet';
	return null;
}

/**
 * A file is what its name says: .csv/.tsv/.txt is read as delimited text, .json/.ndjson/.jsonl
 * as JSON, .parquet as Parquet, whatever its first bytes look like (a CSV header may start with
 * `[`). The content decides only when the name leaves it open; a file whose content plainly
 * contradicts its name gets a sentence saying so.
 */
export function sniffFile(name: string, size: number, head: Uint8Array): Sniffed {
	if (size === 0) return { ok: false, message: 'The file is empty (0 bytes).' };
	const named = namedFormat(name);
	const ext = name.slice(name.lastIndexOf('.'));
	const isParquet = startsWith(head, PARQUET_MAGIC);
	if (named === 'parquet')
		return isParquet
			? { ok: true, format: 'parquet', encoding: 'utf-8', text: '' }
			: {
					ok: false,
					message: `This file is named ${ext} but is not a Parquet file (it does not start like one). Check that it was exported as Parquet, or rename it after its real format.`
				};
	if (isParquet) {
		if (named === null) return { ok: true, format: 'parquet', encoding: 'utf-8', text: '' };
		return {
			ok: false,
			message: `This file is named ${ext} but is a Parquet file. Rename it to .parquet and import it again.`
		};
	}
	if (startsWith(head, [0x1f, 0x8b]))
		return {
			ok: false,
			message: 'This is a compressed (gzip) file. Unpack it first, then import the file inside.'
		};
	if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]))
		return {
			ok: false,
			message:
				'This is a ZIP archive or an Excel workbook. Unpack it, or save the sheet as CSV, then import that.'
		};
	const decoded = decodeHead(head, head.length >= size);
	if (decoded === null) {
		return {
			ok: false,
			message:
				'This file is not text in a supported encoding (UTF-8, UTF-16 or Latin-1), or it is binary data. Save it as UTF-8 CSV, or choose a Parquet, JSON or NDJSON file.'
		};
	}
	const { encoding, text } = decoded;
	const trimmed = text.trimStart();
	if (trimmed === '') return { ok: false, message: 'The file contains only blank space.' };
	if (named === 'text') return { ok: true, format: 'csv', encoding, text };
	const first = trimmed[0];
	if (first === '[') return { ok: true, format: 'json', encoding, text };
	if (first === '{') {
		// NDJSON has one object per line; a single pretty-printed object is not a table
		const firstLine = trimmed.split('\n', 1)[0] ?? '';
		const lower = name.toLowerCase();
		const ndjson =
			lower.endsWith('.ndjson') || lower.endsWith('.jsonl') || looksLikeJsonLine(firstLine);
		return ndjson
			? { ok: true, format: 'ndjson', encoding, text }
			: {
					ok: false,
					message:
						'This JSON file holds a single object. Segments reads a JSON array of objects ([{…}, {…}]) or one object per line (NDJSON).'
				};
	}
	if (named === 'json') {
		return {
			ok: false,
			message: `This file is named ${ext} but is not JSON: it does not start with [ or {. Check that it was exported as JSON, or rename it after its real format (e.g. .csv).`
		};
	}
	return { ok: true, format: 'csv', encoding, text };
}

function looksLikeJsonLine(line: string): boolean {
	try {
		const v: unknown = JSON.parse(line);
		return typeof v === 'object' && v !== null && !Array.isArray(v);
	} catch {
		return false;
	}
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** Split one CSV line on a delimiter, honouring double quotes. */
function countFields(line: string, delimiter: string): number {
	let fields = 1;
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === '"') quoted = !quoted;
		else if (c === delimiter && !quoted) fields++;
	}
	return fields;
}

/** One CSV line's fields on a delimiter, double quotes honoured and removed ("" is a quote). */
export function splitFields(line: string, delimiter: string): string[] {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i] as string;
		if (c === '"') {
			if (quoted && line[i + 1] === '"') {
				field += '"';
				i++;
			} else quoted = !quoted;
		} else if (c === delimiter && !quoted) {
			fields.push(field);
			field = '';
		} else field += c;
	}
	fields.push(field);
	return fields;
}

/**
 * How a CSV file that DuckDB read without rejecting a line was read, told from the columns it
 * made and the file's first line, so the import need not ask DuckDB's sniffer again (40–130 ms
 * a file): no header when the columns are DuckDB's own names (column0, column1, … zero-padded),
 * and the one delimiter that splits the first line into as many fields — and, with a header,
 * into exactly the column names. Null when that is not certain (one column, several delimiters
 * fit, names DuckDB changed, a line before the header, an empty field in a first line that could
 * be a header of empty names): then the sniffer is asked.
 */
export function dialectFromColumns(
	names: string[],
	head: string
): { delimiter: string; hasHeader: boolean } | null {
	if (names.length < 2) return null;
	const width = String(names.length - 1).length;
	const hasHeader = !names.every((n, i) => n === `column${String(i).padStart(width, '0')}`);
	const first = head.split(/\r?\n/).find((l) => l.trim() !== '');
	if (first === undefined) return null;
	const fits = DELIMITERS.filter((d) => countFields(first, d) === names.length);
	const delimiter = fits[0];
	if (fits.length !== 1 || delimiter === undefined) return null;
	const fields = splitFields(first, delimiter);
	if (hasHeader && fields.join('\u0000') !== names.join('\u0000')) return null;
	// DuckDB's own names for a header of empty (or those very) names: the sniffer tells
	if (!hasHeader && fields.some((f, i) => f.trim() === '' || f === names[i])) return null;
	return { delimiter, hasHeader };
}

export interface DelimiterGuess {
	delimiter: string;
	/** Fields in the header line with this delimiter. */
	columns: number;
	/** Share of the sampled lines with exactly that many fields. */
	consistency: number;
}

/** The delimiter that splits the header into the most fields while most lines agree with it. */
export function guessDelimiter(text: string): DelimiterGuess | null {
	const lines = text
		.split(/\r?\n/)
		.filter((l) => l.trim() !== '' && !l.startsWith('#'))
		.slice(0, 60);
	if (lines.length === 0) return null;
	// the last line of a head may be cut off
	const sample = lines.length > 2 ? lines.slice(0, -1) : lines;
	let best: DelimiterGuess | null = null;
	for (const delimiter of DELIMITERS) {
		const columns = countFields(sample[0] ?? '', delimiter);
		if (columns < 2) continue;
		const agree = sample.filter((l) => countFields(l, delimiter) === columns).length;
		const consistency = agree / sample.length;
		if (consistency < 0.5) continue;
		const score = consistency * Math.log2(columns + 1);
		const bestScore = best ? best.consistency * Math.log2(best.columns + 1) : -1;
		if (score > bestScore) best = { delimiter, columns, consistency };
	}
	return best;
}

export function delimiterName(d: string): string {
	switch (d) {
		case ',':
			return 'comma-separated';
		case ';':
			return 'semicolon-separated';
		case '\t':
			return 'tab-separated';
		case '|':
			return 'pipe-separated';
		default:
			return `separated by “${d}”`;
	}
}
