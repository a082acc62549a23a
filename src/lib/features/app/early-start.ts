// The engine's start, begun from src/hooks.client.ts's init hook, before SvelteKit renders (and
// after a pending "Delete all my data" has run): the worker then loads DuckDB's wasm and reopens
// the database while the pages' code is still loading and rendering. Measured, this creates the
// worker no earlier than the layout's onMount would (docs/benchmarks.md); it keeps the start in
// one place ahead of the UI. The layout's app.start() takes over the same start (the client starts
// once) and reports its outcome.
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
