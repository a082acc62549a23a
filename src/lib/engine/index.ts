// The app's engine: one client per tab, created on first use in the browser.
import { EngineClient } from './client';
import { tabId } from './tab-id';

let client: EngineClient | null = null;

export function engine(): EngineClient {
	client ??= new EngineClient(
		() =>
			new Worker(new URL('./engine.worker.ts', import.meta.url), {
				type: 'module',
				name: 'segments-engine'
			}),
		{ persistent: true, tabId }
	);
	return client;
}

export { EngineClient } from './client';
export { EngineError } from './errors';
export type * from './protocol';
