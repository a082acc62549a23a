// The app's engine: one client per tab, created on first use in the browser. Test builds get the
// client with test hooks; in a production build __SEGMENTS_TEST_HOOKS__ is false and that client
// is left out of the bundle.
import { EngineClient } from './client';
import { TestEngineClient } from './test-client';
import { tabId } from './tab-id';

let client: EngineClient | null = null;

export function engine(): EngineClient {
	client ??= new (__SEGMENTS_TEST_HOOKS__ ? TestEngineClient : EngineClient)(
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
