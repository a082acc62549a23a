import { test, expect } from '@playwright/test';

test('engine starts with persistence and locked settings', async ({ page }) => {
	page.on('console', (m) => console.log('console:', m.type(), m.text()));
	page.on('pageerror', (e) => console.log('pageerror:', e.message));
	await page.goto('/');
	await expect(page.getByTestId('info')).toContainText('duckdbVersion', { timeout: 60_000 });
	console.log(await page.getByTestId('info').textContent());
});
