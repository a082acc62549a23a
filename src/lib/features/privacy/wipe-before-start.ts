// Imported (for its effect) by the root layout's AppUpdates component. The top-level await holds
// the layout module, and so the engine's start in its onMount, until a wipe requested before the
// last reload has finished: the database file must be removed before the engine opens it.
// Without a pending wipe this is a synchronous localStorage read.
import { browser } from '$app/environment';
import { runPendingWipe, wipePending } from './wipe';

if (browser && wipePending()) await runPendingWipe();
