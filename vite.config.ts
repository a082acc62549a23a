import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { securityHeaders, inlineScriptHashes } from './scripts/security-headers.js';

const duckdbBlocking = fileURLToPath(
	new URL('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs', import.meta.url)
);

/** SvelteKit's preview ignores `preview.headers`, so the CSP is set by a middleware. */
function securityHeadersPlugin(): Plugin {
	return {
		name: 'segments-security-headers',
		configurePreviewServer(server) {
			const headers = securityHeaders(inlineScriptHashes('build'));
			server.middlewares.use((_req, res, next) => {
				for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), securityHeadersPlugin()],
	resolve: {
		alias: { '@duckdb/duckdb-wasm-blocking': duckdbBlocking }
	},
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
	worker: { format: 'es' },
	build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000,
		hookTimeout: 60_000,
		pool: 'forks'
	}
});
