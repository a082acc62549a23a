#!/usr/bin/env node
// Runs after `vite build` (see the "build" script): reads the precache list out of build/sw.js and
// fails the build when the offline copy would be wrong or too big. Every user downloads all of it
// on the first visit, so it is a budget, and it must hold exactly one copy of each engine file:
// - total size at most 50 MB;
// - every listed URL exists in build/;
// - the engine worker, DuckDB's eh wasm and parquet-wasm's wasm are each precached exactly once,
//   and no other wasm file was emitted (a second copy would mean the wasm is imported from two
//   places and downloaded twice);
// - every chunk the engine worker loads on demand (parquet-wasm's glue) is precached, so Parquet
//   still works offline although it is not loaded at start;
// - no two precached assets have the same content under different names.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';

export const BUDGET_BYTES = 50_000_000;

/** @param {string} root @returns {{ url: string, revision: string | null }[]} */
export function precacheEntries(root) {
	const sw = readFileSync(join(root, 'sw.js'), 'utf8');
	const start = sw.indexOf('precacheAndRoute([');
	if (start === -1) throw new Error('build/sw.js has no precacheAndRoute([...]) call');
	// the list is a JS array literal; find its end by bracket depth (URLs contain no brackets)
	let depth = 0;
	let end = start + 'precacheAndRoute('.length;
	for (; end < sw.length; end++) {
		if (sw[end] === '[') depth++;
		else if (sw[end] === ']' && --depth === 0) break;
	}
	const literal = sw.slice(start + 'precacheAndRoute('.length, end + 1);
	// our own build output, evaluated without access to anything
	return runInNewContext(`(${literal})`, Object.create(null), { timeout: 1000 });
}

/** The file a precache URL is served from (pages are precached by their clean URL). */
function fileFor(/** @type {string} */ root, /** @type {string} */ url) {
	const path = url === '/' ? 'index.html' : url.replace(/^\//, '');
	for (const candidate of [path, `${path}.html`, join(path, 'index.html')]) {
		const file = join(root, candidate);
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
		d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)]
	);
}

/** @param {string} root @returns {{ problems: string[], bytes: number, count: number }} */
export function checkPrecache(root) {
	/** @type {string[]} */
	const problems = [];
	const entries = precacheEntries(root);
	let bytes = 0;
	/** @type {Map<string, string>} content hash → URL */
	const seen = new Map();
	for (const { url } of entries) {
		const file = fileFor(root, url);
		if (!file) {
			problems.push(`${url} is precached but not in the build`);
			continue;
		}
		const content = readFileSync(file);
		bytes += content.length;
		if (file.endsWith('.html')) continue; // pages are near-identical shells by design
		const hash = createHash('sha256').update(content).digest('hex');
		const twin = seen.get(hash);
		if (twin) problems.push(`${url} and ${twin} have the same content (precached twice)`);
		else seen.set(hash, url);
	}
	const urls = entries.map((e) => e.url);
	const count = (/** @type {RegExp} */ re) => urls.filter((u) => re.test(u)).length;
	const expectOnce = [
		['the engine worker', /^_app\/immutable\/workers\/engine\.worker-[^/]+\.js$/],
		["DuckDB's eh wasm", /^_app\/immutable\/workers\/assets\/duckdb-eh-[^/]+\.wasm$/],
		["parquet-wasm's wasm", /^_app\/immutable\/workers\/assets\/parquet_wasm_bg-[^/]+\.wasm$/],
		['the SPA fallback 200.html', /^200\.html$/],
		['the start page', /^\/$/],
		['the web app manifest', /^manifest\.webmanifest$/]
	];
	for (const [what, re] of /** @type {[string, RegExp][]} */ (expectOnce)) {
		const n = count(re);
		if (n !== 1) problems.push(`${what} is precached ${n} times (expected once)`);
	}
	const wasmInBuild = filesUnder(root)
		.filter((f) => f.endsWith('.wasm'))
		.map((f) => relative(root, f).split('\\').join('/'));
	for (const wasm of wasmInBuild) {
		if (!urls.includes(wasm))
			problems.push(`${wasm} was emitted but is not precached (a wasm imported twice?)`);
	}
	const workerChunks = join(root, '_app/immutable/workers/chunks');
	const lazy = existsSync(workerChunks)
		? filesUnder(workerChunks).map((f) => relative(root, f).split('\\').join('/'))
		: [];
	for (const chunk of lazy) {
		if (!urls.includes(chunk))
			problems.push(`${chunk} (loaded by a worker on demand) is not precached: offline it fails`);
	}
	if (bytes > BUDGET_BYTES)
		problems.push(
			`the precache is ${(bytes / 1e6).toFixed(1)} MB, over the ${BUDGET_BYTES / 1e6} MB budget`
		);
	return { problems, bytes, count: entries.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const root = resolve(process.argv[2] ?? 'build');
	const { problems, bytes, count } = checkPrecache(root);
	if (problems.length) {
		console.error(`\nPrecache check failed (${root}/sw.js):\n  - ${problems.join('\n  - ')}\n`);
		process.exit(1);
	}
	console.log(
		`precache: ${count} files, ${(bytes / 1e6).toFixed(1)} MB of the ${BUDGET_BYTES / 1e6} MB budget`
	);
}
