// Turning bytes a user picked into a JSON value without trusting them: a size limit checked before
// reading, strict UTF-8, a nesting limit checked by scanning the text (before JSON.parse and any
// recursive code sees it, so a hostile file cannot exhaust the stack), and parse errors given with
// a line and column. Never throws.
import { errorMessage } from '../error-message';
import { problem, type Problem, type ProblemPath } from '../segments/problems';

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

export function tooLarge(bytes: number, limit: number, what: string): Problem {
	return problem(
		[],
		'tooLarge',
		`This file is ${formatBytes(bytes)}; ${what} can be at most ${formatBytes(limit)}.`
	);
}

/** Strict UTF-8 (a BOM is dropped): a binary or Latin-1 file is refused rather than garbled. */
export function decodeText(
	bytes: Uint8Array
): { ok: true; text: string } | { ok: false; problems: Problem[] } {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { ok: true, text };
	} catch {
		return {
			ok: false,
			problems: [problem([], 'notText', 'This file is not text (UTF-8), so it cannot be JSON.')]
		};
	}
}

/**
 * The deepest nesting of arrays and objects in JSON text, counting brackets outside strings, and
 * stopping as soon as `limit` is passed. Invalid JSON gives some number; JSON.parse reports it.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92 /* \ */) i++;
			else if (c === 34 /* " */) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 /* { */ || c === 91 /* [ */) {
			if (++depth > limit) return true;
		} else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
	}
	return false;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset && i < text.length; i++)
		if (text.charCodeAt(i) === 10) {
			line++;
			start = i + 1;
		}
	return { line, column: offset - start + 1 };
}

export function parseJsonText(text: string, maxDepth: number, what: string): JsonResult {
	if (text.trim() === '')
		return { ok: false, problems: [problem([], 'empty', 'This file is empty.')] };
	if (jsonDepthExceeds(text, maxDepth))
		return {
			ok: false,
			problems: [
				problem(
					[],
					'tooDeep',
					`This file is nested more than ${maxDepth} levels deep, deeper than ${what} can be.`
				)
			]
		};
	// not JSON at all (a note, a CSV, a web page): said in the same words in every browser
	const start = text.replace(/^\uFEFF/, '').trimStart();
	if (!/^[[{"\d-]|^(true|false|null)\b/.test(start)) {
		const opening = start.slice(0, 40).replace(/\s+/g, ' ');
		return {
			ok: false,
			problems: [
				problem(
					[],
					'notJson',
					`This file is not JSON, which ${what} is: it begins “${opening}${start.length > 40 ? '…' : ''}”.`
				)
			]
		};
	}
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (e) {
		const raw = errorMessage(e);
		// V8 says "… at position 12" (and newer versions "(line 2 column 3)"): give line and column
		const position = /position (\d+)/.exec(raw);
		const where = position ? lineAndColumn(text, Number(position[1])) : null;
		const reason = raw
			.replace(/\s*(at position \d+|\(line \d+ column \d+\))/g, '')
			.replace(/^JSON\.parse: /, '')
			.slice(0, 160);
		return {
			ok: false,
			problems: [
				problem(
					[],
					'notJson',
					`This file is not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ''}: ${reason}.`.replace(
						/\.\.$/,
						'.'
					)
				)
			]
		};
	}
}

/** `segments[0].groups[1].where`: where in the file a problem is, for people who open it. */
export function formatPath(path: ProblemPath): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) out += out ? `.${key}` : key;
		else out += `[${JSON.stringify(key)}]`;
	}
	return out;
}

/** "segments[0].name: The field “name” must be text." or the bare sentence at the top. */
export function problemText(p: Problem): string {
	const at = formatPath(p.path);
	return at ? `${at}: ${p.message}` : p.message;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
