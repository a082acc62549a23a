// The app's layers, enforced: each folder under src/lib may import only the folders below it, so
// the engine, the compiler and the stores stay free of UI and a wrong import fails `npm run lint`.
// From the bottom: sql → segments → engine and demo → db → runs and sharing → components/ui →
// features → routes. Kept apart from eslint.config.js so tests/unit/layers.test.ts can lint
// snippets with exactly these rules.

/** Everything an import can name as a folder of src/lib (or the routes). */
const FOLDERS = {
	sql: 'sql',
	segments: 'segments',
	engine: 'engine',
	demo: 'demo',
	db: 'db',
	runs: 'runs',
	sharing: 'sharing',
	components: 'components',
	features: 'features',
	routes: 'routes'
};

const UI = ['svelte', 'svelte/*', '$app/*'];

/**
 * @param {string} folder the folder under src/lib the rule applies to
 * @param {string[]} forbidden folders it must not import, by $lib path or relative path
 * @param {boolean} noUi also refuse Svelte and SvelteKit imports
 * @param {string} why the sentence a wrong import is refused with
 * @returns {import('eslint').Linter.Config}
 */
function layer(folder, forbidden, noUi, why) {
	/** @type {Array<{ regex?: string; group?: string[]; message: string }>} */
	const patterns = [
		{
			regex: `^(\\$lib/|(\\.\\./)+)(${forbidden.join('|')})(/|$)`,
			message: why
		}
	];
	if (noUi)
		patterns.push({
			group: UI,
			message: `${folder} runs without a page (in the worker, in Node tests): no Svelte or SvelteKit imports.`
		});
	return {
		files: [`src/lib/${folder}/**/*.ts`, `src/lib/${folder}/**/*.svelte`],
		rules: { 'no-restricted-imports': ['error', { patterns }] }
	};
}

const { segments, engine, demo, db, runs, sharing, components, features, routes } = FOLDERS;
const aboveStores = [runs, sharing, components, features, routes];

/** @type {import('eslint').Linter.Config[]} */
export const layers = [
	layer(
		'sql',
		[segments, engine, demo, db, ...aboveStores],
		true,
		'sql is the bottom layer: it imports nothing else of the app.'
	),
	layer(
		'segments',
		[engine, demo, db, ...aboveStores],
		true,
		'segments (the compiler) imports only sql: engines, stores and UI build on it, not under it.'
	),
	layer(
		'engine',
		[db, ...aboveStores],
		true,
		'engine imports only sql, segments and demo: the stores and the UI call it, not the reverse.'
	),
	layer(
		'demo',
		[db, ...aboveStores],
		true,
		'demo (the data generator) imports only sql, segments and engine.'
	),
	layer(
		'db',
		[demo, ...aboveStores],
		true,
		'db imports only segments and engine (and sql): runs, sharing and the UI use the stores.'
	),
	layer(
		'runs',
		[sharing, components, features, routes],
		true,
		'runs must not import sharing, components, features or routes: the UI reports what a run did.'
	),
	layer(
		'sharing',
		[runs, components, features, routes],
		true,
		'sharing must not import runs, components, features or routes: the UI shows what it found.'
	),
	layer(
		'components',
		[engine, demo, db, runs, sharing, features, routes],
		false,
		'components/ui are primitives: they take values as props and import no feature, store or engine.'
	),
	layer('features', [routes], false, 'features must not import routes: routes compose features.')
];
