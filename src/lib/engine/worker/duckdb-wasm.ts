// DuckDB's 34 MB wasm, fetched and compiled the moment the engine worker's script runs: the engine
// worker imports this module first, so the download and compile begin before the rest of the
// worker's code is evaluated and before the page has even asked the engine to start. It compiles
// straight from `fetch`: a Response the browser fetched itself is one whose compiled code Chromium
// keeps in its code cache, so later starts skip most of the compile. (DuckDB-WASM's own loader
// pipes the download through a TransformStream for a progress bar the app does not show; the
// Response it compiles then has no URL and its code is never cached.)
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { markStart } from './start-marks';

export const duckdbWasm: string = wasmUrl;

let compiled: Promise<WebAssembly.Module> | null = null;

const fetchWasm = () => fetch(duckdbWasm, { credentials: 'same-origin' });

/**
 * Compiled from the download as it arrives; where that is refused (a server that sends the wasm
 * without `application/wasm`, a browser without compileStreaming), from the whole file, as
 * DuckDB-WASM's own loader falls back too.
 */
async function compile(): Promise<WebAssembly.Module> {
	if (typeof WebAssembly.compileStreaming === 'function') {
		try {
			return await WebAssembly.compileStreaming(fetchWasm());
		} catch (e) {
			if (!(e instanceof TypeError)) throw e;
		}
	}
	const response = await fetchWasm();
	if (!response.ok) throw new Error(`${duckdbWasm}: HTTP ${response.status}`);
	return WebAssembly.compile(await response.arrayBuffer());
}

/** Fetch and compile DuckDB's wasm (once; a failed attempt is made again on the next call). */
export function compileDuckDB(): Promise<WebAssembly.Module> {
	if (compiled) return compiled;
	const mine = compile();
	compiled = mine;
	mine.then(
		() => markStart('wasm-compiled'),
		() => {
			if (compiled === mine) compiled = null;
		}
	);
	return mine;
}

markStart('script');
// a failure here is met again, and reported, when the engine starts (duckdb-load.ts)
compileDuckDB().catch(() => undefined);
