// What the builder says about segment conditions it cannot compile, next to the right row: no
// segment chosen, no saved segments to look in, an unknown one, itself, a cycle named in order, a
// last run that does not exist, live references nested too deep, and a live one that is invalid.
import { describe, expect, it } from 'vitest';
import { cond, definition, entity, group } from '../../../tests/helpers/segment-fixture';
import type { DataModel } from './data-model';
import {
	LIVE_SEGMENTS_MAX,
	MEMBERSHIP_DEPTH_MAX,
	type MembershipCondition,
	type SegmentDefinition
} from './definition';
import { lookupOf } from './dependencies';
import { compileSegment } from './compile';
import { validateSegment } from './validate';

const model: DataModel = {
	entities: [
		entity('P', 'people', [
			['id', 'number'],
			['spend', 'number']
		])
	],
	relationships: [],
	profile: { entity: 'P', key: 'id' }
};
const CLOCK = { today: '2024-03-15', now: '2024-03-15T12:00:00' };

const m = (
	segment: string,
	source: MembershipCondition['source'] = 'live',
	id = `m_${segment}`
): MembershipCondition => ({ id, operator: 'inSegment', segment, source });
const seg = (name: string, ...uses: MembershipCondition[]): SegmentDefinition => ({
	...definition([group('P', cond('P', 'spend', 'greaterThan', 1), { memberships: uses })]),
	name,
	displayName: name.toUpperCase()
});
const problemsOf = (def: SegmentDefinition, others?: SegmentDefinition[], lastRun?: string[]) =>
	validateSegment(def, model, {
		segments: others
			? lookupOf(others, (n) => (lastRun?.includes(n) ? 'SELECT 1 AS member_key' : null))
			: undefined
	}).map((p) => ({ path: p.path, code: p.code, message: p.message }));

