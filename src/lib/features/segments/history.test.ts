import { describe, expect, it } from 'vitest';
import { weekGrowth } from './history.svelte';

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
