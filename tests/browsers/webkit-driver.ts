// WebKitGTK through selenium-webdriver: Debian's WebKitWebDriver starts MiniBrowser in automation
// mode under a virtual X display (xvfb-run; MiniBrowser has no headless mode). WebDriver classic
// has no network events, so this harness cannot see the page's or its worker's requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { helperCall, waitFor, type Driver } from './driver';

export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export async function launchWebKit(origin: string, driverPort: number): Promise<Driver> {
	const server: ChildProcess = spawn(
		'xvfb-run',
		['-a', 'WebKitWebDriver', `--port=${driverPort}`, '--host=127.0.0.1'],
		{ detached: true, stdio: 'ignore' }
	);
	const stop = () => {
		try {
			if (server.pid) process.kill(-server.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	};
	let driver: WebDriver;
	try {
		await waitFor(
			'WebKitWebDriver to listen',
			() => fetch(`http://127.0.0.1:${driverPort}/status`).then((r) => r.ok),
			(ok) => ok,
			30_000
		);
		driver = await new Builder()
			.usingServer(`http://127.0.0.1:${driverPort}`)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] }
			})
			.build();
	} catch (e) {
		stop();
		throw e;
	}
	const caps = await driver.getCapabilities();
	const version = `WebKitGTK ${String(caps.get('browserVersion') ?? '?')} (MiniBrowser)`;
	return {
		version,
		async goto(urlPath) {
			await driver.get(origin + urlPath);
		},
		async reload() {
			await driver.navigate().refresh();
		},
		call: <T>(name: string, ...args: unknown[]) =>
			driver.executeScript(`return ${helperCall(name, args)};`) as Promise<T>,
		async upload(css, files) {
			await driver.findElement(By.css(css)).sendKeys(files.join('\n'));
		},
		requests: () => null,
		async close() {
			await driver.quit().catch(() => undefined);
			stop();
		}
	};
}
