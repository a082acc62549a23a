import { describe, expect, it } from 'vitest';
import { weekChange, weekGrowth } from './history.svelte';

const day = 24 * 3600 * 1000;
const now = Date.UTC(2026, 10, 28, 12);
const at = (daysAgo: number) => new Date(now - daysAgo * day).toISOString();

describe('last week growth', () => {
	it('compares with the last count at or before a week ago', () => {
		const g = weekGrowth(
			[
				{ at: at(10), members: 90 },
				{ at: at(7.5), members: 100 },
				{ at: at(3), members: 105 },
				{ at: at(0), members: 110 }
			],
			now
		);
		expect(g).toMatchObject({ change: 10, ratio: 0.1, fullWeek: true, since: at(7.5) });
	});
	it('falls back to the first count when history is younger than a week', () => {
		expect(
			weekGrowth(
				[
					{ at: at(2), members: 0 },
					{ at: at(0), members: 5 }
				],
				now
			)
		).toMatchObject({ change: 5, ratio: null, fullWeek: false });
	});
	it('needs two points', () => {
		expect(weekGrowth([{ at: at(0), members: 5 }], now)).toBeNull();
	});
});

describe('what the tiles say about the last 7 days', () => {
	it('the change when the history reaches back a week', () => {
		const c = weekChange(
			[
				{ at: at(8), members: 100 },
				{ at: at(0), members: 90 }
			],
			now
		);
		expect(c).toMatchObject({ kind: 'change', growth: { change: -10 } });
	});
	it('"no history from 7 days ago yet" (not a change since minutes ago) when it is younger', () => {
		expect(
			weekChange(
				[
					{ at: at(0.01), members: 0 },
					{ at: at(0), members: 5 }
				],
				now
			)
		).toEqual({ kind: 'too-young' });
		expect(weekChange([{ at: at(0), members: 5 }], now)).toEqual({ kind: 'too-young' });
	});
	it('nothing without runs', () => {
		expect(weekChange([], now)).toEqual({ kind: 'none' });
	});
});
