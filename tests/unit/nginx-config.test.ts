// The nginx snippet in docs/deployment.md, run in a real nginx (Debian's package; .ci/run installs
// it): a page, a hashed asset, the service worker, a wasm file and an unknown URL get the headers
// the doc promises. nginx prefers a matching regular-expression location to a plain prefix, so a
// snippet without `^~` sent hashed assets `no-cache` — this test caught that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxHeaders } from '../../scripts/security-headers.js';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.listen(0, '127.0.0.1', () => {
			const address = srv.address();
			srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

let dir = '';
let port = 0;
let nginx: ChildProcess | null = null;

beforeAll(async () => {
	if (!NGINX) throw new Error('nginx is not installed: apt-get install nginx-light (.ci/run does)');
	dir = mkdtempSync(join(tmpdir(), 'segments-nginx-'));
	const root = join(dir, 'build');
	mkdirSync(join(root, '_app/immutable/workers/assets'), { recursive: true });
	writeFileSync(join(root, 'index.html'), '<!doctype html><title>start</title>');
	writeFileSync(join(root, '200.html'), '<!doctype html><title>fallback</title>');
	writeFileSync(join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
	writeFileSync(join(root, 'manifest.webmanifest'), '{}');
	writeFileSync(join(root, '_app/immutable/entry.abc123.js'), 'export {};');
	writeFileSync(join(root, '_app/immutable/workers/assets/duckdb-eh.abc123.wasm'), 'wasm');
	writeFileSync(join(root, 'nginx-security-headers.conf'), nginxHeaders(['sha256-test']));

	const doc = readFileSync('docs/deployment.md', 'utf8');
	const snippet = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
	if (!snippet) throw new Error('docs/deployment.md has no nginx snippet');
	port = await freePort();
	const server = snippet
		.replace(/listen 443 ssl;/, `listen 127.0.0.1:${port};`)
		.replace(/^\s*http2 on;\s*$/m, '')
		.replaceAll('/srv/segments/build', root);
	const conf = join(dir, 'nginx.conf');
	writeFileSync(
		conf,
		`daemon off;\nworker_processes 1;\npid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\n` +
			`events {}\nhttp {\ninclude /etc/nginx/mime.types;\naccess_log off;\nclient_body_temp_path ${dir};\nproxy_temp_path ${dir};\n` +
			`fastcgi_temp_path ${dir};\nuwsgi_temp_path ${dir};\nscgi_temp_path ${dir};\n${server}\n}\n`
	);
	const check = spawnSync(NGINX, ['-t', '-c', conf, '-p', dir], { encoding: 'utf8' });
	if (check.status !== 0) throw new Error(`nginx rejects the snippet:\n${check.stderr}`);
	nginx = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`http://127.0.0.1:${port}/`);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 50));
		}
	}
	throw new Error('nginx did not start');
});

afterAll(() => {
	nginx?.kill('SIGQUIT');
});

async function head(path: string) {
	const res = await fetch(`http://127.0.0.1:${port}${path}`);
	return {
		status: res.status,
		type: res.headers.get('content-type') ?? '',
		cache: res.headers.get('cache-control') ?? '',
		csp: res.headers.get('content-security-policy') ?? '',
		body: await res.text()
	};
}

describe('the nginx snippet in docs/deployment.md', () => {
	it('caches hashed assets for a year, with the security headers', async () => {
		const js = await head('/_app/immutable/entry.abc123.js');
		expect(js.status).toBe(200);
		expect(js.cache).toBe('public, max-age=31536000, immutable');
		expect(js.type).toMatch(/javascript/);
		expect(js.csp).toContain('sha256-test');
		const wasm = await head('/_app/immutable/workers/assets/duckdb-eh.abc123.wasm');
		expect(wasm.cache).toBe('public, max-age=31536000, immutable');
		expect(wasm.type).toBe('application/wasm');
	});

	it('revalidates pages, the service worker and the manifest', async () => {
		for (const path of ['/', '/sw.js', '/manifest.webmanifest']) {
			const r = await head(path);
			expect(r.status, path).toBe(200);
			expect(r.cache, path).toBe('no-cache');
			expect(r.csp, path).toContain('sha256-test');
		}
		expect((await head('/sw.js')).type).toMatch(/javascript/);
		expect((await head('/manifest.webmanifest')).type).toBe('application/manifest+json');
	});

	it('falls back to the app for routes and 404s missing files', async () => {
		const route = await head('/segment?id=x');
		expect(route.status).toBe(200);
		expect(route.body).toContain('fallback');
		expect((await head('/_app/immutable/missing.js')).status).toBe(404);
		expect((await head('/missing.wasm')).status).toBe(404);
	});
});
