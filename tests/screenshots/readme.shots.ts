// Produces docs/screenshots/*.png: the Segments page (tiles and table), the builder, a segment's
// page, the overlap of three segments and "what makes it different", in light and dark, on the demo
// data with the example segments.
import { test, expect, type Page } from '@playwright/test';
import { openApp } from '../e2e/helpers';

const out = (name: string) => `docs/screenshots/${name}.png`;
const nav = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

test('README screenshots', async ({ page }) => {
	test.setTimeout(300_000);
	await page.clock.install({ time: new Date() });
	await openApp(page, '/data');
	await page.getByRole('button', { name: 'Try with demo data' }).click();
	await expect(page.getByTestId('entities').locator('tr[data-entity="ClickStream"]')).toBeVisible({
		timeout: 90_000
	});
	await nav(page, 'Segments');
	await page.getByRole('button', { name: 'Add example segments for the demo data' }).click();
	await expect(page.getByTestId('tile-count').first()).not.toHaveText('—', { timeout: 60_000 });
	// a few hours of hourly refreshes, so trends have points
	for (let i = 0; i < 6; i++) {
		await page.clock.fastForward('01:01:00');
		await page.waitForTimeout(2500);
	}
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await nav(page, 'Segments');
		await page.getByRole('button', { name: 'Tiles' }).click();
		await page.waitForTimeout(500);
		await page.screenshot({ path: out(`segments-tiles-${scheme}`), fullPage: true });
		await page.getByRole('button', { name: 'Table' }).click();
		await page.waitForTimeout(300);
		await page.screenshot({ path: out(`segments-table-${scheme}`) });
		await page.getByRole('button', { name: 'Tiles' }).click();
		const tile = page.locator('[data-segment="high_value_escalations"]');
		await tile.getByRole('button', { name: /Actions for/ }).click();
		await page.getByRole('menuitem', { name: 'Edit' }).click();
		await expect(page.getByTestId('segment-count')).toHaveAttribute('data-current', 'true', {
			timeout: 30_000
		});
		await page.screenshot({ path: out(`builder-${scheme}`), fullPage: true });
		await nav(page, 'Segments');
		await page.locator('[data-segment="pricing_page_visitors"]').getByRole('link').first().click();
		await expect(page.getByTestId('trend-chart')).toBeVisible();
		await page.waitForTimeout(800);
		await page.screenshot({ path: out(`segment-page-${scheme}`), fullPage: true });

		await nav(page, 'Segments');
		await page.locator('[data-segment="gold_at_risk"]').getByRole('link').first().click();
		const panel = page.getByTestId('differences');
		await panel.getByRole('button', { name: 'Show what makes it different' }).click();
		await expect(panel.getByTestId('difference-feature').first()).toBeVisible({ timeout: 60_000 });
		// the panel's top: the ranking and the first attributes (the page-relative box, so the
		// sticky app bar does not cover it)
		const box = await panel.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
		});
		await page.screenshot({
			path: out(`differences-${scheme}`),
			fullPage: true,
			clip: { ...box, height: Math.min(box.height, 1000) }
		});

		await nav(page, 'Segments');
		await page.getByRole('link', { name: 'Compare overlap' }).click();
		for (const name of ['Gold and platinum at risk', 'Loyal big spenders', 'Top 10 % by spend'])
			await page.getByRole('checkbox', { name, exact: true }).check();
		await page.getByRole('button', { name: 'Compare' }).click();
		const result = page.getByTestId('overlap-result');
		await expect(result.getByTestId('overlap-venn')).toBeVisible({ timeout: 60_000 });
		await page.screenshot({ path: out(`overlap-${scheme}`), fullPage: true });
	}
});
