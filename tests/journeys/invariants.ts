// What must hold after every step of a journey, whatever the steps were: no uncaught error, no raw
// engine or JavaScript error text on screen, no segment refreshing in a loop by itself, nothing the
// user saved gone without their action, and (after a reload or a reopen) a writable workspace.
import { expect } from '@playwright/test';
import { RAW_ERROR, type Journey } from './driver';
import type { JourneyModel } from './commands';

/** More automatic runs of one segment than this within a minute is a loop. */
const AUTOMATIC_RUNS_PER_MINUTE = 6;

export interface InvariantOptions {
	/** Also look for every saved segment on the Segments page (after a reload or a reopen). */
	listed?: boolean;
	/** Also write to the database file. */
	probe?: boolean;
}

export async function checkInvariants(
	m: JourneyModel,
	j: Journey,
	opts: InvariantOptions = {}
): Promise<void> {
	const errors = j.pageErrors.splice(0);
	expect(errors, 'no uncaught error in the page').toEqual([]);

	const body = await j.page.locator('body').innerText();
	expect(body.match(RAW_ERROR)?.[0] ?? null, 'no raw error text on screen').toBeNull();
	const raw = (await j.messages()).filter((t) => t.includes('{"'));
	expect(raw, 'no raw JSON in alerts or notifications').toEqual([]);

	const segments = await j.segments();
	const names = new Set(segments.map((s) => s.name));
	const missing = [...m.segments].filter((n) => !names.has(n));
	expect(missing, 'every saved segment is still there').toEqual([]);

	const runs = await j.runs();
	const byName = new Map(segments.map((s) => [s.id, s.name]));
	const automatic = runs
		.filter((r) => r.trigger !== 'manual')
		.map((r) => ({ who: byName.get(r.segmentId) ?? r.segmentId, at: Date.parse(r.startedAt) }))
		.sort((a, b) => a.at - b.at);
	const loops: string[] = [];
	for (const [i, r] of automatic.entries()) {
		const within = automatic.slice(i).filter((x) => x.who === r.who && x.at - r.at < 60_000);
		if (within.length > AUTOMATIC_RUNS_PER_MINUTE)
			loops.push(`${r.who}: ${within.length} runs without a user action within a minute`);
	}
	expect([...new Set(loops)], 'no segment refreshes in a loop').toEqual([]);

	if (opts.listed) {
		await j.nav('Segments');
		for (const name of m.segments)
			await expect(j.page.locator(`[data-segment="${name}"]`), `${name} is listed`).toBeVisible();
	}
	if (opts.probe) expect(await j.probeWrite(), 'the workspace is writable').toBeNull();
}
