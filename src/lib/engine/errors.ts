// Errors that carry a sentence a user can act on. DuckDB's own messages are long, multi-line and
// full of parser internals; `userMessage` keeps the first useful sentence and drops the rest.
import type { EngineErrorInfo } from './protocol';

export class EngineError extends Error {
	readonly code: EngineErrorInfo['code'];
	readonly detail?: string;
	constructor(code: EngineErrorInfo['code'], message: string, detail?: string) {
		super(message);
		this.name = 'EngineError';
		this.code = code;
		if (detail !== undefined) this.detail = detail;
	}
	toInfo(): EngineErrorInfo {
		return {
			code: this.code,
			message: this.message,
			...(this.detail ? { detail: this.detail } : {})
		};
	}
}

/** Errors cross comlink as plain objects; rebuild them on the other side. */
export function fromInfo(info: EngineErrorInfo): EngineError {
	return new EngineError(info.code, info.message, info.detail);
}

export function isEngineErrorInfo(x: unknown): x is EngineErrorInfo {
	return (
		typeof x === 'object' &&
		x !== null &&
		'code' in x &&
		'message' in x &&
		typeof (x as { message: unknown }).message === 'string'
	);
}

const NOISE = [
	/^Possible (fixes|Solution)/i,
	/^\s*\*/,
	/^\s*(file|delimiter|quote|escape|new_line|header|skip_rows|comment|strict_mode|date_format|timestamp_format|null_padding|sample_size|ignore_errors|all_varchar)\s*=/,
	/^The search space used was/i,
	/^(Delimiter|Quote\/Escape|Comment) Candidates/i,
	/^Encoding:/i,
	/^LINE \d+:/,
	/^\s*\^/
];

/**
 * DuckDB-WASM wraps some errors as JSON (`{"exception_type":"…","exception_message":"…"}`), at times
 * inside another message: the text inside, with the wrapper's prefixes dropped.
 */
function unwrap(raw: string): string {
	const at = raw.indexOf('{"exception_type"');
	if (at >= 0) {
		try {
			const parsed: unknown = JSON.parse(raw.slice(at));
			if (
				typeof parsed === 'object' &&
				parsed !== null &&
				'exception_message' in parsed &&
				typeof parsed.exception_message === 'string'
			)
				return unwrap(parsed.exception_message);
		} catch {
			// not JSON after all: keep the text as it is
		}
	}
	return raw
		.replace(/^Attempting to fetch from an unsuccessful query result\s*/i, '')
		.replace(/^Error:\s*/, '')
		.replace(/^(TransactionContext|Catalog|Binder|IO|Conversion) Error:\s*/, '');
}

/** Internal messages with a plain sentence of their own. */
const PLAIN: [RegExp, string][] = [
	[
		/not opened in write mode|database is read-only|read-only mode/i,
		"the browser's storage refused the write (reload the app: it repairs the data store at start)"
	],
	[/could not be cloned/i, 'the request could not be passed to the engine']
];

/** The part of a DuckDB error message worth showing to a user: no SQL echo, no parser options. */
export function userMessage(raw: string): string {
	const inner = unwrap(raw);
	for (const [re, sentence] of PLAIN) if (re.test(inner)) return sentence;
	const lines = inner
		.split('\n')
		.map((l) => l.trimEnd())
		.filter((l) => l.trim() !== '');
	const kept: string[] = [];
	for (const line of lines) {
		if (NOISE.some((re) => re.test(line))) break;
		kept.push(
			line.replace(
				/^(Invalid Input|Conversion|Binder|Parser|Catalog|IO|Invalid|Out of Memory|Permission|Constraint|Not implemented) Error: /,
				''
			)
		);
		if (kept.length >= 3) break;
	}
	const text = kept.join(' ').replace(/\s+/g, ' ').trim();
	return text.length > 400 ? text.slice(0, 397) + '…' : text || 'The engine reported an error.';
}

/** Errors that mean the DuckDB instance is gone (trap, abort, lost memory): restart it. */
export function isFatalEngineError(raw: string): boolean {
	return /memory access out of bounds|unreachable|Aborted\(|RuntimeError|table index is out of bounds|worker is not set|Worker has been terminated|out of memory: (?:wasm|could not allocate)|Cannot enlarge memory/i.test(
		raw
	);
}

export function isQuotaError(raw: string): boolean {
	return /QuotaExceeded|quota|No space left|ENOSPC|disk is full/i.test(raw);
}
