// Streams records out of a JSON array file ([{…}, {…}]) or an NDJSON file (one object per line)
// without ever holding the whole file as one string: the file is read in chunks, each top-level
// element is cut out by a small scanner (string- and depth-aware) and parsed on its own.
import { EngineError } from '../errors';

export const RECORD_BYTES_MAX = 16 * 1024 * 1024;
export const NESTING_MAX = 64;

export type JsonRecord = Record<string, unknown>;

interface Position {
	/** 1-based record number, for messages. */
	record: number;
	/** 1-based line of the record's start. */
	line: number;
}

function fail(message: string): never {
	throw new EngineError('import', message);
}

function toRecord(text: string, at: Position): JsonRecord {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		const why = e instanceof RangeError ? 'it is nested too deeply' : 'it is not valid JSON';
		fail(`Record ${at.record} (line ${at.line}) could not be read: ${why}.`);
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		fail(
			`Record ${at.record} (line ${at.line}) is not an object: every record must be {"name": value, …}.`
		);
	}
	return value as JsonRecord;
}

/**
 * Yields records in batches of up to `batchSize`. `onBytes` reports how far the file was read.
 */
export async function* jsonRecords(
	blob: Blob,
	format: 'json' | 'ndjson',
	batchSize: number,
	onBytes?: (bytes: number) => void
): AsyncGenerator<JsonRecord[]> {
	const reader = blob.stream().getReader();
	const decoder = new TextDecoder('utf-8');
	let bytes = 0;
	let batch: JsonRecord[] = [];
	let record = 0;
	let line = 1;
	// scanner state
	let started = format === 'ndjson'; // for arrays: seen the opening '['
	let ended = false;
	let depth = 0;
	let inString = false;
	let escaped = false;
	let current: string[] = [];
	let currentLength = 0;
	let recordLine = 1;

	const finishRecord = (): JsonRecord | null => {
		const text = current.join('').trim();
		current = [];
		currentLength = 0;
		if (text === '') return null;
		record++;
		return toRecord(text, { record, line: recordLine });
	};

	for (;;) {
		const { done, value } = await reader.read();
		const chunk = done ? decoder.decode() : decoder.decode(value, { stream: true });
		if (value) bytes += value.length;
		let segmentStart = 0;
		for (let i = 0; i < chunk.length; i++) {
			const c = chunk[i];
			if (c === '\n') line++;
			if (ended) {
				if (c !== undefined && !/\s/.test(c))
					fail(`Unexpected text after the end of the JSON array (line ${line}).`);
				continue;
			}
			if (!started) {
				if (c === '[') {
					started = true;
					segmentStart = i + 1;
				} else if (c !== undefined && !/\s|\uFEFF/.test(c))
					fail('A JSON file must start with [ (an array of objects).');
				continue;
			}
			if (inString) {
				if (escaped) escaped = false;
				else if (c === '\\') escaped = true;
				else if (c === '"') inString = false;
				continue;
			}
			if (c === '"') {
				inString = true;
				if (depth === 0) recordLine = line;
			} else if (c === '{' || c === '[') {
				if (depth === 0) recordLine = line;
				depth++;
				if (depth > NESTING_MAX)
					fail(
						`Record ${record + 1} (line ${recordLine}) is nested more than ${NESTING_MAX} levels deep.`
					);
			} else if (c === '}' || c === ']') {
				if (depth === 0) {
					if (format === 'json' && c === ']') {
						current.push(chunk.slice(segmentStart, i));
						const r = finishRecord();
						if (r) batch.push(r);
						ended = true;
						segmentStart = i + 1;
						continue;
					}
					fail(`Unbalanced “${c}” at line ${line}.`);
				}
				depth--;
			} else if (
				depth === 0 &&
				((format === 'json' && c === ',') || (format === 'ndjson' && c === '\n'))
			) {
				current.push(chunk.slice(segmentStart, i));
				const r = finishRecord();
				segmentStart = i + 1;
				if (r) {
					batch.push(r);
					if (batch.length >= batchSize) {
						yield batch;
						batch = [];
					}
				} else if (format === 'json') fail(`An empty element in the JSON array at line ${line}.`);
			}
		}
		if (!ended && segmentStart < chunk.length) {
			const rest = chunk.slice(segmentStart);
			current.push(rest);
			currentLength += rest.length;
			if (currentLength > RECORD_BYTES_MAX)
				fail(
					`Record ${record + 1} (line ${recordLine}) is larger than ${RECORD_BYTES_MAX / 1024 / 1024} MB.`
				);
		}
		onBytes?.(bytes);
		if (done) break;
	}
	if (format === 'json' && !ended) {
		fail(
			started
				? 'The JSON array is not closed: the file seems to be cut off.'
				: 'The file is not a JSON array.'
		);
	}
	if (inString) fail('The file ends inside a text value: it seems to be cut off.');
	if (depth !== 0) fail('The last record is not closed: the file seems to be cut off.');
	const last = finishRecord();
	if (last) batch.push(last);
	if (batch.length > 0) yield batch;
}

/** A record's value as the text DuckDB will stage (types are detected afterwards in SQL). */
export function cellText(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return JSON.stringify(value);
}
