// Every page is usable on a phone: at 375 px no page scrolls sideways, the sections and the engine
// status are on screen, and a segment's actions sit under its title. Screenshots are attached to
// the report (test-results/playwright) for a person to look at.
import { test, expect, type Page } from '@playwright/test';
import { loadDemo } from './helpers';

test.use({ viewport: { width: 375, height: 812 } });

/**
 * Names in table cells keep whole words on a line (the table scrolls in its box instead): a cell
 * narrower than the longest word of its name wraps it letter by letter, which nobody can read.
 */
async function expectWholeWordsInTables(page: Page, what: string) {
	const squeezed = await page.evaluate(() => {
		const ctx = document.createElement('canvas').getContext('2d')!;
		const out: string[] = [];
		for (const el of document.querySelectorAll<HTMLElement>(
			':is(td, th) :is(.safe-text, code, a, button)'
		)) {
			const text = el.textContent?.trim() ?? '';
			if (!text || !el.getClientRects().length) continue;
			ctx.font = getComputedStyle(el).font;
			const longest = Math.max(...text.split(/\s+/).map((w) => ctx.measureText(w).width));
			if (el.getBoundingClientRect().width + 2 < Math.min(longest, 250)) out.push(text);
		}
		return out;
	});
	expect(squeezed, `${what}: names wrapped inside a word`).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, what: string) {
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		screen: window.innerWidth
	}));
	expect(widths.page, `${what} is wider than the screen`).toBeLessThanOrEqual(widths.screen);
}

test('at 375 px no page scrolls sideways and the header fits', async ({ page }, testInfo) => {
	test.setTimeout(240_000);
	await loadDemo(page);
	await page.goto('/');
	await page.getByRole('button', { name: /Add example segments/ }).click();
	const firstTile = page.locator('a[href*="/segment?id="]').first();
	await expect(firstTile).toBeVisible({ timeout: 30_000 });
	const segmentUrl = (await firstTile.getAttribute('href'))!;

	const pages = ['/', '/data', '/relationships', '/sharing', '/privacy', segmentUrl];
	for (const url of pages) {
		// in-app navigation, as a person would (a full page load would restart the engine each time)
		await page.evaluate((href) => {
			const a = document.createElement('a');
			a.href = href;
			document.body.append(a);
			a.click();
			a.remove();
		}, url);
		await expect(page).toHaveURL(new RegExp(url.replace(/[?]/g, '\\?') + '$'));
		await expect(page.locator('main h1').first()).toBeVisible();
		await expectNoSidewaysScroll(page, url);
		await expectWholeWordsInTables(page, url);
		if (url === '/') {
			await page.getByRole('button', { name: 'Table', exact: true }).click();
			await expect(page.getByRole('table').first()).toBeVisible();
			await expectNoSidewaysScroll(page, 'the segments table');
			await expectWholeWordsInTables(page, 'the segments table');
			await page.getByRole('button', { name: 'Tiles', exact: true }).click();
		}
		// the engine status is on screen, not pushed off the right edge
		const status = await page.getByTestId('engine-status').boundingBox();
		expect(status && status.x + status.width <= 375 && status.width > 20).toBe(true);
		// every section can be reached from the header
		for (const name of ['Segments', 'Data', 'Relationships', 'Sharing', 'Privacy & storage']) {
			const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });
			await link.scrollIntoViewIfNeeded();
			await expect(link).toBeInViewport();
		}
		await testInfo.attach(`375px ${url === segmentUrl ? '/segment' : url}`, {
			body: await page.screenshot(),
			contentType: 'image/png'
		});
	}

	// the segment page (shown last above): title across the screen, its actions under it
	const title = await page.locator('main h1').first().boundingBox();
	const edit = await page
		.getByRole('link', { name: 'Edit' })
		.or(page.getByRole('button', { name: 'Edit' }))
		.first()
		.boundingBox();
	expect(title!.width).toBeGreaterThan(250);
	expect(edit!.y).toBeGreaterThan(title!.y + title!.height - 1);

	// the builder of that segment
	await page
		.getByRole('link', { name: 'Edit' })
		.or(page.getByRole('button', { name: 'Edit' }))
		.first()
		.click();
	await expect(page).toHaveURL(/\/builder/);
	await expect(page.getByTestId('segment-count').first()).toBeVisible({ timeout: 30_000 });
	await expectNoSidewaysScroll(page, 'the builder');
	await testInfo.attach('375px /builder', {
		body: await page.screenshot(),
		contentType: 'image/png'
	});
});
