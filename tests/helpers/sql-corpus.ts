// The definitions the dialect tests compile: every example segment on the demo world's model, and
// the differential test's generated worlds (a fixed seed), each with the model and clock it needs.
// The golden test records their DuckDB SQL; the PostgreSQL parity test runs them on both engines.
import fc from 'fast-check';
import { EXAMPLE_SEGMENTS } from '../../src/lib/features/data/example-segments';
import type { DataModel } from '../../src/lib/segments/data-model';
import { effectiveClock, type Clock } from '../../src/lib/segments/dates';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { parseDefinition } from '../../src/lib/segments/parse';
import { demoWorldModel } from './cli';
import { buildScenario, type Scenario } from './segment-scenarios';

export const DEMO_TODAY = '2026-11-28';
export const DEMO_CLOCK: Clock = effectiveClock(
	{ asOf: DEMO_TODAY },
	{ today: DEMO_TODAY, now: `${DEMO_TODAY}T00:00:00` }
);

/** The example segments of "Try with demo data", parsed as the app parses them. */
export function exampleDefinitions(): SegmentDefinition[] {
	return EXAMPLE_SEGMENTS.map((raw) => {
		const r = parseDefinition(raw);
		if (!r.ok) throw new Error(JSON.stringify(r.problems));
		return r.definition;
	});
}

export function demoModel(customers = 200): DataModel {
	return demoWorldModel(customers, DEMO_TODAY);
}

/** The differential test's scenarios, drawn from a fixed seed: the same worlds on every run. */
export function generatedScenarios(seed: number, count: number): Scenario[] {
	let caseId = 0;
	return fc.sample(
		fc.gen().map((g) => buildScenario(g, caseId++)),
		{ seed, numRuns: count }
	);
}
