// The first `count` example segments compiled on the demo world, with their members kept in the
// engine's table of latest-run members (main.segment_members) under ids seg0, seg1, … as a run
// keeps them: for the tests of views that read latest runs (overlap, priority lists).
import { EXAMPLE_SEGMENTS } from '../../src/lib/features/data/example-segments';
import { compileSegment } from '../../src/lib/segments/compile';
import { parseDefinition } from '../../src/lib/segments/parse';
import type { DemoDb } from './demo-db';

/** The member SQL of each segment kept, in order (segment i is `seg${i}`). */
export function keepExampleMembers(demo: DemoDb, count: number): string[] {
	const members = EXAMPLE_SEGMENTS.slice(0, count).map((raw) => {
		const parsed = parseDefinition(raw);
		if (!parsed.ok) throw new Error('example does not parse');
		const c = compileSegment(parsed.definition, demo.model, demo.clock);
		if (!c.ok) throw new Error('example does not compile');
		return c.sql.members;
	});
	demo.db.run(
		'CREATE TABLE main.segment_members (segment_id VARCHAR NOT NULL, member_key VARCHAR NOT NULL)'
	);
	members.forEach((sql, i) =>
		demo.db.run(
			`INSERT INTO main.segment_members SELECT 'seg${i}', CAST(member_key AS VARCHAR) FROM (${sql})`
		)
	);
	return members;
}
