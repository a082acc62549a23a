// Types for duckdb-wasm's browser "blocking" build, which the package does not list in its exports;
// vite.config.ts aliases this module name to the file. It is the same API as the Node blocking build
// plus the browser runtime.
declare module '@duckdb/duckdb-wasm-blocking' {
	import type {
		DuckDBBindings,
		DuckDBBundles,
		DuckDBRuntime,
		Logger
	} from '@duckdb/duckdb-wasm/blocking';
	export {
		DuckDBDataProtocol,
		DuckDBAccessMode,
		VoidLogger,
		ConsoleLogger
	} from '@duckdb/duckdb-wasm/blocking';
	export const BROWSER_RUNTIME: DuckDBRuntime & {
		_fileInfoCache: Map<number, { fileName: string }>;
	};
	export function createDuckDB(
		bundles: DuckDBBundles,
		logger: Logger,
		runtime: DuckDBRuntime
	): Promise<DuckDBBindings>;
}
