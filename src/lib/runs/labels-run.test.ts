// A run's labels as the engine keeps them: each member's label is stored with the run, replaced at
// the next run (gone when that run has none), forgotten with the segment, and read back by the
// export's SQL (a last column named by the labels) and the segment page's counts.
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../../tests/helpers/node-engine';
import { entity } from '../../../tests/helpers/segment-fixture';
import type { EngineCore } from '../engine/worker/core';
import { SNAPSHOT_KEYS } from '../engine/protocol';
import type { DataModel } from '../segments/data-model';
import { labelCountsOfRunSql, membersSql } from './members-sql';

let core: EngineCore;
const members = 'SELECT id AS member_key FROM people';
const setPeople = (ids: number[]) =>
	core.exec(`CREATE OR REPLACE TABLE people AS SELECT unnest([${ids.join(',')}]::INTEGER[]) AS id`);

beforeAll(async () => {
	core = await openNodeEngine();
});

describe('labels of a run', () => {
	it("keep each member's label with the run, replace them at the next run, and export them", async () => {
		await setPeople([1, 2, 3, 4]);
		const labels = (big: number) =>
			`SELECT member_key, CASE WHEN CAST(member_key AS INTEGER) >= ${big} THEN 'big' ELSE NULL END AS label FROM ${SNAPSHOT_KEYS}`;
		await core.snapshotDiff('lab', members, 10, undefined, undefined, labels(3));
		const model: DataModel = {
			entities: [entity('People', 'people', [['id', 'number']])],
			relationships: [],
			profile: { entity: 'People', key: 'id' }
		};
		const exported = async () =>
			(await core.query(membersSql(model, 'lab', { labels: { column: 'tier' } })!)).rows;
		expect(await exported()).toEqual([
			{ id: 1, tier: null },
			{ id: 2, tier: null },
			{ id: 3, tier: 'big' },
			{ id: 4, tier: 'big' }
		]);
		const counts = async () =>
			(
				await core.query(labelCountsOfRunSql('lab', { column: 'tier', rules: [], otherwise: '' }))
			).rows.map((r) => [r['label'], r['members']]);
		expect(await counts()).toEqual([
			['big', 2],
			[null, 2]
		]);
		// the next run labels anew; a run without labels leaves none behind
		await core.snapshotDiff('lab', members, 10, undefined, undefined, labels(4));
		expect((await exported()).filter((r) => r['tier'] === 'big')).toEqual([{ id: 4, tier: 'big' }]);
		await core.snapshotDiff('lab', members, 10);
		expect((await exported()).every((r) => r['tier'] === null)).toBe(true);
		await core.snapshotDiff('lab', members, 10, undefined, undefined, labels(1));
		await core.dropSnapshot('lab');
		expect(
			(
				await core.query(
					"SELECT count(*)::INTEGER AS n FROM segment_labels WHERE segment_id = 'lab'"
				)
			).rows[0]
		).toEqual({ n: 0 });
	});
});
