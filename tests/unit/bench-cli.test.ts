// The command line's scale harness (scripts/bench/cli-scale.ts): what it reads from GNU time and
// the block it writes into docs/benchmarks.md, so the harness does not rot between XL runs.
import { describe, expect, it } from 'vitest';
import { peakRss, renderBlock, type CliScaleResult } from '../../scripts/bench/cli-scale';

describe('bench:cli', () => {
	it('reads the peak memory from GNU time -v', () => {
		expect(peakRss('\tMaximum resident set size (kbytes): 2097152\n')).toBe(2 * 1024 ** 3);
		expect(peakRss('no such line')).toBeNull();
	});
	it('renders one row per segment, with the memory limit and the load it ran at', () => {
		const r: CliScaleResult = {
			schema: 'segments-bench-cli/1',
			date: '2026-12-02',
			scale: {
				name: 'XL',
				customers: 10_000_000,
				rows: { Customers: 10_000_000 },
				parquetBytes: 2e9
			},
			machine: { cpus: 2, memoryBytes: 24e9, node: 'v20' },
			options: { memoryLimit: '4GB', threads: null },
			generateSeconds: 300,
			run: {
				exitCode: 0,
				wallSeconds: 61.2,
				peakRssBytes: 3.5 * 1024 ** 3,
				segments: [
					{ id: 'seed', name: 'seed_example', members: 31_000, seconds: 4.2, status: 'ok' },
					{ id: 'aggregate', name: 'big_spenders', members: 4_579_100, seconds: 40.1, status: 'ok' }
				]
			},
			loadAverage: { before: [0.5, 0.5, 0.5], after: [1.9, 1, 1], max1: 1.9, cores: 2 }
		};
		const block = renderBlock(r, null);
		expect(block).toContain('`--memory-limit 4GB`');
		expect(block).toContain('| seed (`seed_example`) | 31,000 | 4.2 | ok |');
		expect(block).toContain('| aggregate (`big_spenders`) | 4,579,100 | 40.1 | ok |');
		expect(block).toContain('up to 1.9 on 2 cores');
		expect(block).toContain('peak memory of the process 3.50 GB');
	});
});
