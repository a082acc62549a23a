import { describe, expect, it } from 'vitest';
import { busyNow, markBusy } from './busy';

describe('busy reasons', () => {
	it('lists what is marked until it is released, once per reason', () => {
		expect(busyNow()).toEqual([]);
		const a = markBusy('Importing orders.csv');
		const b = markBusy('Unsaved changes in the builder');
		const c = markBusy('Importing orders.csv');
		expect(busyNow()).toEqual(['Importing orders.csv', 'Unsaved changes in the builder']);
		a();
		a();
		expect(busyNow()).toEqual(['Unsaved changes in the builder', 'Importing orders.csv']);
		c();
		b();
		expect(busyNow()).toEqual([]);
	});
});
