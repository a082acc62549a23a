// The `segments` command line for tests: run as a child process exactly as a user runs it
// (node bin/segments.js …), and the demo world written as files with a model file beside it.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDemo } from '../../scripts/generate-demo';
import { generateWorld } from '../../src/lib/demo/generator';
import { demoTableName } from '../../src/lib/engine/worker/demo';
import type { DataModel } from '../../src/lib/segments/data-model';
import type { SegmentDefinition } from '../../src/lib/segments/definition';
import { buildModelFile, serializeModelFile } from '../../src/lib/sharing/model-file';

export interface CliResult {
	code: number | null;
	stdout: string;
	stderr: string;
}

/** Run `segments <args>` in the repository root; resolves when it exits. */
export function runCli(args: string[]): Promise<CliResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['bin/segments.js', ...args], {
			cwd: join(import.meta.dirname, '../..'),
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, stdout, stderr }));
	});
}

/**
 * The same command run inside this test process (main() with stdout and stderr captured): no
 * process start-up and TypeScript compile per call, for tests that make many calls. runCli proves
 * the installed command; this proves what it does.
 */
export async function runCliHere(args: string[]): Promise<CliResult> {
	const { main } = await import('../../src/cli/main');
	let stdout = '';
	let stderr = '';
	const out = process.stdout.write;
	const err = process.stderr.write;
	process.stdout.write = ((chunk: string | Uint8Array) => {
		stdout += String(chunk);
		return true;
	}) as typeof process.stdout.write;
	process.stderr.write = ((chunk: string | Uint8Array) => {
		stderr += String(chunk);
		return true;
	}) as typeof process.stderr.write;
	try {
		const code = await main(args);
		return { code, stdout, stderr };
	} finally {
		process.stdout.write = out;
		process.stderr.write = err;
	}
}

export interface DemoFiles {
	/** Folder with <Entity>.<format> files. */
	data: string;
	model: DataModel;
}

/** The demo world's data model as the app registers it ("Try with demo data"). */
export function demoWorldModel(customers: number, today: string): DataModel {
	const world = generateWorld({ customers, today });
	return {
		entities: world.entities.map((e) => ({
			name: e.name,
			displayName: e.name,
			table: demoTableName(e.name),
			attributes: e.columns.map((c) => ({ name: c.name, displayName: c.name, type: c.type })),
			rowCount: e.rowCountEstimate,
			sourceFile: 'demo data',
			sourceFormat: 'demo' as const,
			importedAt: `${today}T00:00:00.000Z`
		})),
		relationships: world.relationships,
		profile: world.profile
	};
}

/** The demo world (seed 42) written to `dir/<format>/` as files the CLI reads. */
export async function writeDemoFiles(
	dir: string,
	customers: number,
	today: string,
	format: 'csv' | 'parquet' | 'ndjson'
): Promise<DemoFiles> {
	const data = join(dir, format);
	mkdirSync(data, { recursive: true });
	await generateDemo({ customers, seed: 42, today, out: data, formats: [format], force: false });
	return { data, model: demoWorldModel(customers, today) };
}

export function writeModelFile(
	path: string,
	model: DataModel,
	definitions: SegmentDefinition[] = []
): string {
	writeFileSync(path, serializeModelFile(buildModelFile(model, definitions, new Date())));
	return path;
}
