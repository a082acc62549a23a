// Shared steps for end-to-end tests: a fresh app, imports through the real file input, waiting for
// the engine. Every test drives the real app (real DuckDB-WASM worker, real IndexedDB, real OPFS).
import { expect, type Page } from '@playwright/test';
import path from 'node:path';

export const fixtures = path.resolve('tests/fixtures');

/** Open the app and wait until the engine is ready. */
export async function openApp(page: Page, url = '/'): Promise<void> {
	await page.goto(url);
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
}

/** Choose files in the Data page's file input. */
export async function importFiles(page: Page, files: string[]): Promise<void> {
	await page.getByTestId('file-input').setInputFiles(files);
}

/** The import card of one file. */
export function importCard(page: Page, fileName: string) {
	return page.getByRole('region', { name: `Import of ${fileName}` });
}

/** Fail the test on any request that leaves the app's own origin (and abort it). */
export async function forbidForeignRequests(page: Page): Promise<string[]> {
	const foreign: string[] = [];
	await page.context().route('**/*', (route) => {
		const url = new URL(route.request().url());
		const own =
			url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:';
		if (!own) {
			foreign.push(route.request().url());
			return route.abort();
		}
		return route.continue();
	});
	return foreign;
}
