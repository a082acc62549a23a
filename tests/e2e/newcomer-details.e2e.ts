// Small things a newcomer tripped over: example segments stay one click away once there are
// segments, and the trend's time scope sets the chart's axis (not only which runs are drawn).
import { test, expect } from '@playwright/test';
import { nav, loadDemo } from './helpers';

test('example segments stay available, and the trend axis follows the chosen scope', async ({
	page
}) => {
	await loadDemo(page);
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	await expect(page.getByText(/^Added \d+ example segments/)).toBeVisible({ timeout: 30_000 });
	const tile = page.locator('a[href*="/segment?id="]').first();
	await expect(tile).toBeVisible();

	// with segments on the page the examples are still offered; nothing is added twice
	await page.getByRole('button', { name: 'Add example segments', exact: true }).click();
	await expect(page.getByText('Every example segment is already here.')).toBeVisible();

	const tileName = (await tile.textContent())!.trim();
	await tile.click();
	const chart = page.getByTestId('trend-chart');
	const day = (daysAgo: number) =>
		new Date(Date.now() - daysAgo * 24 * 3600 * 1000).toISOString().slice(0, 10);
	await expect(chart).toHaveAttribute('data-from', new RegExp(`${day(30)}|${day(31)}`));
	await page.getByLabel('Time scope').selectOption({ label: 'Last 7 days' });
	await expect(chart).toHaveAttribute('data-from', new RegExp(`${day(7)}|${day(8)}`));
	await page.getByLabel('Time scope').selectOption({ label: 'All time' });
	await expect(chart).toHaveAttribute('data-from', 'all');

	// the builder of a saved segment is titled with its name, never "New segment"
	await page
		.getByRole('link', { name: 'Edit' })
		.or(page.getByRole('button', { name: 'Edit' }))
		.first()
		.click();
	await expect(page).toHaveURL(/\/builder\?id=/);
	await expect(page).toHaveTitle(`${tileName} · Segments`);
});
