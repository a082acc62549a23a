// The workspace's time zone (docs/segment-definitions.md, "Time zone"), kept in the settings table
// (so a backup carries it): an IANA name, or nothing for "this browser's zone". Relative dates,
// days of the week and anniversaries are evaluated on its wall clock. The zone last read is kept
// here, so every clock the app makes (live counts, runs, the scheduler, why in/out, back-fills)
// reads the same one without waiting for the database.
import { clockFromDate, type Clock } from '../segments/dates';
import { isTimeZone, localTimeZone } from '../segments/time-zone';
import type { SegmentsDatabase } from './schema';

export const TIME_ZONE_KEY = 'timeZone';

let chosen: string | null = null;

/** The zone chosen for the workspace, or null when it follows the browser's. */
export async function loadTimeZone(db: SegmentsDatabase): Promise<string | null> {
	const value = (await db.settings.get(TIME_ZONE_KEY))?.value;
	chosen = typeof value === 'string' && isTimeZone(value) ? value : null;
	return chosen;
}

/** Sets the workspace's zone; null (or the browser's own zone) follows the browser's. */
export async function saveTimeZone(db: SegmentsDatabase, zone: string | null): Promise<void> {
	if (zone !== null && !isTimeZone(zone))
		throw new Error(`“${zone}” is not a time zone this browser knows.`);
	if (zone === null) await db.settings.delete(TIME_ZONE_KEY);
	else await db.settings.put({ key: TIME_ZONE_KEY, value: zone });
	chosen = zone;
}

/** The zone relative dates are evaluated in now: the workspace's choice, or the browser's. */
export function workspaceTimeZone(): string {
	return chosen ?? localTimeZone();
}

/** The as-of moment `at` (default now) on the workspace zone's wall clock. */
export function workspaceClock(at: Date = new Date()): Clock {
	return clockFromDate(at, workspaceTimeZone());
}
