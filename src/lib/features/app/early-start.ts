// The engine's start, begun from src/hooks.client.ts the moment the app's code runs: the worker
// then loads DuckDB's wasm and reopens the database while the pages' code is still loading and
// rendering, instead of after the root layout has mounted. The layout's app.start() takes over the
// same start (the client starts once) and reports its outcome.
import { engine } from '$lib/engine';
import { missingCapabilities } from './capabilities';

export function startEngineEarly(): void {
	// a browser without what the app needs gets the page saying so, and nothing starts
	if (missingCapabilities(globalThis).length) return;
	// a failure is met again, and shown, when the layout starts the app (app.svelte.ts)
	engine()
		.start()
		.catch(() => undefined);
}
