// The HTTP security headers the app is served with: by `vite preview`, by scripts/serve.js, and in
// build/_headers for static hosts (written by running this file after the build). A <meta> CSP
// would not cover the engine worker or the service worker, so these must be real headers.
// SvelteKit boots each page with one small inline script; its hash is allowed explicitly
// (computed from the built HTML) instead of allowing 'unsafe-inline' scripts.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {string[]} scriptHashes */
export function contentSecurityPolicy(scriptHashes = []) {
	return [
		// anything not named below (frames, media, prefetch, …) is refused
		"default-src 'none'",
		// 'wasm-unsafe-eval' lets DuckDB and parquet-wasm compile their wasm; nothing may eval JS
		["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
		// the engine worker and the service worker
		"worker-src 'self'",
		// no request can reach another site, whatever the page or a worker tries
		"connect-src 'self'",
		"img-src 'self' data: blob:",
		// components style elements through attributes; style sheets come only from the app's files
		// (browsers without style-src-elem fall back to the line before, as before)
		"style-src 'self' 'unsafe-inline'",
		"style-src-elem 'self'",
		"font-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'self'",
		"frame-ancestors 'none'"
	].join('; ');
}

/** @param {string[]} scriptHashes */
export function securityHeaders(scriptHashes = []) {
	return {
		'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'no-referrer',
		'Permissions-Policy':
			'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
		'Cross-Origin-Resource-Policy': 'same-origin',
		'X-Frame-Options': 'DENY'
	};
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages: the security headers on every path and hashed
 * assets cached for good. Both hosts already make everything else (pages, sw.js) revalidate, so
 * updates are found; and both join a header set by two matching rules with a comma, so each header
 * is set by one rule only.
 * @param {string[]} scriptHashes
 */
export function headersFile(scriptHashes) {
	const block = (/** @type {string} */ path, /** @type {Record<string, string>} */ headers) =>
		[path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
	return [
		'# Written by scripts/security-headers.js after each build; edit that file, not this one.',
		block('/*', securityHeaders(scriptHashes)),
		block('/_app/immutable/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
		''
	].join('\n');
}

/** sha256 hashes of every inline <script> in the built HTML files. @param {string} dir */
export function inlineScriptHashes(dir) {
	/** @type {Set<string>} */
	const hashes = new Set();
	if (!existsSync(dir)) return [];
	/** @param {string} d */
	const walk = (d) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name.endsWith('.html')) {
				const html = readFileSync(path, 'utf8');
				for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
					const body = m[1] ?? '';
					if (body.trim() === '') continue;
					hashes.add('sha256-' + createHash('sha256').update(body, 'utf8').digest('base64'));
				}
			}
		}
	};
	walk(dir);
	return [...hashes].sort();
}

/**
 * The same headers as nginx directives, for `include` in a server block (docs/deployment.md).
 * `always` sends them on error responses too.
 * @param {string[]} scriptHashes
 */
export function nginxHeaders(scriptHashes) {
	return [
		'# Written by scripts/security-headers.js after each build; include it, do not edit it.',
		...Object.entries(securityHeaders(scriptHashes)).map(
			([k, v]) => `add_header ${k} "${v}" always;`
		),
		''
	].join('\n');
}

// `node scripts/security-headers.js [build]`: write build/_headers and
// build/nginx-security-headers.conf (run by `npm run build`)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const root = resolve(process.argv[2] ?? 'build');
	const hashes = inlineScriptHashes(root);
	if (hashes.length === 0) {
		console.error(`No inline scripts found in ${root}: is the build there?`);
		process.exit(1);
	}
	writeFileSync(join(root, '_headers'), headersFile(hashes));
	writeFileSync(join(root, 'nginx-security-headers.conf'), nginxHeaders(hashes));
	console.log(
		`_headers, nginx-security-headers.conf: ${hashes.length} inline script hash(es) allowed`
	);
}
