// Formatting shared by the UI: numbers, relative times, percentages.
export function formatCount(n: number | null | undefined): string {
	return n === null || n === undefined ? '—' : n.toLocaleString('en');
}

export function formatPercent(x: number, digits = 1): string {
	if (!Number.isFinite(x)) return '—';
	return `${(x * 100).toFixed(digits)}%`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['week', 7 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60],
	['second', 1]
];

export function relativeTime(iso: string | null | undefined, now = Date.now()): string {
	if (!iso) return 'never';
	const seconds = (new Date(iso).getTime() - now) / 1000;
	if (Math.abs(seconds) < 45) return seconds < 0 ? 'just now' : 'in a moment';
	const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
	for (const [unit, size] of UNITS) {
		if (Math.abs(seconds) >= size || unit === 'second')
			return rtf.format(Math.round(seconds / size), unit);
	}
	return iso;
}

export function formatDateTime(iso: string | null | undefined): string {
	if (!iso) return '—';
	return new Date(iso).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDuration(ms: number | null | undefined): string {
	if (ms === null || ms === undefined) return '—';
	if (ms < 1000) return `${Math.round(ms)} ms`;
	if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
	return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function formatSigned(n: number): string {
	return (n > 0 ? '+' : n < 0 ? '−' : '±') + Math.abs(n).toLocaleString('en');
}

export function nowIso(): string {
	return new Date(Date.now()).toISOString();
}

export function formatSignedPercent(ratio: number): string {
	const pct = Math.round(ratio * 1000) / 10;
	return (pct > 0 ? '+' : pct < 0 ? '−' : '±') + Math.abs(pct).toLocaleString('en') + '%';
}

export function formatBytes(n: number): string {
	if (n < 1024) return `${n} B`;
	if (n < 1024 ** 2) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
	if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(n < 10 * 1024 ** 2 ? 1 : 0)} MB`;
	return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
