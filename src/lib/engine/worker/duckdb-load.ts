// DuckDB-WASM's loading in the engine worker: its bindings, instantiated from the module that
// duckdb-wasm.ts began compiling when the worker's script started (DuckDB-WASM's own loader would
// fetch and compile the wasm again, and in a way the browser never caches; see there).
import { errorMessage } from '../../error-message';
import { BROWSER_RUNTIME, VoidLogger, createDuckDB } from '@duckdb/duckdb-wasm-blocking';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { EngineError } from '../errors';
import { compileDuckDB, duckdbWasm } from './duckdb-wasm';
import { markStart } from './start-marks';

/** The part of DuckDB-WASM's bindings class its Emscripten glue asks for the instance. */
interface Instantiable {
	_runtime: unknown;
	instantiateWasm(
		imports: WebAssembly.Imports,
		done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void
	): unknown[];
}

/**
 * Loading DuckDB's wasm can fail outside any promise the engine awaits: when the download breaks
 * off (Chromium can fail one of two parallel downloads of the same large file, e.g. the service
 * worker precaching it while a restarted engine loads it), a rejection surfaces on its own and the
 * load never finishes. While the engine starts, such a failure ends the start with a sentence (and
 * the client tries again) instead of leaving it waiting forever.
 */
let loadFailed: ((reason: unknown) => void) | null = null;
self.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
	if (loadFailed) {
		e.preventDefault();
		loadFailed(e.reason);
	}
});

/** DuckDB's bindings, instantiated from the compiled module; an EngineError('unavailable') if not. */
export async function loadDuckDB(): Promise<DuckDBBindings> {
	const failed = new Promise<never>((_resolve, reject) => (loadFailed = reject));
	failed.catch(() => undefined);
	try {
		const bindings = await Promise.race([
			createDuckDB(
				{
					mvp: { mainModule: duckdbWasm, mainWorker: '' },
					eh: { mainModule: duckdbWasm, mainWorker: '' }
				},
				new VoidLogger(),
				BROWSER_RUNTIME
			),
			failed
		]);
		const fail = loadFailed;
		const glue = bindings as unknown as Instantiable;
		glue.instantiateWasm = (imports, done) => {
			// what DuckDB-WASM's own instantiateWasm does first: its imports call into this runtime
			Reflect.set(globalThis, 'DUCKDB_RUNTIME', glue._runtime);
			compileDuckDB()
				.then(async (module) => {
					const instance = await WebAssembly.instantiate(module, imports);
					markStart('wasm-instantiated');
					// DuckDB's own start (its runtime's setup) follows, until 'instantiated'
					done(instance, module);
				})
				.catch((e: unknown) => fail?.(e));
			return [];
		};
		await Promise.race([bindings.instantiate(() => {}), failed]);
		markStart('instantiated');
		return bindings;
	} catch (e) {
		const why = errorMessage(e);
		throw new EngineError('unavailable', `The engine could not be loaded (${why.split('\n')[0]}).`);
	} finally {
		loadFailed = null;
	}
}
