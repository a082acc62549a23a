// A second tab of the app uses the engine of the first (one engine per browser profile, see
// src/lib/engine/tabs.ts). Whatever a user can do in the first tab works in the second.
import { expect, test } from '@playwright/test';
import { loadDemo, nav, openApp } from './helpers';

test('a second tab, loaded again, compares overlap and exports the matrix through the engine of the first', async ({
	context
}) => {
	test.setTimeout(240_000);
	const a = await context.newPage();
	await loadDemo(a);
	await nav(a, 'Segments');
	await a.getByRole('button', { name: 'Add example segments' }).click();
	for (const name of ['gold_at_risk', 'loyal_big_spenders'])
		await expect(a.locator(`[data-segment="${name}"]`).getByTestId('tile-refreshed')).toBeVisible({
			timeout: 60_000
		});

	const b = await context.newPage();
	await openApp(b, '/');
	await expect(b.getByTestId('engine-status')).toContainText('run by another tab');
	// the tab is loaded again (a reload, or an address typed): it keeps its tab id, and its first
	// requests to the engine of the first tab are new ones, not ones that tab has answered before
	await openApp(b, '/overlap');
	await expect(b.getByTestId('engine-status')).toContainText('run by another tab');
	// the segments to pick are listed by the names the app shows for them
	const listed = await b
		.getByRole('checkbox')
		.evaluateAll((boxes) => boxes.map((x) => x.closest('label')?.textContent?.trim() ?? ''));
	expect(listed.length).toBeGreaterThan(5);
	expect(listed).toEqual([...listed].sort((x, y) => x.localeCompare(y)));
	await b.getByLabel('Gold and platinum at risk').check();
	await b.getByLabel('Loyal big spenders').check();
	await b.getByRole('button', { name: 'Compare' }).click();
	const result = b.getByTestId('overlap-result');
	await expect(result.getByTestId('overlap-cell').first()).toBeVisible({ timeout: 30_000 });
	await expect(b.getByRole('button', { name: 'Compare' })).toBeEnabled();

	const download = b.waitForEvent('download');
	await b.getByRole('button', { name: 'Export matrix (CSV)' }).click();
	expect((await download).suggestedFilename()).toMatch(/\.csv$/);

	// the same comparison live on the current data
	await b.getByLabel('live, on the current data').check();
	await b.getByRole('button', { name: 'Compare' }).click();
	await expect(result.getByTestId('overlap-source')).toHaveText(
		'Members computed live on the current data.',
		{ timeout: 30_000 }
	);
});
