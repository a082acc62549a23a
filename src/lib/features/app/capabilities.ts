// What a browser must have for the app to work at all: WebAssembly (the data engine), Web Workers
// (the engine runs in one) and IndexedDB (definitions, model and history). A browser without one
// of them gets one page saying which, instead of an app that breaks on the first click.

export interface MissingCapability {
	name: string;
	/** What the app needs it for, in a user's words. */
	neededFor: string;
}

interface Scope {
	WebAssembly?: unknown;
	Worker?: unknown;
	indexedDB?: unknown;
}

export function missingCapabilities(scope: Scope): MissingCapability[] {
	const missing: MissingCapability[] = [];
	const wasm = scope.WebAssembly as { instantiate?: unknown } | undefined;
	if (typeof wasm !== 'object' || wasm === null || typeof wasm.instantiate !== 'function')
		missing.push({ name: 'WebAssembly', neededFor: 'the data engine that counts your segments' });
	if (typeof scope.Worker !== 'function')
		missing.push({
			name: 'Web Workers',
			neededFor: 'running the engine without freezing the page'
		});
	if (typeof scope.indexedDB !== 'object' || scope.indexedDB === null)
		missing.push({
			name: 'IndexedDB',
			neededFor: 'keeping your segments, data model and history in this browser'
		});
	return missing;
}
