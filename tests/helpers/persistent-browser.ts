// A Chromium with a real, persistent profile for tests that close and reopen the browser: the same
// executable and launch arguments as playwright.config.ts, a user-data folder of its own, and the
// service worker allowed (as in a real browser).
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import config from '../../playwright.config';

export interface Profile {
	dir: string;
	baseURL: string;
	/** Open the browser on this profile (close the last one first). */
	open(): Promise<BrowserContext>;
	/** Remove the profile folder (the browser must be closed). */
	remove(): void;
}

export function appBaseURL(): string {
	return `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173)}`;
}

export function newProfile(baseURL = appBaseURL()): Profile {
	const dir = mkdtempSync(path.join(os.tmpdir(), 'segments-profile-'));
	const launch = config.use?.launchOptions ?? {};
	return {
		dir,
		baseURL,
		open: () =>
			chromium.launchPersistentContext(dir, {
				...(launch.executablePath ? { executablePath: launch.executablePath } : {}),
				args: launch.args ?? [],
				headless: true,
				baseURL,
				viewport: { width: 1360, height: 900 },
				acceptDownloads: true,
				serviceWorkers: 'allow'
			}),
		remove: () => rmSync(dir, { recursive: true, force: true })
	};
}