describe('segment condition problems', () => {
	it('asks for a segment when none is chosen', () => {
		expect(problemsOf(seg('a', m('')), [])).toEqual([
			{
				path: ['groups', 0, 'memberships', 0, 'segment'],
				code: 'missingSegment',
				message: 'Choose the segment this condition refers to.'
			}
		]);
	});

	it('needs the saved segments', () => {
		const [p] = problemsOf(seg('a', m('b')));
		expect(p?.code).toBe('segmentsUnavailable');
		expect(p?.message).toMatch(/need the saved segments/);
		expect(compileSegment(seg('a', m('b')), model, CLOCK).ok).toBe(false);
	});

	it('names an unknown segment', () => {
		expect(problemsOf(seg('a', m('gone')), [])[0]?.message).toBe(
			'There is no segment called “gone”; it may have been deleted or renamed.'
		);
	});

	it('refuses a reference to itself', () => {
		const a = seg('a', m('a'));
		expect(problemsOf(a, [a]).map((p) => p.code)).toEqual(['selfReference']);
	});

	it('refuses a cycle of two and of three, naming it in order', () => {
		const ab = problemsOf(seg('a', m('b')), [seg('b', m('a'))]);
		expect(ab).toEqual([
			{
				path: ['groups', 0, 'memberships', 0, 'segment'],
				code: 'segmentCycle',
				message:
					'This segment refers to itself through a → b → a; a segment cannot depend on itself.'
			}
		]);
		const abc = problemsOf(
			seg('a', m('x', 'lastRun'), m('b')),
			[seg('x'), seg('b', m('c')), seg('c', m('a', 'lastRun'))],
			['x']
		);
		expect(abc.map((p) => [p.path, p.message])).toEqual([
			[
				['groups', 0, 'memberships', 1, 'segment'],
				'This segment refers to itself through a → b → c → a; a segment cannot depend on itself.'
			]
		]);
	});

	it('says a segment never run has no last-run members', () => {
		const [p] = problemsOf(seg('a', m('b', 'lastRun')), [seg('b')]);
		expect(p).toEqual({
			path: ['groups', 0, 'memberships', 0, 'source'],
			code: 'segmentNotRun',
			message:
				'“B” (b) has not run yet, so “as of its last run” has no members; run it or choose live.'
		});
		expect(problemsOf(seg('a', m('b', 'lastRun')), [seg('b')], ['b'])).toEqual([]);
	});

	it('refuses live references that fan out into too many statements, counting each use', () => {
		// level i uses level i + 1 twice (two conditions): 2 + 4 + … + 2^levels statements below
		const diamond = (levels: number) =>
			Array.from({ length: levels + 1 }, (_, i) =>
				i === levels
					? seg(`d${i}`)
					: seg(`d${i}`, m(`d${i + 1}`, 'live', 'm_a'), {
							...m(`d${i + 1}`, 'live', 'm_b'),
							operator: 'notInSegment'
						})
			);
		// 2 + 4 + 8 + 16 = 30 statements: allowed
		const ok = diamond(4);
		expect(2 + 4 + 8 + 16).toBeLessThanOrEqual(LIVE_SEGMENTS_MAX);
		expect(problemsOf(ok[0]!, ok)).toEqual([]);
		const compiled = compileSegment(ok[0]!, model, CLOCK, { segments: lookupOf(ok) });
		expect(compiled.ok).toBe(true);
		// one level more: 62 statements, refused with the reason and what to do
		const wide = diamond(5);
		const [p] = problemsOf(wide[0]!, wide);
		expect(p?.code).toBe('segmentsTooMany');
		expect(p?.path).toEqual(['groups', 0, 'memberships', 0, 'segment']);
		expect(p?.message).toContain('Use “as of its last run” for some of them.');
		expect(compileSegment(wide[0]!, model, CLOCK, { segments: lookupOf(wide) }).ok).toBe(false);
		// the same fan-out as of the last runs is fine: those are not compiled in
		const byRuns = wide.map((d) => ({
			...d,
			groups: d.groups.map((g) => ({
				...g,
				memberships: (g.memberships ?? []).map((x) => ({ ...x, source: 'lastRun' as const }))
			}))
		}));
		expect(
			problemsOf(
				byRuns[0]!,
				byRuns,
				byRuns.map((d) => d.name)
			)
		).toEqual([]);
	});

	it('refuses live references nested too deep, but not as deep as allowed', () => {
		const chain = (levels: number) =>
			Array.from({ length: levels }, (_, i) =>
				i === levels - 1 ? seg(`s${i}`) : seg(`s${i}`, m(`s${i + 1}`))
			);
		const ok = chain(MEMBERSHIP_DEPTH_MAX + 1);
		expect(problemsOf(ok[0]!, ok)).toEqual([]);
		const deep = chain(MEMBERSHIP_DEPTH_MAX + 2);
		expect(problemsOf(deep[0]!, deep).map((p) => p.code)).toEqual(['segmentsTooDeep']);
	});

	it('names a live segment that is invalid itself, with its first problem', () => {
		const broken = { ...seg('b'), groups: [group('P', cond('P', 'nope', 'equals', 1))] };
		const [p] = problemsOf(seg('a', m('b')), [broken]);
		expect(p?.code).toBe('referredSegmentInvalid');
		expect(p?.message).toBe(
			'“B” (b), used live here, cannot be evaluated: P has no attribute “nope”: it was renamed, or the data imported here does not have it.'
		);
		// as of its last run, its members are what they were: no need to evaluate it
		expect(problemsOf(seg('a', m('b', 'lastRun')), [broken], ['b'])).toEqual([]);
	});

	it('refuses two conditions with the same id', () => {
		const codes = problemsOf(seg('a', m('b', 'live', 'x'), m('c', 'live', 'x')), [
			seg('b'),
			seg('c')
		]);
		expect(codes.map((p) => p.code)).toEqual(['duplicateId']);
	});
});
