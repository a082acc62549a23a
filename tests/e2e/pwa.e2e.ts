// Issue 7: installable (manifest, icons, a service worker controlling the page, Chromium's own
// installability check), the "Install app" button, and the update prompt that never reloads the
// page by itself.
import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp } from './helpers';

// Playwright lets pages register service workers unless told otherwise; say so explicitly here
test.use({ serviceWorkers: 'allow' });

/** Wait until the service worker has installed (precached everything) and controls the page. */
async function waitForController(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 120_000
	});
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the manifest is linked and complete, its icons exist at their sizes, one is maskable', async ({
	page
}) => {
	await openApp(page);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest');
	const response = await page.request.get(href!);
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toMatch(/application\/manifest\+json/);
	const manifest = (await response.json()) as {
		name: string;
		short_name: string;
		description: string;
		display: string;
		start_url: string;
		scope: string;
		theme_color: string;
		background_color: string;
		icons: { src: string; sizes: string; type: string; purpose?: string }[];
	};
	expect(manifest).toMatchObject({
		name: 'Segments',
		short_name: 'Segments',
		display: 'standalone',
		start_url: '/',
		scope: '/'
	});
	expect(manifest.description.length).toBeGreaterThan(20);
	expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
	expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

	const sizes = new Set<string>();
	for (const icon of manifest.icons) {
		const res = await page.request.get(icon.src);
		expect(res.ok(), icon.src).toBe(true);
		if (icon.type !== 'image/png') continue;
		const { width, height } = pngSize(await res.body());
		expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
		sizes.add(`${icon.sizes} ${icon.purpose ?? 'any'}`);
	}
	expect([...sizes]).toEqual(
		expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable'])
	);
	await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute(
		'content',
		manifest.theme_color
	);
});

test('a service worker controls the page, and Chromium finds the app installable', async ({
	page
}) => {
	await openApp(page);
	await waitForController(page);
	await page.reload();
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
	expect(controller).toMatch(/\/sw\.js$/);

	// Chromium's own verdict, the one behind its install button. Playwright's contexts are
	// incognito-like, where nothing installs; every other criterion must be met.
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual(
		[]
	);
	const { errors } = await cdp.send('Page.getAppManifest');
	expect(errors).toEqual([]);
});

test('"Install app" appears only when the browser offers installation, and opens its dialog', async ({
	page
}) => {
	await openApp(page);
	const install = page.getByRole('button', { name: 'Install app' });
	await expect(install).toBeHidden();
	// what Chromium does when it decides the app can be installed (headless never shows UI)
	await page.evaluate(() => {
		const event = new Event('beforeinstallprompt', { cancelable: true });
		Object.assign(event, {
			prompt: () => {
				(window as unknown as { prompted: boolean }).prompted = true;
				return Promise.resolve();
			},
			userChoice: Promise.resolve({ outcome: 'accepted' })
		});
		window.dispatchEvent(event);
	});
	await install.click();
	expect(await page.evaluate(() => (window as unknown as { prompted?: boolean }).prompted)).toBe(
		true
	);
	await expect(install).toBeHidden();
});

test('a waiting new version is announced; the page reloads only when the user says so, after confirming if busy', async ({
	page
}) => {
	await openApp(page);
	await waitForController(page);
	await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'first load'));
	const marker = () => page.evaluate(() => (window as unknown as { marker?: string }).marker);

	// a second version of the service worker: the same script under another URL is, for the
	// browser, a new worker for the same scope; it installs and waits, as a real update would
	await page.evaluate(async () => {
		await navigator.serviceWorker.register('/sw.js?version=2', { scope: '/' });
	});
	const prompt = page.getByTestId('update-prompt');
	await expect(prompt).toContainText('A new version is available');
	await page.waitForTimeout(3000);
	expect(await marker()).toBe('first load');
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
		/\/sw\.js$/
	);

	// while an import is open (read, previewed, not yet saved), Reload asks first and names it;
	// Cancel keeps the page and the import
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
	await importFiles(page, [path.join(fixtures, 'jaffle_shop', 'raw_customers.csv')]);
	const card = importCard(page, 'raw_customers.csv');
	await expect(card.getByRole('button', { name: /^Import \d+ columns$/ })).toBeVisible();
	await prompt.getByRole('button', { name: 'Reload' }).click();
	const dialog = page.getByRole('dialog', { name: 'Reload now?' });
	await expect(dialog.getByTestId('busy-reasons')).toHaveText('Importing raw_customers.csv');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await page.waitForTimeout(1000);
	expect(await marker()).toBe('first load');
	await expect(card.getByRole('button', { name: /^Import \d+ columns$/ })).toBeVisible();

	// the import saved: Reload switches to the new version at once
	await card.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(card.getByText('Imported')).toBeVisible();
	await Promise.all([
		page.waitForEvent('load'),
		prompt.getByRole('button', { name: 'Reload' }).click()
	]);
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	expect(await marker()).toBeUndefined();
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
		/\/sw\.js\?version=2$/
	);
	// (the app then registers /sw.js again, which for the browser is the next update: not checked)
});
