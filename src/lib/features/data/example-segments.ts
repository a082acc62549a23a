// Ready-made segments for the demo data, so a new user sees tiles, trends and members at once.
// They use the demo's entity and relationship names; on other data they would arrive as drafts.
import seedExample from '$lib/demo/examples/seed-example.json';
import { DEFINITION_VERSION, type SegmentDefinition } from '$lib/segments/definition';
import { parseDefinition } from '$lib/segments/parse';
import { validateSegment } from '$lib/segments/validate';
import { segmentLookup } from '$lib/runs/segment-lookup';
import { loadDataModel } from '$lib/db/model-store';
import { createSegment, stateAfterSave } from '$lib/db/segments-store';
import { database } from '$lib/db/schema';
import { runNow } from '$lib/runs/service';

const base = { format: 'segments.definition', version: DEFINITION_VERSION, asOf: null } as const;
const toCustomer = (relationship: string) => ({ relationship, direction: 'forward' as const });

export const EXAMPLE_SEGMENTS: unknown[] = [
	seedExample,
	{
		...base,
		name: 'pricing_page_visitors',
		displayName: 'Pricing page visitors',
		description: 'Customers whose online account viewed the pricing page in the last 7 days.',
		type: 'dynamic',
		refreshIntervalMinutes: 60,
		groups: [
			{
				id: 'pricing',
				path: {
					start: 'ClickStream',
					steps: [toCustomer('clickstream_online_account'), toCustomer('online_accounts_customer')]
				},
				where: {
					kind: 'and',
					id: 'pricing-all',
					children: [
						{
							kind: 'condition',
							id: 'page',
							entity: 'ClickStream',
							attribute: 'page',
							operator: 'equals',
							value: '/pricing'
						},
						{
							kind: 'condition',
							id: 'week',
							entity: 'ClickStream',
							attribute: 'event_time',
							operator: 'inLast',
							value: { amount: 7, unit: 'days' }
						}
					]
				},
				aggregates: []
			}
		]
	},
	{
		...base,
		name: 'birthdays_next_week',
		displayName: 'Birthdays in the next 7 days',
		description:
			'Subscribed customers with a birthday in the coming week (29 February counts on 28 February in other years).',
		type: 'static',
		refreshIntervalMinutes: 720,
		groups: [
			{
				id: 'birthdays',
				path: { start: 'Customers', steps: [] },
				where: {
					kind: 'and',
					id: 'birthdays-all',
					children: [
						{
							kind: 'condition',
							id: 'bday',
							entity: 'Customers',
							attribute: 'birth_date',
							operator: 'anniversaryWithin',
							value: { amount: 7, unit: 'days' }
						},
						{
							kind: 'condition',
							id: 'subscribed',
							entity: 'Customers',
							attribute: 'is_subscribed',
							operator: 'isTrue'
						}
					]
				},
				aggregates: []
			}
		]
	},
	{
		...base,
		name: 'loyal_big_spenders',
		displayName: 'Loyal big spenders',
		description:
			'At least 5 completed or shipped orders in the last year, worth more than 2,000 together.',
		type: 'dynamic',
		refreshIntervalMinutes: 1440,
		groups: [
			{
				id: 'spend',
				path: { start: 'Orders', steps: [toCustomer('orders_customer')] },
				where: {
					kind: 'and',
					id: 'spend-all',
					children: [
						{
							kind: 'condition',
							id: 'status',
							entity: 'Orders',
							attribute: 'status',
							operator: 'inList',
							value: ['completed', 'shipped']
						},
						{
							kind: 'condition',
							id: 'year',
							entity: 'Orders',
							attribute: 'order_date',
							operator: 'inLast',
							value: { amount: 365, unit: 'days' }
						}
					]
				},
				aggregates: [
					{
						id: 'total',
						function: 'sum',
						entity: 'Orders',
						attribute: 'total_amount',
						operator: 'greaterThan',
						value: 2000
					},
					{ id: 'count', function: 'count', entity: 'Orders', operator: 'atLeast', value: 5 }
				]
			}
		]
	},
	{
		...base,
		name: 'gold_at_risk',
		displayName: 'Gold and platinum at risk',
		description: 'Gold and platinum customers who have not ordered in the last 90 days.',
		type: 'dynamic',
		refreshIntervalMinutes: 720,
		groups: [
			{
				id: 'tier',
				path: { start: 'Customers', steps: [] },
				where: {
					kind: 'condition',
					id: 'tier-in',
					entity: 'Customers',
					attribute: 'loyalty_tier',
					operator: 'inList',
					value: ['gold', 'platinum']
				},
				aggregates: []
			},
			{
				id: 'recent',
				operator: 'exclude',
				path: { start: 'Orders', steps: [toCustomer('orders_customer')] },
				where: {
					kind: 'condition',
					id: 'recent-order',
					entity: 'Orders',
					attribute: 'order_date',
					operator: 'inLast',
					value: { amount: 90, unit: 'days' }
				},
				aggregates: []
			}
		]
	},
	{
		...base,
		name: 'lapsed_high_spenders',
		displayName: 'Lapsed high spenders',
		description:
			'Spent more than 1,000 in all, but their last order was more than 180 days ago. Customers who never ordered are not lapsed. Split for a win-back test: offer A, offer B and a 10 % holdout that gets nothing.',
		type: 'dynamic',
		refreshIntervalMinutes: 1440,
		groups: [
			{
				id: 'lapsed',
				path: { start: 'Orders', steps: [toCustomer('orders_customer')] },
				where: null,
				aggregates: [
					{
						id: 'spent',
						function: 'sum',
						entity: 'Orders',
						attribute: 'total_amount',
						operator: 'greaterThan',
						value: 1000
					},
					{
						id: 'last',
						function: 'max',
						entity: 'Orders',
						attribute: 'order_date',
						operator: 'moreThanAgo',
						value: { amount: 180, unit: 'days' }
					}
				]
			}
		],
		split: {
			seed: 'win-back-1',
			parts: [
				{ name: 'offer_a', percent: 45 },
				{ name: 'offer_b', percent: 45 },
				{ name: 'holdout', percent: 10 }
			]
		}
	},
	{
		...base,
		name: 'top_spenders',
		displayName: 'Top 10 % by spend',
		description:
			'The 10 % of customers who spent most in the last 365 days (ties go to the smaller customer id).',
		type: 'dynamic',
		refreshIntervalMinutes: 1440,
		groups: [
			{
				id: 'spend-year',
				path: { start: 'Orders', steps: [toCustomer('orders_customer')] },
				where: {
					kind: 'condition',
					id: 'spend-window',
					entity: 'Orders',
					attribute: 'order_date',
					operator: 'inLast',
					value: { amount: 365, unit: 'days' }
				},
				aggregates: [],
				rank: {
					direction: 'top',
					amount: 10,
					unit: 'percent',
					function: 'sum',
					entity: 'Orders',
					attribute: 'total_amount'
				}
			}
		]
	},
	{
		...base,
		name: 'new_this_month',
		displayName: 'New this month',
		description: 'Customers whose first order was placed this calendar month.',
		type: 'dynamic',
		refreshIntervalMinutes: 720,
		groups: [
			{
				id: 'first-order',
				path: { start: 'Orders', steps: [toCustomer('orders_customer')] },
				where: null,
				aggregates: [
					{
						id: 'first',
						function: 'min',
						entity: 'Orders',
						attribute: 'order_date',
						operator: 'thisPeriod',
						value: { unit: 'month' }
					}
				]
			}
		]
	},
	{
		...base,
		name: 'quiet_customers',
		displayName: 'At most one order in 90 days',
		description:
			'Customers with 0 or 1 orders in the last 90 days, including those who never ordered.',
		type: 'dynamic',
		refreshIntervalMinutes: 720,
		groups: [
			{
				id: 'quiet',
				path: { start: 'Orders', steps: [toCustomer('orders_customer')] },
				where: {
					kind: 'condition',
					id: 'quiet-window',
					entity: 'Orders',
					attribute: 'order_date',
					operator: 'inLast',
					value: { amount: 90, unit: 'days' }
				},
				aggregates: [
					{
						id: 'orders',
						function: 'count',
						entity: 'Orders',
						operator: 'atMost',
						value: 1,
						includeZero: true
					}
				]
			}
		]
	},
	{
		...base,
		name: 'big_order_then_escalation',
		displayName: 'Big order then escalated case within 7 days',
		description:
			'Customers with an order over 500 followed, on the same day or up to 7 days later, by a case that was escalated: a sequence, each side on its own path to the customer.',
		type: 'dynamic',
		refreshIntervalMinutes: 720,
		groups: [
			{
				id: 'big-then-case',
				path: { start: 'Customers', steps: [] },
				where: null,
				aggregates: [],
				sequences: [
					{
						id: 'order-case',
						kind: 'followedBy',
						first: {
							path: { start: 'Orders', steps: [toCustomer('orders_customer')] },
							where: {
								kind: 'condition',
								id: 'big-order',
								entity: 'Orders',
								attribute: 'total_amount',
								operator: 'greaterThan',
								value: 500
							},
							time: { entity: 'Orders', attribute: 'order_date' }
						},
						then: {
							path: { start: 'Cases', steps: [toCustomer('cases_customer')] },
							where: {
								kind: 'condition',
								id: 'escalated-case',
								entity: 'Cases',
								attribute: 'escalated',
								operator: 'isTrue'
							},
							time: { entity: 'Cases', attribute: 'created_at' }
						},
						withinDays: 7
					}
				]
			}
		]
	},
	{
		...base,
		name: 'stopped_buying',
		displayName: 'Stopped buying',
		description:
			'Customers who ordered in the 90 days before the last 30 days and not since: a lifecycle condition, worth a win-back message before they lapse for good.',
		type: 'dynamic',
		refreshIntervalMinutes: 1440,
		groups: [
			{
				id: 'stopped',
				path: { start: 'Orders', steps: [toCustomer('orders_customer')] },
				where: null,
				aggregates: [],
				lifecycles: [
					{
						id: 'stopped-ordering',
						kind: 'stopped',
						time: { entity: 'Orders', attribute: 'order_date' },
						recent: { amount: 30, unit: 'days' },
						previous: { amount: 90, unit: 'days' }
					}
				]
			}
		]
	}
];

/** Add the examples that are not there yet; each complete one runs at once. */
export async function addExampleSegments(): Promise<string[]> {
	const db = database();
	const model = await loadDataModel(db);
	const saved = await db.segments.toArray();
	const taken = new Set(saved.map((s) => s.name.toLowerCase()));
	const added: string[] = [];
	for (const raw of EXAMPLE_SEGMENTS) {
		const parsed = parseDefinition(raw);
		if (!parsed.ok)
			throw new Error(`Example segment is invalid: ${parsed.problems[0]?.message ?? ''}`);
		const def: SegmentDefinition = parsed.definition;
		if (taken.has(def.name.toLowerCase())) continue;
		const problems = validateSegment(def, model, {
			takenNames: [...taken],
			segments: segmentLookup(saved)
		});
		const record = await createSegment(db, def, stateAfterSave(def, problems.length));
		added.push(def.name);
		if (problems.length === 0) runNow(record.id, 'save', 'background').catch(() => undefined);
	}
	return added;
}
