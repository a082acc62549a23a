// What a time zone means, in words, for the Data page's time-zone card.
import { isoFromInstant } from '$lib/segments/dates';
import { offsetAt, wallSeconds } from '$lib/segments/time-zone';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** UTC+09:00, UTC−05:00, UTC. */
export function offsetWords(seconds: number): string {
	if (seconds === 0) return 'UTC';
	const sign = seconds > 0 ? '+' : '−';
	const m = Math.abs(seconds) / 60;
	return `UTC${sign}${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** "It is 08:30 on 2 March 2026 in Asia/Tokyo (UTC+09:00)." */
export function describeZone(zone: string, at: Date): string {
	const utc = Math.floor(at.getTime() / 1000);
	const wall = isoFromInstant(wallSeconds(utc, zone));
	return `It is ${wall.slice(11, 16)} on ${dayWords(wall)} in ${zone} (${offsetWords(offsetAt(utc, zone))}).`;
}

/** What the zone does to an event at 23:30 UTC on 1 March 2026. */
export function exampleInZone(zone: string): string {
	const event = Date.UTC(2026, 2, 1, 23, 30) / 1000;
	const wall = isoFromInstant(wallSeconds(event, zone));
	return `An event at 23:30 UTC on 1 March 2026 is at ${wall.slice(11, 16)} on ${dayWords(wall)} here, so it counts as that day.`;
}

function dayWords(iso: string): string {
	return `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}
