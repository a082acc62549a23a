// One small interface over the two harnesses that can drive browsers other than Playwright's own
// builds here: puppeteer-core (Firefox over WebDriver BiDi, Chromium over CDP) and
// selenium-webdriver (WebKitGTK's MiniBrowser through WebKitWebDriver). The journey only calls
// these methods, so every engine walks exactly the same steps.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const HELPERS = readFileSync(path.join(import.meta.dirname, 'page-helpers.js'), 'utf8').replace(
	/;\s*$/,
	''
);

/** The in-page call `helpers()[name](...args)` as one script text. */
export function helperCall(name: string, args: unknown[]): string {
	return `(\n${HELPERS}\n)()[${JSON.stringify(name)}](...${JSON.stringify(args)})`;
}

export interface RequestLog {
	/** Requests to another origin (refused), when the harness sees requests at all. */
	foreign: string[];
	/** Requests to the app's own origin that the harness saw (proves the log is live). */
	own: string[];
}

export interface Driver {
	/** "Firefox 153.0esr", as the browser reports itself. */
	readonly version: string;
	goto(urlPath: string): Promise<void>;
	reload(): Promise<void>;
	/** Run one of page-helpers.js's functions in the page. */
	call<T>(name: string, ...args: unknown[]): Promise<T>;
	/** Choose files in a file input, as the user's file dialog would. */
	upload(css: string, files: string[]): Promise<void>;
	/** Every request the harness saw, or null where it cannot observe requests (said by name). */
	requests(): RequestLog | null;
	close(): Promise<void>;
}

export class Timeout extends Error {}

/** Poll the page until `check` holds (the state the next step needs), or fail after `ms`. */
export async function waitFor<T>(
	what: string,
	probe: () => Promise<T>,
	check: (value: T) => boolean,
	ms = 60_000
): Promise<T> {
	const deadline = Date.now() + ms;
	let last: T | undefined;
	let error: unknown = null;
	for (;;) {
		try {
			last = await probe();
			error = null;
			if (check(last)) return last;
		} catch (e) {
			error = e;
		}
		if (Date.now() > deadline)
			throw new Timeout(
				`Waited ${ms / 1000} s for ${what}; last seen: ${error ? String(error) : JSON.stringify(last)}`
			);
		await new Promise((r) => setTimeout(r, 250));
	}
}
