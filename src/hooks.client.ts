// Runs once when the app starts in the browser, before any page code.
import { config } from 'zod';
import { startEngineEarly } from '$lib/features/app/early-start';

// Zod compiles fast parsers with `new Function` when it can. The app's Content Security Policy has
// no 'unsafe-eval', so that probe would be refused and reported as a CSP violation on every start;
// the interpreted parsers are plenty fast for definition files and settings.
config({ jitless: true });

// the engine starts now, in parallel with loading and rendering the page (see early-start.ts)
startEngineEarly();
