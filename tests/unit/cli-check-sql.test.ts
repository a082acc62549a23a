// `segments check` and `segments sql` need no data: the problems of each definition on the model,
// in the app's words, and the SQL the app's compiler emits for it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSegment } from '../../src/lib/segments/compile';
import { parseDefinition } from '../../src/lib/segments/parse';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { buildModelFile, serializeModelFile } from '../../src/lib/sharing/model-file';
import { demoWorldModel, runCli, writeModelFile } from '../helpers/cli';

const SEED = 'src/lib/demo/examples/seed-example.json';
let dir: string;
let modelPath: string;
let bundle: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'segments-cli-check-'));
	modelPath = writeModelFile(join(dir, 'model.json'), demoWorldModel(100, '2026-11-28'));
	const seed = JSON.parse(readFileSync(SEED, 'utf8')) as Record<string, unknown>;
	const broken = JSON.parse(
		JSON.stringify(seed).replace(
			'"relationship":"cases_customer"',
			'"relationship":"tickets_customer"'
		)
	) as Record<string, unknown>;
	bundle = join(dir, 'two.segments.json');
	writeFileSync(
		bundle,
		JSON.stringify({
			format: 'segments.bundle',
			version: 1,
			segments: [seed, { ...broken, name: 'broken_path' }]
		})
	);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('segments check', () => {
	it('says ok for a definition that fits the model (exit 0)', async () => {
		const r = await runCli(['check', SEED, '--model', modelPath]);
		expect(r.code, r.stderr).toBe(0);
		expect(r.stdout).toBe('high_value_escalations: ok\n');
	});

	it('lists the problems of one that does not, as the app words them (exit 1)', async () => {
		const r = await runCli(['check', bundle, '--model', modelPath]);
		expect(r.code).toBe(1);
		expect(r.stdout).toMatch(
			/^high_value_escalations: ok\nbroken_path: 1 problem\n {2}- group 2, step 1 of the path.*“tickets_customer”/
		);
	});
});

describe('segments sql', () => {
	it('prints the compiler’s SQL for the as-of date', async () => {
		const r = await runCli(['sql', SEED, '--model', modelPath, '--as-of', '2026-11-28']);
		expect(r.code, r.stderr).toBe(0);
		const definition = (
			parseDefinition(JSON.parse(readFileSync(SEED, 'utf8'))) as { definition: SegmentDefinition }
		).definition;
		const compiled = compileSegment(definition, demoWorldModel(100, '2026-11-28'), {
			today: '2026-11-28',
			now: '2026-11-28T23:59:59'
		});
		expect(compiled.ok).toBe(true);
		if (compiled.ok)
			expect(r.stdout).toBe(
				`-- high_value_escalations (as of 2026-11-28T23:59:59)\n${compiled.sql.members};\n`
			);
	});

	it('reads relative dates in --time-zone, else in the zone the model file carries', async () => {
		const definition = (
			parseDefinition(JSON.parse(readFileSync(SEED, 'utf8'))) as { definition: SegmentDefinition }
		).definition;
		const sqlIn = (zone: string) => {
			const c = compileSegment(definition, demoWorldModel(100, '2026-11-28'), {
				today: '2026-11-28',
				now: '2026-11-28T23:59:59',
				zone
			});
			if (!c.ok) throw new Error('does not compile');
			return `-- high_value_escalations (as of 2026-11-28T23:59:59)\n${c.sql.members};\n`;
		};
		// the seed's "in the last 30 days" on a timestamp ends at 23:59:59 in Tokyo: 14:59:59 UTC
		expect(sqlIn('Asia/Tokyo')).not.toBe(sqlIn('UTC'));
		expect(sqlIn('Asia/Tokyo')).toContain(
			"BETWEEN TIMESTAMP '2026-10-29 14:59:59' AND TIMESTAMP '2026-11-28 14:59:59'"
		);
		const flag = await runCli([
			'sql',
			SEED,
			'--model',
			modelPath,
			'--as-of',
			'2026-11-28',
			'--time-zone',
			'Asia/Tokyo'
		]);
		expect(flag.code, flag.stderr).toBe(0);
		expect(flag.stdout).toBe(sqlIn('Asia/Tokyo'));
		const zoned = join(dir, 'tokyo.model.json');
		writeFileSync(
			zoned,
			serializeModelFile(
				buildModelFile(demoWorldModel(100, '2026-11-28'), [], new Date(), 'Asia/Tokyo')
			)
		);
		const fromFile = await runCli(['sql', SEED, '--model', zoned, '--as-of', '2026-11-28']);
		expect(fromFile.code, fromFile.stderr).toBe(0);
		expect(fromFile.stdout).toBe(sqlIn('Asia/Tokyo'));
		const bad = await runCli(['sql', SEED, '--model', modelPath, '--time-zone', 'Mars/Base']);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain(
			'--time-zone must be a time zone such as Europe/Paris, America/New_York or UTC, not “Mars/Base”.'
		);
	});
});
