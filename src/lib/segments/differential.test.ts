// The compiled SQL, run by the real DuckDB, must give the same members as an independent
// TypeScript evaluator of the definition's meaning, on hundreds of random small worlds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';
import { evaluateSegment } from '../../../tests/helpers/reference-evaluator';
import { buildScenario, type Scenario } from '../../../tests/helpers/segment-scenarios';
import { createTable, dropTable, memberSet, sorted } from '../../../tests/helpers/segment-db';
import { compileSegment } from './compile';
import { validateSegment } from './validate';

const SEED = 20250315;
const RUNS = 500;

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db?.close());

function describeFailure(
	s: Scenario,
	what: string,
	sql: string,
	expected: Set<string>,
	got: Set<string>
) {
	return [
		`${what}: expected ${JSON.stringify(sorted(expected))}, DuckDB gave ${JSON.stringify(sorted(got))}`,
		`clock: ${JSON.stringify(s.clock)}`,
		`model: ${JSON.stringify(s.model.relationships)} profile ${JSON.stringify(s.model.profile)}`,
		`tables: ${JSON.stringify(s.tables)}`,
		`definition: ${JSON.stringify(s.definition)}`,
		sql
	].join('\n');
}

describe('differential: compiled SQL vs reference evaluator', () => {
	// ~20 s on an idle 2-core machine; generous for busy CI runners
	it(`agrees on ${RUNS} random worlds (seed ${SEED})`, { timeout: 600_000 }, () => {
		let caseId = 0;
		const stats = { empty: 0, groups: 0, emptyGroups: 0 };
		fc.assert(
			fc.property(fc.gen(), (g) => {
				const s = buildScenario(g, caseId++);
				expect(validateSegment(s.definition, s.model)).toEqual([]);
				const compiled = compileSegment(s.definition, s.model, s.clock);
				if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
				for (const spec of s.specs) createTable(db, spec);
				try {
					const expected = evaluateSegment(s.definition, s.model, s.tables, s.clock);
					const got = memberSet(db, compiled.sql.members);
					if (sorted(got).join('\u0001') !== sorted(expected.members).join('\u0001'))
						throw new Error(
							describeFailure(s, 'segment', compiled.sql.members, expected.members, got)
						);
					compiled.sql.groups.forEach((group, i) => {
						const want = expected.groups[i] as Set<string>;
						const have = memberSet(db, group.members);
						if (sorted(have).join('\u0001') !== sorted(want).join('\u0001'))
							throw new Error(describeFailure(s, `group ${i + 1}`, group.members, want, have));
					});
					const live = db.all(compiled.sql.live)[0] ?? {};
					expect(live.members).toBe(expected.members.size);
					expected.groups.forEach((want, i) => expect(live[`g${i}`]).toBe(want.size));
					expect(db.all(compiled.sql.count)[0]?.members).toBe(expected.members.size);
					if (expected.members.size === 0) stats.empty++;
					stats.groups += expected.groups.length;
					stats.emptyGroups += expected.groups.filter((m) => m.size === 0).length;
				} finally {
					for (const spec of s.specs) dropTable(db, spec.table);
				}
			}),
			// no shrinking: the failure message already holds the whole world, and replaying a shrink
			// step per DuckDB round trip takes minutes
			{ seed: SEED, numRuns: RUNS, endOnFailure: true }
		);
		// the worlds must be interesting: many segments and most groups have members
		console.log(
			`differential: ${stats.empty}/${RUNS} empty segments, ${stats.emptyGroups}/${stats.groups} empty groups`
		);
		expect(stats.empty).toBeLessThan(RUNS * 0.55);
		expect(stats.emptyGroups).toBeLessThan(stats.groups * 0.6);
	});
});
