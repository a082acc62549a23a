// The app's start: the segments and the member counts of their last runs come from IndexedDB, so
// they are on screen as soon as IndexedDB answers, without waiting for the engine (DuckDB-WASM
// loading its 34 MB wasm and reopening the database takes a second or more). The test build can
// hold the engine's start (localStorage `segments.test.holdEngine`) to show that state for as long
// as the test needs.
import { test, expect, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Let a held engine start: answers the worker's 'waiting' too, whichever comes first. */
async function releaseEngine(page: Page): Promise<void> {
	await page.evaluate(() => {
		localStorage.removeItem('segments.test.holdEngine');
		const channel = new BroadcastChannel('segments-test-engine-hold');
		channel.onmessage = (e: MessageEvent<unknown>) => {
			if (e.data === 'waiting') channel.postMessage('release');
		};
		channel.postMessage('release');
	});
}

test('the stored member counts show while the engine is still starting', async ({ page }) => {
	await openApp(page, '/');
	await page.evaluate(() => (window as any).__segments.loadDemo(() => {}, 200));
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	const tile = page.locator('[data-segment="high_value_escalations"]');
	// the scheduler runs the new segments; the count of that run is kept in IndexedDB
	await expect(tile.getByTestId('tile-count')).toHaveText(/^\d[\d,]*$/, { timeout: 60_000 });
	const stored = await page.evaluate(async () => {
		const db = (window as any).__segments.db;
		const s = await db.segments.where('name').equals('high_value_escalations').first();
		return s.lastSuccess.members as number;
	});

	await page.evaluate(() => localStorage.setItem('segments.test.holdEngine', '1'));
	await page.reload();
	const status = page.getByTestId('engine-status');
	await expect(tile.getByTestId('tile-count')).toHaveText(stored.toLocaleString('en'));
	await expect(tile.getByTestId('tile-refreshed')).toHaveText(/^last run /);
	await expect(status).toHaveAttribute('data-status', 'starting');
	await expect(status).toHaveText('Starting engine…');
	// nothing was computed in this session: the engine has not answered anything yet
	expect(await page.evaluate(() => (window as any).__segments.engine.info)).toBeNull();

	await releaseEngine(page);
	await expect(status).toHaveAttribute('data-status', 'ready', { timeout: 60_000 });
	await expect(tile.getByTestId('tile-count')).toHaveText(stored.toLocaleString('en'));
});
