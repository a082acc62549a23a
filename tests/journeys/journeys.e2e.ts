// The journey fuzzer: random sequences of user actions (imports, demo data, segments built, run,
// duplicated, deleted, reloads, browser restarts, offline, "Delete all my data"…) on one persistent
// Chromium profile each, checked after every step (invariants.ts). fast-check generates the
// sequences and shrinks a failing one; the failure prints the seed, the path and the steps.
// Budget: JOURNEY_RUNS sequences (3) of up to JOURNEY_STEPS steps (40); JOURNEY_SEED and
// JOURNEY_PATH replay one; JOURNEY_SHRINK bounds how many shrink attempts run (8).
import { test } from '@playwright/test';
import fc from 'fast-check';
import path from 'node:path';
import { Journey } from './driver';
import { emptyModel, journeyCommands, maxSteps } from './commands';
import { makeJourneyFiles } from './files';
import { recordCase } from '../helpers/reliability';

const runs = Number(process.env.JOURNEY_RUNS ?? 3);
const seed = process.env.JOURNEY_SEED ? Number(process.env.JOURNEY_SEED) : Date.now() ^ 0;
const replayPath = process.env.JOURNEY_PATH;
const shrinkBudget = Number(process.env.JOURNEY_SHRINK ?? 8);
// the default run is bounded in time as well (CI): no new step after this many seconds (shared by the
// sequences), until a failure is found (shrinking has its own budget)
const budgetSeconds = Number(
	process.env.JOURNEY_BUDGET_S ?? (process.env.JOURNEY_RUNS ? Infinity : 210)
);

test('random journeys keep the app consistent across reloads and browser restarts', async () => {
	// a sequence can be long, and shrinking replays shortened ones
	test.setTimeout(Number(process.env.JOURNEY_TIMEOUT_MS ?? (runs + shrinkBudget) * 15 * 60_000));
	const files = await makeJourneyFiles(path.resolve('test-results/journeys/files'));
	console.log(
		`journeys: seed ${seed}, ${runs} sequence(s)${replayPath ? `, path ${replayPath}` : ''}`
	);

	let failures = 0;
	let sequence = 0;
	let stepsRun = 0;
	const property = fc.asyncProperty(fc.noBias(journeyCommands(files)), async (cmds) => {
		// once a failure is found, only a bounded number of shorter candidates are tried
		if (failures > shrinkBudget) return;
		// each sequence gets its share of the time budget
		const until = Date.now() + (budgetSeconds * 1000) / runs;
		const inTime = () => failures > 0 || Date.now() < until;
		const n = ++sequence;
		console.log(`journey ${n}: ${[...cmds].length} generated steps`);
		const journey = new Journey();
		const steps: string[] = [];
		const started = Date.now();
		try {
			await journey.open();
			await fc.asyncModelRun(
				() => ({ model: emptyModel(), real: journey }),
				[...cmds].map((c) => {
					const wrapped = Object.create(c) as typeof c;
					wrapped.check = (m) => steps.length < maxSteps && inTime() && c.check(m);
					wrapped.run = async (m, r) => {
						steps.push(c.toString());
						if (process.env.JOURNEY_VERBOSE) console.log(`  ${n}.${steps.length} ${c.toString()}`);
						await c.run(m, r);
					};
					return wrapped;
				})
			);
			stepsRun += steps.length;
			console.log(
				`journey ${n}: ${steps.length} steps passed in ${Math.round((Date.now() - started) / 1000)} s:\n  ${steps.join('; ')}`
			);
		} catch (e) {
			failures++;
			stepsRun += steps.length;
			console.log(
				`journey ${n} failed at step ${steps.length} (${steps.at(-1)}):\n  ${steps.map((s, i) => `${i + 1}. ${s}`).join('\n  ')}\n  ${String(
					(e as Error).message
				)
					.split('\n')
					.slice(0, 6)
					.join('\n  ')}`
			);
			throw e;
		} finally {
			await journey.dispose();
		}
	});
	try {
		await fc.assert(property, {
			numRuns: runs,
			seed,
			...(replayPath ? { path: replayPath } : {}),
			verbose: 1
		});
	} finally {
		const first = sequence - Math.max(0, failures - 1);
		recordCase('10-journeys', {
			case: '10. Journeys',
			check:
				'Journey fuzzer: seeded random sequences of user actions (imports, demo data, segments, runs, reloads, browser restarts, offline, deleting data) on a persistent Chromium profile, invariants after every step',
			runs: first,
			passed: first - (failures > 0 ? 1 : 0),
			failed: failures > 0 ? 1 : 0,
			notes: `seed ${seed}; ${stepsRun} steps run. Found and fixed so far: an empty workspace reloaded (or the browser restarted) before its first write could never store data (tests/e2e/workspace-writable.e2e.ts).`
		});
	}
});
