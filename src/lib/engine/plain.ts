// Arguments sent to the engine worker must be structured-cloneable. Svelte 5 `$state` objects
// are proxies, which postMessage refuses ("#<Object> could not be cloned"): the client copies
// every data argument (options, column choices) into plain objects before it crosses.
export function plain<T>(value: T): T {
	return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
