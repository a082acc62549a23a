import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { securityHeaders, inlineScriptHashes } from './scripts/security-headers.js';

const duckdbBlocking = fileURLToPath(
	new URL('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs', import.meta.url)
);

/**
 * SvelteKit's preview ignores `preview.headers`, so the CSP is set by a middleware. It serves the
 * adapter's output, not build/, so the SPA fallback page (which the service worker precaches) is
 * served from build/ here.
 */
function securityHeadersPlugin(): Plugin {
	return {
		name: 'segments-security-headers',
		configurePreviewServer(server) {
			const headers = securityHeaders(inlineScriptHashes('build'));
			server.middlewares.use((req, res, next) => {
				for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
				if (req.method === 'GET' && req.url?.split('?')[0] === '/200.html') {
					res.setHeader('Content-Type', 'text/html; charset=utf-8');
					res.setHeader('Cache-Control', 'no-cache');
					res.end(readFileSync('build/200.html'));
					return;
				}
				next();
			});
		}
	};
}

/**
 * The web app manifest and the service worker (generateSW). The precache holds the app shell (the
 * prerendered pages, the SPA fallback, JS, CSS, icons), the engine worker and exactly the two wasm
 * files it loads (DuckDB's eh build and parquet-wasm): all the app needs to run offline.
 * scripts/check-precache.js checks that list and its size after every build.
 */
function pwa(): Plugin[] {
	const kitOutput = fileURLToPath(new URL('./.svelte-kit/output/', import.meta.url));
	return SvelteKitPWA({
		registerType: 'prompt',
		// registered by src/lib/features/pwa (workbox-window), not by an injected inline script the
		// CSP would have to allow
		injectRegister: false,
		manifest: {
			id: '/',
			name: 'Segments',
			short_name: 'Segments',
			description:
				'Local-first customer segmentation: import customer data, build segments, see live counts — all in the browser, offline.',
			lang: 'en',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			theme_color: '#4f46e5',
			background_color: '#f7f7f9',
			categories: ['business', 'productivity'],
			icons: [
				{ src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
				{ src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
				{ src: '/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
				{ src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
				{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
			]
		},
		kit: {
			adapterFallback: '200.html',
			// 200.html is written by the adapter after the service worker: precache it under a revision
			// that changes whenever the pages' chunks do (kit's version.json alone would not change
			// when SEGMENTS_BUILD_ID pins the version name)
			spa: {
				fallbackRevision: () =>
					Promise.resolve(
						createHash('sha256')
							.update(readFileSync(`${kitOutput}prerendered/pages/index.html`))
							.update(readFileSync(`${kitOutput}client/_app/version.json`))
							.digest('hex')
							.slice(0, 32)
					)
			}
		},
		workbox: {
			globPatterns: [
				'client/_app/immutable/**/*.{js,css}',
				'client/_app/immutable/workers/assets/*.wasm',
				'client/*.{png,svg,ico}',
				'prerendered/pages/**/*.html'
			],
			// DuckDB's wasm is 33 MiB; the total is budgeted by scripts/check-precache.js
			maximumFileSizeToCacheInBytes: 50_000_000,
			navigateFallback: '200.html',
			cleanupOutdatedCaches: true,
			// the first install takes over the open page, so it works offline without a reload; later
			// versions wait until the user chooses to reload (registerType 'prompt': no skipWaiting)
			clientsClaim: true
		}
	});
}

/**
 * Build logs a newcomer should not have to read: DuckDB-WASM's bundle uses direct `eval` (its
 * Emscripten glue; the CSP forbids eval at run time anyway) and the bundler's plugin timing tables.
 */
const quietBuild = {
	checks: { pluginTimings: false, bundlerTimings: false },
	onLog(
		level: 'info' | 'debug' | 'warn',
		log: { code?: string; id?: string; message: string },
		handler: (level: 'info' | 'debug' | 'warn' | 'error', log: { message: string }) => void
	) {
		if (log.code === 'EVAL' && (log.id ?? log.message).includes('@duckdb/duckdb-wasm')) return;
		handler(level, log);
	}
};

export default defineConfig({
	plugins: [sveltekit(), ...pwa(), securityHeadersPlugin()],
	// test hooks (window.__segments, fault injection, raw SQL) exist only in test builds:
	// SEGMENTS_TEST_HOOKS=1 vite build (the e2e tests' web server); checked by
	// scripts/check-no-test-hooks.js after every production build
	define: { __SEGMENTS_TEST_HOOKS__: JSON.stringify(process.env.SEGMENTS_TEST_HOOKS === '1') },
	resolve: {
		alias: { '@duckdb/duckdb-wasm-blocking': duckdbBlocking }
	},
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
	worker: { format: 'es', rolldownOptions: quietBuild },
	build: { target: 'es2022', chunkSizeWarningLimit: 2000, rolldownOptions: quietBuild },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// `@vitest-environment svelte-client`: rune classes compiled as for the browser
		alias: {
			'vitest-environment-svelte-client': fileURLToPath(
				new URL('./tests/helpers/svelte-client-environment.ts', import.meta.url)
			)
		},
		testTimeout: 60_000,
		hookTimeout: 60_000,
		pool: 'forks',
		reporters: ['default', './tests/helpers/reliability-reporter.ts']
	}
});
