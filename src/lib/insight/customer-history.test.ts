// A customer's entered/left timeline from kept run changes: order, failed runs ignored, how far
// back the history reaches, and cut lists flagged.
import { describe, expect, it } from 'vitest';
import type { RunChangeRecord, RunRecord } from '../db/records';
import { customerTimelines, segmentsOfCustomerSql } from './customer-history';
import { quoteString } from '../sql/quote';

const run = (
	id: string,
	segmentId: string,
	at: string,
	status: RunRecord['status'] = 'succeeded'
): RunRecord => ({
	id,
	segmentId,
	revision: 1,
	definitionHash: 'h',
	asOf: at,
	startedAt: at,
	finishedAt: at,
	durationMs: 1,
	status,
	trigger: 'manual',
	members: 1,
	groupCounts: [],
	entered: 0,
	left: 0,
	error: null,
	tabId: 't'
});
const change = (
	runId: string,
	segmentId: string,
	entered: string[],
	left: string[],
	truncated = false
): RunChangeRecord => ({
	runId,
	segmentId,
	entered,
	left,
	truncated
});

describe('customer timelines', () => {
	it('lists when a customer entered and left each segment, oldest first', () => {
		const runs = [
			run('r3', 'a', '2026-03-01T00:00:00Z'),
			run('r1', 'a', '2026-01-01T00:00:00Z'),
			run('r2', 'a', '2026-02-01T00:00:00Z'),
			run('r4', 'b', '2026-02-15T00:00:00Z'),
			run('r5', 'b', '2026-02-20T00:00:00Z', 'failed')
		];
		const changes = [
			change('r3', 'a', ['42'], []),
			change('r1', 'a', ['42', '7'], []),
			change('r2', 'a', [], ['42']),
			change('r4', 'b', ['7'], [], true),
			change('r5', 'b', ['42'], [])
		];
		const t = customerTimelines('42', runs, changes);
		const a = t.find((x) => x.segmentId === 'a')!;
		expect(a.events.map((e) => [e.kind, e.runId])).toEqual([
			['entered', 'r1'],
			['left', 'r2'],
			['entered', 'r3']
		]);
		expect(a.seenSince).toBe('2026-01-01T00:00:00Z');
		expect(a.incomplete).toBe(false);
		const b = t.find((x) => x.segmentId === 'b')!;
		expect(b.events).toEqual([]);
		expect(b.incomplete).toBe(true);
		// "4" is not "42": keys are compared whole
		expect(customerTimelines('4', runs, changes).flatMap((x) => x.events)).toEqual([]);
	});

	it('asks the kept member lists with the key as an escaped literal', () => {
		expect(segmentsOfCustomerSql("o'k", quoteString)).toBe(
			"SELECT DISTINCT segment_id FROM main.segment_members WHERE member_key = 'o''k'"
		);
	});
});
