import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: '200.html', strict: false }),
		version: { name: process.env.SEGMENTS_BUILD_ID ?? undefined },
		typescript: {
			config(config) {
				config.include.push(
					'../scripts/**/*.ts',
					'../scripts/**/*.js',
					'../playwright.config.ts',
					'../playwright.screenshots.config.ts'
				);
			}
		}
	},
	compilerOptions: { runes: true }
};

export default config;
