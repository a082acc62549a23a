// Issue 7: every page is served with the Content Security Policy and nothing the app does breaks
// it: the boot script, the engine worker and its wasm, the service worker and its registration,
// the manifest and icons, an import, the demo data.
import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { fixtures, importCard, importFiles, openApp, nav, waitForDemo } from './helpers';

test.use({ serviceWorkers: 'allow' });

const pages = ['/', '/data', '/relationships', '/privacy', '/builder?type=dynamic&name=x'];

/** Collect CSP violations (the DOM event, before any app code runs) and CSP console errors. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`)
		);
	});
	const console: string[] = [];
	page.on('console', (m) => {
		if (/content security policy/i.test(m.text())) console.push(`console: ${m.text()}`);
	});
	return async () => [
		...console,
		...(await page.evaluate(
			() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []
		))
	];
}

test('every page is served with the CSP and loads without a violation', async ({ page }) => {
	const violations = await watchCsp(page);
	for (const url of pages) {
		const response = await page.goto(url);
		const csp = response?.headers()['content-security-policy'] ?? '';
		expect(csp, url).toContain("default-src 'none'");
		expect(csp, url).toContain("connect-src 'self'");
		expect(csp, url).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
		await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
			timeout: 60_000
		});
		expect(await violations(), url).toEqual([]);
	}
	// the service worker registered under the policy and took over; its script has one too
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
		timeout: 120_000
	});
	const sw = await page.request.get('/sw.js');
	expect(sw.headers()['content-security-policy']).toContain("worker-src 'self'");
	// pages served by the service worker keep the policy
	const cached = await page.reload();
	expect(cached?.headers()['content-security-policy']).toContain("default-src 'none'");
	await expect(page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
		timeout: 60_000
	});
	expect(await violations()).toEqual([]);
});

test('importing a file and loading the demo data cause no violation', async ({ page }) => {
	const violations = await watchCsp(page);
	await openApp(page, '/data');
	await importFiles(page, [path.join(fixtures, 'jaffle_shop', 'raw_customers.csv')]);
	const card = importCard(page, 'raw_customers.csv');
	await card.getByRole('button', { name: /^Import \d+ columns$/ }).click();
	await expect(card.getByText('Imported')).toBeVisible();
	await page.getByRole('button', { name: 'Try with demo data' }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Load demo data' }).click();
	await waitForDemo(page);
	await nav(page, 'Segments');
	await nav(page, 'Privacy & storage');
	await expect(page.getByTestId('storage-info')).toBeVisible();
	expect(await violations()).toEqual([]);
});
