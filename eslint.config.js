import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';
import { layers } from './eslint.layers.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-data/',
			'tests/fixtures/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			// nearly every engine and Dexie call returns a promise: never drop one by accident
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { attributes: false } }
			],
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			'no-undef': 'off',
			// the app is served from the root of its origin; no base path to resolve
			'svelte/no-navigation-without-resolve': 'off',
			// flags every local Date/Set in .svelte.ts files, reactive or not; ours are not state
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	...layers,
	{
		// WebKit can run a page's module before a module it imports that has a top-level await has
		// finished evaluating (WebKit bug 242740; sveltejs/kit#7805): the root layout's chunk once did,
		// and WebKitGTK rendered nothing after a reload. Await in a function (or SvelteKit's init hook).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/cli/**', 'src/**/*.test.ts', 'src/**/*.worker.ts', 'src/lib/engine/worker/**'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: 'AwaitExpression:not(:function AwaitExpression)',
					message:
						'No top-level await in app code: WebKit may run an importer before this module finishes (bug 242740). Await inside a function or in hooks.client init.'
				},
				{
					selector: 'ForOfStatement[await=true]:not(:function ForOfStatement)',
					message:
						'No top-level for await in app code: WebKit may run an importer before this module finishes (bug 242740).'
				}
			]
		}
	},
	{
		// end-to-end tests reach into the page with page.evaluate, where `any` is the honest type
		files: ['tests/e2e/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	}
);
