// The builder's state logic without a browser: dirty tracking, problems checked once per edit,
// undo/redo, and what a save writes. Runs with runes compiled for the client, as in the browser:
// @vitest-environment svelte-client
import { describe, expect, it, vi } from 'vitest';
import { demoModel } from '../../../../tests/helpers/demo-model';
import type { Condition } from '$lib/segments/definition';
import type { SegmentRecord } from '$lib/db/records';
import * as validate from '$lib/segments/validate';
import { SegmentBuilder } from './builder.svelte';

const model = demoModel();

function newBuilder(taken: string[] = []) {
	const b = new SegmentBuilder(
		() => model,
		() => taken
	);
	b.load(SegmentBuilder.blank('dynamic', 'big_spenders'), null, false);
	return b;
}

/** A complete one-group segment: Orders over 500, through orders_customer. */
function complete(b: SegmentBuilder) {
	b.addGroup();
	b.setStart(0, 'Orders');
	b.addCondition(0);
	const c = b.nodeAt(0, [0]) as Condition;
	b.updateCondition(0, [0], {
		...b.withAttribute(c, 'Orders', 'total_amount'),
		operator: 'greaterThan',
		value: 500
	} as Condition);
}

describe('SegmentBuilder', () => {
	it('is dirty after an edit and clean again after a save or when the edit is undone by hand', () => {
		const b = new SegmentBuilder(
			() => model,
			() => []
		);
		b.load(SegmentBuilder.blank('dynamic', 'x'), 'seg1');
		expect(b.dirty).toBe(false);
		b.definition.description = 'changed';
		expect(b.dirty).toBe(true);
		b.definition.description = '';
		expect(b.dirty).toBe(false);
		b.definition.name = 'y';
		b.markSaved('seg1');
		expect(b.dirty).toBe(false);
	});

	it('a new segment that was never saved is dirty', () => {
		expect(newBuilder().dirty).toBe(true);
	});

	it('checks problems once per edit however often they are read', () => {
		const spy = vi.spyOn(validate, 'validateSegment');
		const b = newBuilder();
		complete(b);
		spy.mockClear();
		for (let i = 0; i < 5; i++) void b.problems;
		b.problemsAt(['name']);
		b.problemsAt(['groups', 0]);
		expect(spy).toHaveBeenCalledTimes(1);
		b.definition.name = 'other_name';
		void b.problems;
		void b.problems;
		expect(spy).toHaveBeenCalledTimes(2);
		spy.mockRestore();
	});

	it('reports problems where they are and none for a complete segment', () => {
		const b = newBuilder(['big_spenders']);
		expect(b.problemsAt(['name']).map((p) => p.message)).toEqual([
			'The name “big_spenders” is already used.'
		]);
		b.definition.name = 'fine_name';
		b.addGroup();
		expect(b.problemsAt(['groups', 0, 'path', 'start']).length).toBe(1);
		b.removeGroup(0);
		complete(b);
		expect(b.problems).toEqual([]);
	});

	it('undoes and redoes recorded versions', () => {
		const b = newBuilder();
		b.definition.description = 'one';
		b.record();
		b.definition.description = 'two';
		b.record();
		expect(b.canUndo).toBe(true);
		b.undo();
		expect(b.definition.description).toBe('one');
		expect(b.canRedo).toBe(true);
		b.undo();
		expect(b.definition.description).toBe('');
		expect(b.canUndo).toBe(false);
		b.redo();
		b.redo();
		expect(b.definition.description).toBe('two');
		expect(b.canRedo).toBe(false);
	});

	it('an edit not yet recorded is still undone, and a new edit clears redo', async () => {
		const b = newBuilder();
		b.definition.description = 'typed';
		b.undo();
		expect(b.definition.description).toBe('');
		expect(b.canRedo).toBe(true);
		await Promise.resolve(); // the restored version itself is not recorded as an edit
		b.definition.description = 'other';
		b.record();
		expect(b.canRedo).toBe(false);
	});

	it('the save payload is a plain copy with the state the segment gets', () => {
		const b = newBuilder();
		b.addGroup();
		expect(b.savePayload().state).toBe('draft');
		b.definition.type = 'static';
		expect(b.savePayload().state).toBe('inactive');
		b.definition.type = 'dynamic';
		b.removeGroup(0);
		complete(b);
		const payload = b.savePayload();
		expect(payload.state).toBe('active');
		expect(payload.definition).toEqual(JSON.parse(JSON.stringify(b.definition)));
		payload.definition.name = 'changed_copy';
		expect(b.definition.name).toBe('big_spenders');
	});

	it('saving an inactive dynamic segment keeps it inactive; saving with activate activates it', () => {
		const b = newBuilder();
		complete(b);
		expect(b.savePayload('inactive').state).toBe('inactive');
		expect(b.savePayload('inactive', true).state).toBe('active');
		b.definition.type = 'static';
		expect(b.savePayload('inactive').state).toBe('active');
	});

	it('activate does not activate a segment with problems', () => {
		const b = newBuilder();
		b.addGroup();
		expect(b.savePayload('inactive', true).state).toBe('draft');
	});

	it('proposes the best-matching path, and follows better rates until the user chooses', () => {
		const twoWays = {
			...model,
			relationships: [
				...model.relationships,
				{
					name: 'a_orders_by_id',
					from: { entity: 'Orders', attribute: 'id' },
					to: { entity: 'Customers', attribute: 'id' },
					cardinality: 'many-to-one' as const
				}
			]
		};
		const b = new SegmentBuilder(
			() => twoWays,
			() => []
		);
		b.load(SegmentBuilder.blank('dynamic', 'x'), null, false);
		b.addGroup();
		b.setStart(0, 'Orders');
		expect([...b.relationshipsToRank()].sort()).toContain('a_orders_by_id');
		// no rates yet: the name order decides
		expect(b.definition.groups[0]?.path.steps[0]?.relationship).toBe('a_orders_by_id');
		b.setRates({ a_orders_by_id: 0.1, orders_customer: 1, cases_customer: 1 });
		expect(b.definition.groups[0]?.path.steps[0]?.relationship).toBe('orders_customer');
		const weaker = b
			.pathsFrom('Orders')
			.find((p) => p.steps[0]?.relationship === 'a_orders_by_id')!;
		b.setPath(0, weaker);
		b.setRates({ a_orders_by_id: 0.1, orders_customer: 0.99, cases_customer: 1 });
		expect(b.definition.groups[0]?.path.steps[0]?.relationship).toBe('a_orders_by_id');
	});

	it('repairs a path whose relationship was re-added under another name, and says so', () => {
		let current = model;
		const b = new SegmentBuilder(
			() => current,
			() => []
		);
		b.load(SegmentBuilder.blank('dynamic', 'clicks'), null, false);
		b.addGroup();
		b.setStart(0, 'ClickStream');
		const old = model.relationships.find((r) => r.name === 'clickstream_online_account')!;
		current = {
			...model,
			relationships: [
				...model.relationships.filter((r) => r !== old),
				{ ...old, name: 'clickstream_onlineaccounts' }
			]
		};
		expect(b.problems.length).toBeGreaterThan(0);
		expect(b.repairPaths([old])).toEqual([
			'Group 1: path updated (clickstream_online_account is now clickstream_onlineaccounts).'
		]);
		expect(b.problems).toEqual([]);
		const id = b.definition.groups[0]!.id;
		expect(b.pathNotes[id]).toMatch(/^Path updated/);
		// once: nothing more to repair
		expect(b.repairPaths([old])).toEqual([]);
	});

	it('builds a sequence: each side proposes its path and date at once; problems name what is missing', () => {
		const b = newBuilder();
		b.addGroup();
		b.setStart(0, 'Customers');
		b.addSequence(0);
		const codes = () => b.problems.map((p) => [p.path.slice(4).join('.'), p.message]);
		expect(codes()).toEqual([
			['first.path.start', 'Choose the entity whose rows are A in this sequence.'],
			['then.path.start', 'Choose the entity whose rows are B in this sequence.']
		]);
		const s = b.definition.groups[0]!.sequences![0]!;
		const first = b.sequenceStep('Orders');
		expect(first).toEqual({
			path: { start: 'Orders', steps: [{ relationship: 'orders_customer', direction: 'forward' }] },
			where: null,
			time: { entity: 'Orders', attribute: 'order_date' }
		});
		// ClickStream reaches Customers through OnlineAccounts; its own timestamp comes first
		const then = b.sequenceStep('ClickStream');
		expect(then.path.steps.map((x) => x.relationship)).toEqual([
			'clickstream_online_account',
			'online_accounts_customer'
		]);
		expect(then.time).toEqual({ entity: 'ClickStream', attribute: 'event_time' });
		b.setSequence(0, 0, { ...s, first, then, kind: 'notFollowedBy' });
		expect(b.problems).toEqual([]);
		b.setSequence(0, 0, null);
		expect(b.definition.groups[0]!.sequences).toBeUndefined();
	});
});

