// A browser without what the app needs (here WebAssembly, removed before the app loads, as in a
// locked-down or very old browser) gets one page naming what is missing, and nothing starts: no
// engine, no database.
import { test, expect } from '@playwright/test';

test('a browser without WebAssembly or IndexedDB is told what is missing', async ({ page }) => {
	await page.addInitScript(() => {
		Reflect.deleteProperty(globalThis, 'WebAssembly');
		Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
	});
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await page.goto('/');
	const notice = page.getByTestId('unsupported-browser');
	await expect(
		notice.getByRole('heading', { name: 'This browser cannot run Segments' })
	).toBeVisible();
	await expect(notice.getByRole('listitem')).toHaveText([
		/WebAssembly, for the data engine/,
		/IndexedDB, for keeping your segments/
	]);
	// the app did not start: no navigation, no engine worker
	await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
	expect(workers.filter((u) => !u.includes('sw.js') && !u.includes('service-worker'))).toEqual([]);
});
