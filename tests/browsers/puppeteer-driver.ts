// Firefox (WebDriver BiDi) and Chromium (CDP) through puppeteer-core, on Debian's own browsers.
// Every request the page makes is seen; one to another origin is recorded and refused.
// `quotaBytes` gives the app's origin a small storage quota in Firefox: the quota manager's fixed
// limit (a pref, in KB; `navigator.storage.estimate()` then reports it).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { helperCall, type Driver, type RequestLog } from './driver';

export async function launchPuppeteer(
	browser: 'firefox' | 'chrome',
	executablePath: string,
	origin: string,
	options: { quotaBytes?: number } = {}
): Promise<Driver> {
	const { quotaBytes } = options;
	const instance: Browser = await puppeteer.launch({
		browser,
		executablePath,
		headless: true,
		...(browser === 'firefox' && quotaBytes
			? {
					extraPrefsFirefox: {
						'dom.quotaManager.temporaryStorage.fixedLimit': Math.round(quotaBytes / 1024)
					}
				}
			: {}),
		...(browser === 'chrome'
			? { args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'] }
			: {})
	});
	const page: Page = (await instance.pages())[0] ?? (await instance.newPage());
	const log: RequestLog = { foreign: [], own: [] };
	await page.setRequestInterception(true);
	page.on('request', (request) => {
		if (request.isInterceptResolutionHandled()) return;
		const url = request.url();
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
			log.own.push(url);
			void request.continue();
		} else {
			log.foreign.push(url);
			void request.abort();
		}
	});
	const version = await instance.version();
	return {
		version,
		async goto(urlPath) {
			await page.goto(origin + urlPath, { waitUntil: 'load' });
		},
		async reload() {
			await page.reload({ waitUntil: 'load' });
		},
		call: <T>(name: string, ...args: unknown[]) =>
			page.evaluate(helperCall(name, args)) as Promise<T>,
		async upload(css, files) {
			const input = await page.$(css);
			if (!input) throw new Error(`No file input ${css}`);
			await (input as unknown as { uploadFile(...f: string[]): Promise<void> }).uploadFile(
				...files
			);
		},
		requests: () => log,
		async close() {
			await instance.close();
		}
	};
}
