import { localTimeZone } from './time-zone';
import { describe, expect, it } from 'vitest';
import {
	addUnits,
	anniversaryRanges,
	clockFromDate,
	dayFromIso,
	effectiveClock,
	instantFromIso,
	isoFromDay,
	isoFromInstant,
	isoWeekday,
	periodRange,
	shiftInstant
} from './dates';

const d = dayFromIso;
const iso = isoFromDay;

describe('dates', () => {
	it('round-trips days across centuries and leap years', () => {
		for (const s of [
			'1970-01-01',
			'2000-02-29',
			'1900-03-01',
			'0001-01-01',
			'9999-12-31',
			'2024-12-31'
		])
			expect(iso(d(s))).toBe(s);
		expect(d('1970-01-02')).toBe(1);
		expect(d('1969-12-31')).toBe(-1);
	});
	it('adds months with the day clamped, years as 12 months, weeks as 7 days', () => {
		expect(iso(addUnits(d('2024-05-31'), -3, 'months'))).toBe('2024-02-29');
		expect(iso(addUnits(d('2025-05-31'), -3, 'months'))).toBe('2025-02-28');
		expect(iso(addUnits(d('2024-01-31'), 1, 'months'))).toBe('2024-02-29');
		expect(iso(addUnits(d('2024-03-31'), -1, 'months'))).toBe('2024-02-29');
		expect(iso(addUnits(d('2024-02-29'), 1, 'years'))).toBe('2025-02-28');
		expect(iso(addUnits(d('2024-02-29'), -4, 'years'))).toBe('2020-02-29');
		expect(iso(addUnits(d('2024-12-31'), 2, 'weeks'))).toBe('2025-01-14');
		expect(iso(addUnits(d('2024-03-15'), -90, 'days'))).toBe('2023-12-16');
	});
	it('knows ISO weekdays and Monday-based weeks', () => {
		expect(isoWeekday(d('2024-03-11'))).toBe(1);
		expect(isoWeekday(d('2024-03-17'))).toBe(7);
		const week = periodRange(d('2024-03-17'), 'week', 0);
		expect([iso(week.start), iso(week.end)]).toEqual(['2024-03-11', '2024-03-17']);
		const next = periodRange(d('2024-12-31'), 'week', 1);
		expect([iso(next.start), iso(next.end)]).toEqual(['2025-01-06', '2025-01-12']);
	});
	it('computes months, quarters and years before and after', () => {
		const r = (s: string, unit: 'month' | 'quarter' | 'year', o: number) => {
			const p = periodRange(d(s), unit, o);
			return [iso(p.start), iso(p.end)];
		};
		expect(r('2024-03-31', 'month', -1)).toEqual(['2024-02-01', '2024-02-29']);
		expect(r('2024-12-15', 'month', 1)).toEqual(['2025-01-01', '2025-01-31']);
		expect(r('2024-05-20', 'quarter', 0)).toEqual(['2024-04-01', '2024-06-30']);
		expect(r('2024-01-20', 'quarter', -1)).toEqual(['2023-10-01', '2023-12-31']);
		expect(r('2024-06-01', 'year', 1)).toEqual(['2025-01-01', '2025-12-31']);
	});
	it('shifts instants keeping the wall-clock time', () => {
		const t = instantFromIso('2024-05-31T23:59:59');
		expect(isoFromInstant(shiftInstant(t, -3, 'months'))).toBe('2024-02-29 23:59:59');
		expect(isoFromInstant(instantFromIso('2024-03-10 02:30'))).toBe('2024-03-10 02:30:00');
	});
	it('lists anniversary month-days, with 29 February on 28 February of non-leap years', () => {
		expect(anniversaryRanges(d('2025-02-27'), 1)).toEqual([{ from: '02-27', to: '02-29' }]);
		expect(anniversaryRanges(d('2024-02-27'), 1)).toEqual([{ from: '02-27', to: '02-28' }]);
		expect(anniversaryRanges(d('2024-12-30'), 5)).toEqual([
			{ from: '01-01', to: '01-04' },
			{ from: '12-30', to: '12-31' }
		]);
		expect(anniversaryRanges(d('2023-06-01'), 365)).toBe('all');
		expect(anniversaryRanges(d('2023-06-01'), 364)).not.toBe('all');
	});
	it('takes the clock from local wall time, and as-of replaces it (keeping the zone)', () => {
		expect(clockFromDate(new Date(2024, 1, 29, 7, 8, 9))).toEqual({
			today: '2024-02-29',
			now: '2024-02-29T07:08:09',
			zone: localTimeZone()
		});
		expect(
			effectiveClock({ asOf: '2024-06-30' }, { today: 'x', now: 'x', zone: 'Asia/Tokyo' })
		).toEqual({ today: '2024-06-30', now: '2024-06-30T23:59:59', zone: 'Asia/Tokyo' });
		const clock = { today: '2025-01-01', now: '2025-01-01T10:00:00' };
		expect(effectiveClock({ asOf: null }, clock)).toBe(clock);
		expect(effectiveClock({ asOf: '2024-06-30' }, clock)).toEqual({
			today: '2024-06-30',
			now: '2024-06-30T23:59:59'
		});
		expect(effectiveClock({ asOf: '2024-06-30T08:15' }, clock)).toEqual({
			today: '2024-06-30',
			now: '2024-06-30T08:15:00'
		});
	});
});
