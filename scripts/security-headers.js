// The HTTP security headers the app is served with: by `vite preview`, by scripts/serve.js, and in
// build/_headers for static hosts. A <meta> CSP would not cover the engine worker, so these must be
// real headers. SvelteKit boots each page with one small inline script; its hash is allowed
// explicitly (computed from the built HTML) instead of allowing 'unsafe-inline' scripts.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string[]} scriptHashes */
export function contentSecurityPolicy(scriptHashes = []) {
	return [
		"default-src 'self'",
		["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes.map((h) => `'${h}'`)].join(' '),
		"worker-src 'self'",
		"connect-src 'self'",
		"img-src 'self' data: blob:",
		"style-src 'self' 'unsafe-inline'",
		"font-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
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
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
		'Cross-Origin-Opener-Policy': 'same-origin'
	};
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