describe('segment conditions in the builder', () => {
	const saved = (id: string, name: string, uses: string[] = []): SegmentRecord => {
		const definition = SegmentBuilder.blank('dynamic', name);
		definition.groups = [
			{
				id: 'g1',
				path: { start: 'Customers', steps: [] },
				where: null,
				aggregates: [],
				...(uses.length
					? {
							memberships: uses.map((segment, i) => ({
								id: `m${i}`,
								operator: 'inSegment' as const,
								segment,
								source: 'live' as const
							}))
						}
					: {})
			}
		];
		return {
			id,
			name,
			definition,
			state: 'active',
			createdAt: '',
			updatedAt: '',
			revision: 1,
			lastSuccess: null,
			lastFailure: null,
			nextRunAt: null,
			dataChangedAt: null
		};
	};

	it('offers the other saved segments, is complete once one is chosen, and refuses a cycle through the unsaved edit', () => {
		// a (being edited) is saved; b uses a
		const records = [saved('id-a', 'a'), saved('id-b', 'b', ['a'])];
		const b = new SegmentBuilder(
			() => model,
			() => ['b'],
			() => records
		);
		b.load(records[0]!.definition, 'id-a');
		expect(b.segmentChoices().map((s) => s.name)).toEqual(['b']);
		b.addMembership(0);
		const at = ['groups', 0, 'memberships', 0];
		// no segment chosen yet: a problem at the row
		expect(b.problemsAt(at).length).toBeGreaterThan(0);
		b.setMembership(0, 0, { ...b.definition.groups[0]!.memberships![0]!, segment: 'b' });
		// a uses b, which uses a: named at the row, before anything is saved
		expect(
			b
				.problemsAt(at)
				.map((p) => p.message)
				.join(' ')
		).toMatch(/a.*b.*a/);
		b.setMembership(0, 0, null);
		expect(b.definition.groups[0]!.memberships).toBeUndefined();
		expect(b.problems).toEqual([]);
	});
});
