// The refresh intervals a dynamic segment can have (15 minutes to 7 days).
export const REFRESH_CHOICES: { minutes: number; label: string }[] = [
	{ minutes: 15, label: '15 minutes' },
	{ minutes: 30, label: '30 minutes' },
	{ minutes: 60, label: 'hour' },
	{ minutes: 180, label: '3 hours' },
	{ minutes: 360, label: '6 hours' },
	{ minutes: 720, label: '12 hours' },
	{ minutes: 1440, label: 'day' },
	{ minutes: 2 * 1440, label: '2 days' },
	{ minutes: 7 * 1440, label: '7 days' }
];
