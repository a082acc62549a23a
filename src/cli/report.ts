// What the command line prints: progress on stderr (so stdout stays clean for a pipe), results on
// stdout as an aligned table or as JSON.
export interface SegmentResult {
	name: string;
	displayName: string;
	status: 'ok' | 'failed';
	members: number | null;
	groups: number[];
	seconds: number;
	/** Where its members were written. */
	out: string | null;
	/** Why it failed, in sentences. */
	problems: string[];
	entered?: number | null;
	left?: number | null;
}

/** A segment's result before it runs: failed until it succeeds. */
export function pendingResult(name: string, displayName: string): SegmentResult {
	return {
		name,
		displayName,
		status: 'failed',
		members: null,
		groups: [],
		seconds: 0,
		out: null,
		problems: []
	};
}

export function progress(message: string): void {
	process.stderr.write(message + '\n');
}

export function table(rows: string[][], right: Set<number>): string {
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
	return rows
		.map((r) =>
			r
				.map((cell, c) => (right.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}

const n = (v: number | null | undefined) =>
	v === null || v === undefined ? '-' : v.toLocaleString('en-US');

export function resultsTable(results: SegmentResult[], withChanges = false): string {
	const head = [
		'segment',
		'members',
		'groups',
		...(withChanges ? ['entered', 'left'] : []),
		'seconds',
		'status'
	];
	const rows = results.map((r) => [
		r.name,
		n(r.members),
		r.groups.map((g) => n(g)).join(' / ') || '-',
		...(withChanges ? [n(r.entered), n(r.left)] : []),
		r.seconds.toFixed(2),
		r.status === 'ok' ? (r.out ? `ok → ${r.out}` : 'ok') : 'FAILED'
	]);
	const failures = results
		.filter((r) => r.status === 'failed')
		.flatMap((r) => r.problems.map((p) => `${r.name}: ${p}`));
	const right = new Set([1, 2, ...(withChanges ? [3, 4, 5] : [3])]);
	return (
		[table([head, ...rows], right), ...(failures.length ? ['', ...failures] : [])].join('\n') + '\n'
	);
}
