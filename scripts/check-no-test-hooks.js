#!/usr/bin/env node
// Runs after `vite build` (see the "build" script and scripts/start.js): a production bundle must
// hold none of the test hooks (window.__segments, fault injection, raw SQL past the engine's guard,
// crashing the engine), which exist only in test builds (SEGMENTS_TEST_HOOKS=1, as Playwright's
// web server builds). Fails the build when a marker is found in the built JS or HTML. In a test
// build it checks the opposite (the hooks are there), so the scan itself is known to work.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** What only a test hook leaves in the bundle. */
export const MARKERS = [
	{ name: 'window.__segments', pattern: /__segments(?![\w$])/ },
	{ name: 'window.__segmentsPwa', pattern: /__segmentsPwa/ },
	{ name: 'injectFault', pattern: /injectFault/ },
	{ name: 'failWrites', pattern: /failWrites|clearWriteFaults|segments-write-faults/ },
	{ name: 'leaveEmptyWalOnNextStart', pattern: /leaveEmptyWalOnNextStart/ },
	{ name: 'failCheckpoints', pattern: /failCheckpoints/ },
	{ name: 'raw SQL', pattern: /rawQuery|rawRows/ },
	{ name: 'crash()', pattern: /\bcrash\(/ },
	{ name: 'no-OPFS switch', pattern: /segments\.test\.noOpfs|no-opfs/ },
	{ name: 'engine start hold', pattern: /segments\.test\.holdEngine|hold-start|engine-hold/ }
];

/** @param {string} dir @returns {string[]} */
function files(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return files(path);
		return /\.(m?js|html)$/.test(name) ? [path] : [];
	});
}

/** @param {string} root @returns {{ marker: string, file: string }[]} */
export function findTestHooks(root) {
	const found = [];
	for (const file of files(root)) {
		const text = readFileSync(file, 'utf8');
		for (const m of MARKERS)
			if (m.pattern.test(text)) found.push({ marker: m.name, file: relative(root, file) });
	}
	return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const root = resolve('build');
	if (!existsSync(root)) {
		console.error('check-no-test-hooks: build/ does not exist; run vite build first.');
		process.exit(1);
	}
	const found = findTestHooks(root);
	if (process.env.SEGMENTS_TEST_HOOKS === '1') {
		if (!found.some((f) => f.marker === 'window.__segments')) {
			console.error(
				'check-no-test-hooks: a test build without window.__segments; is the scan broken?'
			);
			process.exit(1);
		}
		console.log('Test build: test hooks included (SEGMENTS_TEST_HOOKS=1).');
	} else if (found.length) {
		console.error('The production build contains test hooks:');
		for (const f of found) console.error(`  ${f.marker} in ${f.file}`);
		process.exit(1);
	} else console.log('No test hooks in the production build.');
}
