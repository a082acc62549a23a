// Entered/left are always measured against the last run the user has on record, even when a later
// run's members were kept by the engine but its history record was never written (a full disk, a
// closed tab): the engine keeps one list back and picks the one the caller names.
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../../../tests/helpers/node-engine';
import type { EngineCore } from './core';

let core: EngineCore;
const members = 'SELECT id AS member_key FROM people';
const setPeople = (ids: number[]) =>
	core.exec(`CREATE OR REPLACE TABLE people AS SELECT unnest([${ids.join(',')}]::INTEGER[]) AS id`);
const diff = (runId: string, basedOn: string | null) =>
	core.snapshotDiff('seg', members, 100, undefined, { runId, basedOn });

beforeAll(async () => {
	core = await openNodeEngine();
});

describe('member snapshots', () => {
	it('compare with the last recorded run, skipping a run that was kept but never recorded', async () => {
		await setPeople([1, 2, 3, 4, 5]);
		const first = await diff('r1', null);
		expect(first).toMatchObject({ members: 5, previous: false, entered: null, left: null });

		await setPeople([1, 2, 3, 4, 5, 6]);
		expect(await diff('r2', 'r1')).toMatchObject({
			members: 6,
			previous: true,
			entered: 1,
			left: 0,
			enteredKeys: ['6'],
			leftKeys: []
		});

		// r3 runs (1 leaves) but its record is never written: the history still ends with r2
		await setPeople([2, 3, 4, 5, 6]);
		await diff('r3', 'r2');

		// r4 is compared with r2, what the user last saw: 1 left and 7 entered since then
		await setPeople([2, 3, 4, 5, 6, 7]);
		expect(await diff('r4', 'r2')).toMatchObject({
			members: 6,
			entered: 1,
			left: 1,
			enteredKeys: ['7'],
			leftKeys: ['1']
		});
		// and r4 recorded, r5 compares with r4 as usual
		await setPeople([3, 4, 5, 6, 7]);
		expect(await diff('r5', 'r4')).toMatchObject({ entered: 0, left: 1, leftKeys: ['2'] });
	});

	it('say "unknown" rather than compare with a run that is not on record', async () => {
		await setPeople([1, 2]);
		expect(await diff('r6', 'a-run-from-a-restored-backup')).toMatchObject({
			members: 2,
			previous: false,
			entered: null,
			left: null,
			enteredKeys: [],
			leftKeys: []
		});
	});

	it('read lists kept before runs were named, and forget a dropped segment', async () => {
		await setPeople([1, 2, 3]);
		await core.snapshotDiff('legacy', members, 100);
		await setPeople([1, 2, 3, 4]);
		expect(
			await core.snapshotDiff('legacy', members, 100, undefined, { runId: 'x', basedOn: 'y' })
		).toMatchObject({ previous: true, entered: 1, left: 0 });

		await core.dropSnapshot('legacy');
		const {
			rows: [left]
		} = await core.query(
			"SELECT (SELECT count(*) FROM segment_members WHERE segment_id = 'legacy') + (SELECT count(*) FROM segment_members_previous WHERE segment_id = 'legacy') + (SELECT count(*) FROM segment_snapshots WHERE segment_id = 'legacy') AS n"
		);
		expect(Number(left?.['n'])).toBe(0);
	});
});
