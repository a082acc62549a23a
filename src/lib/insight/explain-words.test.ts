// The evidence behind a sequence or lifecycle verdict in words: counts with singulars right, the
// latest dates, and what is said when a customer has no such rows at all.
import { describe, expect, it } from 'vitest';
import { demoModel } from '../../../tests/helpers/demo-model';
import { EXAMPLE_SEGMENTS } from '$lib/features/data/example-segments';
import { parseDefinition } from '$lib/segments/parse';
import type { LifecycleCondition, SegmentDefinition } from '$lib/segments/definition';
import { lifecycleEvidenceWords, sequenceEvidenceWords } from './explain-words';

const example = (name: string): SegmentDefinition => {
	const parsed = parseDefinition(
		EXAMPLE_SEGMENTS.find((e) => (e as { name: string }).name === name)
	);
	if (!parsed.ok) throw new Error('example does not parse');
	return parsed.definition;
};

describe('evidence words', () => {
	const model = demoModel();
	const sequence = example('big_order_then_escalation').groups[0]!.sequences![0]!;
	const stopped = example('stopped_buying').groups[0]!.lifecycles![0]!;

	it('a sequence: A rows, how many a B follows and the latest of each, B rows', () => {
		expect(
			sequenceEvidenceWords(
				sequence,
				{
					aEvents: 3,
					bEvents: 1,
					followed: 1,
					lastFollowed: '2026-10-01',
					lastAlone: '2026-11-02'
				},
				model
			)
		).toBe(
			'3 Orders rows pass A; 1 of them is followed by Cases within 7 days (latest on 2026-10-01), 2 are not (latest on 2026-11-02). 1 Cases row passes B.'
		);
		expect(
			sequenceEvidenceWords(
				sequence,
				{ aEvents: 0, bEvents: 0, followed: 0, lastFollowed: null, lastAlone: null },
				model
			)
		).toBe('No Orders row passes A. No Cases row passes B.');
	});

	it('a lifecycle: rows in each window and the latest, or the active periods', () => {
		expect(
			lifecycleEvidenceWords(stopped, {
				recent: 0,
				previous: 2,
				earlier: 5,
				periods: null,
				lastAt: '2026-09-30'
			})
		).toBe(
			'2 in the 90 days before the last 30 days, 0 in the last 30 days, 5 earlier (latest on 2026-09-30).'
		);
		const regularly: LifecycleCondition = {
			id: 'r',
			kind: 'regularly',
			time: stopped.time,
			atLeast: 3,
			periods: 4,
			unit: 'month'
		};
		expect(
			lifecycleEvidenceWords(regularly, {
				recent: null,
				previous: null,
				earlier: null,
				periods: 2,
				lastAt: '2026-11-20'
			})
		).toBe('Active in 2 of the last 4 months, 3 needed (latest on 2026-11-20).');
		expect(
			lifecycleEvidenceWords(regularly, {
				recent: null,
				previous: null,
				earlier: null,
				periods: 0,
				lastAt: null
			})
		).toBe('No row of theirs is dated at or before the as-of moment.');
	});
});
