// Bad input to the command line: each case is refused with exit code 2 and one sentence naming the
// file or segment at fault, and nothing is written. A segment that cannot be evaluated on a good
// model is a failed segment instead (exit 1), and the others still run.
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataModel } from '../../src/lib/segments/data-model';
import { runCli, writeDemoFiles, writeModelFile } from '../helpers/cli';

const TODAY = '2026-11-28';
const SEED = 'src/lib/demo/examples/seed-example.json';
let dir: string;
let data: string;
let model: DataModel;
let modelPath: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'segments-cli-bad-'));
	({ data, model } = await writeDemoFiles(dir, 200, TODAY, 'csv'));
	modelPath = writeModelFile(join(dir, 'model.json'), model);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the demo data folder with Orders.csv replaced by `orders`. */
function dataWithOrders(name: string, orders: string): string {
	const folder = join(dir, name);
	mkdirSync(folder);
	for (const e of ['Customers', 'Cases'])
		copyFileSync(join(data, `${e}.csv`), join(folder, `${e}.csv`));
	writeFileSync(join(folder, 'Orders.csv'), orders);
	return folder;
}

async function refused(args: string[], sentence: RegExp, out: string) {
	const r = await runCli([...args, '--out', out]);
	expect(r.stderr).toMatch(sentence);
	expect(r.code).toBe(2);
	expect(r.stdout).toBe('');
	expect(existsSync(out), 'nothing is written').toBe(false);
}

describe('segments run: bad input is refused (exit 2), nothing written', () => {
	it('a definitions file that is not there', async () => {
		await refused(
			['run', join(dir, 'nope.json'), '--model', modelPath, '--data', data],
			/nope\.json: there is no such file\./,
			join(dir, 'out-missing')
		);
	});

	it('an entity with no data file', async () => {
		const folder = join(dir, 'no-orders');
		mkdirSync(folder);
		copyFileSync(join(data, 'Customers.csv'), join(folder, 'Customers.csv'));
		copyFileSync(join(data, 'Cases.csv'), join(folder, 'Cases.csv'));
		await refused(
			['run', SEED, '--model', modelPath, '--data', folder],
			/No data file for the entity Orders: put a file named Orders\.csv or Orders\.parquet in the data folder, or give it with --data Orders=<file>\./,
			join(dir, 'out-no-orders')
		);
	});

	it('a file without a column the model has', async () => {
		const lines = readFileSync(join(data, 'Orders.csv'), 'utf8').split('\n');
		const cols = lines[0]!.split(',');
		const drop = cols.indexOf('total_amount');
		const without = lines
			.filter((l) => l.length)
			.map((l) =>
				l
					.split(',')
					.filter((_, i) => i !== drop)
					.join(',')
			)
			.join('\n');
		const folder = dataWithOrders('no-column', without + '\n');
		await refused(
			['run', SEED, '--model', modelPath, '--data', folder],
			/Orders\.csv has no column “total_amount”, which the entity Orders has in the data model/,
			join(dir, 'out-no-column')
		);
	});

	it('a column holding another kind of value than the model says', async () => {
		const text = readFileSync(join(data, 'Orders.csv'), 'utf8').replace(
			/\n(\d+),(\d+),([\d-]+),([\d.]+),/,
			'\n$1,$2,$3,lots,'
		);
		const folder = dataWithOrders('wrong-kind', text);
		await refused(
			['run', SEED, '--model', modelPath, '--data', folder],
			/Orders\.csv: the column “total_amount” holds text here, but the entity Orders has numbers in it in the data model\./,
			join(dir, 'out-wrong-kind')
		);
	});

	it('a definition from a newer version of the app', async () => {
		const newer = { ...JSON.parse(readFileSync(SEED, 'utf8')), version: 99 };
		const bundle = join(dir, 'newer.segments.json');
		writeFileSync(
			bundle,
			JSON.stringify({ format: 'segments.bundle', version: 1, segments: [newer] })
		);
		await refused(
			['run', bundle, '--model', modelPath, '--data', data],
			/newer\.segments\.json: segment “high_value_escalations”: This segment definition uses format version 99, which is newer than this app can read/,
			join(dir, 'out-newer')
		);
	});

	it('a model with no Customer Profile', async () => {
		const noProfile = writeModelFile(join(dir, 'no-profile.json'), { ...model, profile: null });
		await refused(
			['run', SEED, '--model', noProfile, '--data', data],
			/no-profile\.json: Choose the Customer Profile in the data model first: its keys are what a segment lists\./,
			join(dir, 'out-no-profile')
		);
	});
});

describe('segments run: a segment that fails', () => {
	it('is reported with the app’s sentence (exit 1) while the others run', async () => {
		const seed = JSON.parse(readFileSync(SEED, 'utf8')) as Record<string, unknown>;
		const broken = JSON.parse(
			JSON.stringify(seed).replace('"attribute":"total_amount"', '"attribute":"grand_total"')
		) as Record<string, unknown>;
		const bundle = join(dir, 'one-broken.segments.json');
		writeFileSync(
			bundle,
			JSON.stringify({
				format: 'segments.bundle',
				version: 1,
				segments: [seed, { ...broken, name: 'broken_copy' }]
			})
		);
		const out = join(dir, 'out-one-broken');
		const r = await runCli([
			'run',
			bundle,
			'--model',
			modelPath,
			'--data',
			data,
			'--as-of',
			TODAY,
			'--out',
			out
		]);
		expect(r.code).toBe(1);
		expect(r.stdout).toMatch(/broken_copy\s.*FAILED/);
		expect(r.stdout).toMatch(
			/broken_copy: group 1, condition 1.*: Orders has no attribute “grand_total”/
		);
		expect(existsSync(join(out, 'high_value_escalations.parquet'))).toBe(true);
		expect(existsSync(join(out, 'broken_copy.parquet'))).toBe(false);
	});
});
