// The journey fuzzer's Playwright config: the e2e set-up of the root playwright.config.ts (same
// browser, same built app on E2E_PORT) for this folder's one long test. `npm run test:journeys`
// runs it (see run.ts for --runs, --seed, --steps, --path).
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../../playwright.config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
	...base,
	testDir: '.',
	testMatch: /.*\.e2e\.ts/,
	outputDir: `${root}test-results/journeys/playwright`,
	timeout: 60 * 60_000,
	retries: 0,
	// a step that cannot find what it clicks fails instead of waiting for the whole test's time
	use: { ...base.use, actionTimeout: 60_000, navigationTimeout: 90_000 },
	reporter: [['list'], ['json', { outputFile: `${root}test-results/journeys-results.json` }]],
	// JOURNEY_REUSE_BUILD=1 (npm test, right after the e2e tests built the test build): serve that
	// build instead of building again
	...(base.webServer && !Array.isArray(base.webServer)
		? {
				webServer: {
					...base.webServer,
					cwd: root,
					...(process.env.JOURNEY_REUSE_BUILD
						? { command: base.webServer.command!.replace(/^.*?&& /, '') }
						: {})
				}
			}
		: {})
});
