// The app's engine: one client per tab, created on first use in the browser. Test builds get the
// client with test hooks; in a production build __SEGMENTS_TEST_HOOKS__ is false and that client
// is left out of the bundle.
import { EngineClient } from './client';
import { TestEngineClient } from './test-client';
import { tabId } from './tab-id';
import { watchRestore } from './restore-progress';

let client: EngineClient | null = null;

export function engine(): EngineClient {
	client ??= new (__SEGMENTS_TEST_HOOKS__ ? TestEngineClient : EngineClient)(
		() =>
			watchRestore(
				new Worker(new URL('./engine.worker.ts', import.meta.url), {
					type: 'module',
					name: workerName()
				})
			),
		{ persistent: true, tabId }
	);
	return client;
}

/**
 * Test builds: localStorage `segments.test.noOpfs` = 1 starts the engine as if OPFS were missing;
 * `segments.test.holdEngine` = 1 holds its start until the test releases it (engine.worker.ts).
 */
function workerName(): string {
	if (!__SEGMENTS_TEST_HOOKS__) return 'segments-engine';
	const flags = [
		localStorage.getItem('segments.test.noOpfs') === '1' ? ' no-opfs' : '',
		localStorage.getItem('segments.test.holdEngine') === '1' ? ' hold-start' : ''
	];
	return 'segments-engine' + flags.join('');
}

export { EngineClient } from './client';
export { onRestoreProgress, restoreProgress } from './restore-progress';
export { EngineError } from './errors';
export type * from './protocol';
