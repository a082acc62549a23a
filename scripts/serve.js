#!/usr/bin/env node
// Serves the built app (build/) on 127.0.0.1 with the app's security headers (CSP and friends) and
// the single-page fallback. No dependencies: `npm start` builds, then runs this.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { inlineScriptHashes, securityHeaders } from './security-headers.js';

const root = resolve(process.env.SEGMENTS_BUILD_DIR ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
	console.error(`No build found in ${root}. Run "npm run build" first.`);
	process.exit(1);
}

const headers = securityHeaders(inlineScriptHashes(root));
/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8'
};

/**
 * The file for a URL path: the file itself, a prerendered page, or the SPA fallback for other page
 * URLs. A missing file with an extension is a 404, not the fallback page: the service worker must
 * never precache an HTML page under a script's or wasm's name.
 * @param {string} urlPath
 * @returns {string | null}
 */
function resolvePath(urlPath) {
	const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(
		/^(\.\.[/\\])+/,
		''
	);
	const candidates = [
		join(root, clean),
		join(root, clean, 'index.html'),
		join(root, `${clean}.html`)
	];
	for (const c of candidates) {
		if (c.startsWith(root) && existsSync(c) && statSync(c).isFile()) return c;
	}
	return extname(clean) ? null : join(root, '200.html');
}

const server = createServer((req, res) => {
	let file;
	try {
		file = resolvePath(req.url ?? '/');
	} catch {
		file = null; // a malformed %-escape
	}
	for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
	if (!file) {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/plain; charset=utf-8');
		res.end('Not found');
		return;
	}
	const type = types[extname(file)] ?? 'application/octet-stream';
	res.setHeader('Content-Type', type);
	// hashed assets never change; pages and the service worker must be revalidated
	res.setHeader(
		'Cache-Control',
		file.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	);
	createReadStream(file).pipe(res);
});

server.on('error', (e) => {
	const code = /** @type {NodeJS.ErrnoException} */ (e).code;
	console.error(
		code === 'EADDRINUSE'
			? `\n  Port ${port} is in use. Start on another port with: PORT=${port + 1} npm start\n`
			: `\n  Could not serve the app: ${e.message}\n`
	);
	process.exit(1);
});

server.listen(port, host, () => {
	console.log(
		`\n  Segments is running at http://${host}:${port}/\n  Open it, then “Data” → “Try with demo data” for a ready-made data set.\n  Press Ctrl+C to stop.\n`
	);
});
