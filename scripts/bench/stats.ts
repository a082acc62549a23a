// Summary statistics of repeated timings. p95 is the nearest-rank percentile: with 7 runs it is
// the slowest run, which is the honest reading of so few samples.
export interface Timing {
	runsMs: number[];
	medianMs: number;
	p95Ms: number;
	minMs: number;
	maxMs: number;
}

export function percentile(values: number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function timing(runsMs: number[]): Timing {
	return {
		runsMs: runsMs.map(round),
		medianMs: round(median(runsMs)),
		p95Ms: round(percentile(runsMs, 95)),
		minMs: round(Math.min(...runsMs)),
		maxMs: round(Math.max(...runsMs))
	};
}

/** Growth exponent k in time ∝ rows^k between two scales (1 = linear). */
export function scalingExponent(rowsA: number, msA: number, rowsB: number, msB: number): number {
	if (!(rowsA > 0 && rowsB > 0 && msA > 0 && msB > 0) || rowsA === rowsB) return Number.NaN;
	return Math.log(msB / msA) / Math.log(rowsB / rowsA);
}
