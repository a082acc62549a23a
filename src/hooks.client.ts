// Runs once when the app starts in the browser, before any page code.
import type { ClientInit } from '@sveltejs/kit';
import { config } from 'zod';
import { runPendingWipe, wipePending } from '$lib/features/privacy/wipe';

// Zod compiles fast parsers with `new Function` when it can. The app's Content Security Policy has
// no 'unsafe-eval', so that probe would be refused and reported as a CSP violation on every start;
// the interpreted parsers are plenty fast for definition files and settings.
config({ jitless: true });

/**
 * Awaited by SvelteKit before it renders anything. A "Delete all my data" asked for before the last
 * reload runs first: before the engine opens the database file and before any page opens
 * IndexedDB (wipe.ts). The engine starts when the layout mounts (app.svelte.ts): starting it from
 * here created the worker no earlier and brought the computed count no sooner (docs/benchmarks.md).
 *
 * The wipe used to be a top-level await in a module the bundler put into the root layout's chunk.
 * WebKit's module loader races on modules with a top-level await (WebKit bug 242740): in WebKitGTK
 * 2.50, once the early engine start had changed the start's timing, SvelteKit rendered the layout
 * before its chunk had finished evaluating ("Pe is not a function", a template constant of the
 * built layout) and the app never rendered. Keep top-level await out of the app's code.
 */
export const init: ClientInit = async () => {
	if (wipePending()) await runPendingWipe();
};
