// One notion of a segment's health, from validation against the current model plus the last run.
import { describe, expect, it } from 'vitest';
import { demoModel } from '../../../tests/helpers/demo-model';
import { cond, definition } from '../../../tests/helpers/segment-fixture';
import type { SegmentRecord } from '../db/records';
import type { SegmentDefinition } from '../segments/definition';
import { healthLabel, healthReason, segmentHealth } from './health';

const model = demoModel();
const bigOrders = () =>
	definition([
		{
			id: 'orders',
			path: { start: 'Orders', steps: [{ relationship: 'orders_customer', direction: 'forward' }] },
			where: cond('Orders', 'total_amount', 'greaterThan', 500),
			aggregates: []
		}
	]);

function record(def: SegmentDefinition, over: Partial<SegmentRecord> = {}): SegmentRecord {
	return {
		id: 's',
		name: def.name,
		definition: def,
		state: 'active',
		createdAt: '',
		updatedAt: '',
		revision: 1,
		lastSuccess: { runId: 'r1', at: '2026-11-01T10:00:00.000Z', members: 10, groupCounts: [10] },
		lastFailure: null,
		nextRunAt: null,
		dataChangedAt: null,
		...over
	};
}

describe('segment health', () => {
	it('a valid segment whose last run succeeded is ready: active or inactive as set', () => {
		const h = segmentHealth(record(bigOrders()), model);
		expect(h).toEqual({ kind: 'ready', active: true });
		expect(healthLabel(h)).toBe('active');
		expect(healthReason(h, record(bigOrders()))).toBeNull();
		expect(healthLabel(segmentHealth(record(bigOrders(), { state: 'inactive' }), model))).toBe(
			'inactive'
		);
	});

	it('an active segment whose relationship was deleted is a draft, with the reason in words', () => {
		const without = {
			...model,
			relationships: model.relationships.filter((r) => r.name !== 'orders_customer')
		};
		const s = record(bigOrders());
		const h = segmentHealth(s, without);
		expect(h.kind).toBe('draft');
		expect(healthLabel(h)).toBe('draft');
		expect(healthReason(h, s)).toMatch(/^Cannot run: .*orders_customer.*no longer exists/);
	});

	it('an entity the model lacks, named by the path and a condition, is one reason', () => {
		const without = { ...model, entities: model.entities.filter((e) => e.name !== 'Orders') };
		const s = record(bigOrders());
		const h = segmentHealth(s, without);
		expect(healthReason(h, s)).toBe(
			'Cannot run: The data model has no entity “Orders”: it was deleted or renamed, or its data is not imported here.'
		);
	});

	it('a valid segment whose last run failed is failing, and says when it runs again', () => {
		const s = record(bigOrders(), {
			lastFailure: {
				runId: 'r2',
				at: '2026-11-02T10:00:00.000Z',
				error: 'Orders no longer has an attribute “total_amount”.',
				kind: 'permanent'
			}
		});
		const h = segmentHealth(s, model);
		expect(h).toMatchObject({ kind: 'failing', waitsForChange: true });
		expect(healthLabel(h)).toBe('error');
		expect(healthReason(h, s)).toMatch(/failed: Orders no longer has .* runs again by itself when/);
	});

	it('problems with the definition come before a failed run', () => {
		const s = record(bigOrders(), {
			lastFailure: { runId: 'r2', at: '2026-11-02T10:00:00.000Z', error: 'x' }
		});
		expect(segmentHealth(s, { ...model, profile: null }).kind).toBe('draft');
	});

	it('a name another segment has is a reason too', () => {
		expect(segmentHealth(record(bigOrders()), model, [bigOrders().name]).kind).toBe('draft');
	});
});
