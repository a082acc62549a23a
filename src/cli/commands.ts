// The commands that evaluate or inspect definitions without changing them: run (counts and
// members, on DuckDB or with --engine postgres in PostgreSQL), check (validation problems as the
// app words them) and sql (what the compiler emits, in either dialect).
// Every input is read and checked first — definitions, model, files, columns — so bad input stops
// the command before anything is written.
import { usableSplit } from '../lib/segments/split';
import { errorFirstLine } from '../lib/error-message';
import type { DataModel } from '../lib/segments/data-model';
import { validateSegment } from '../lib/segments/validate';
import { createViews, resolveSources } from './data-files';
import { BadInput, EXIT_OK, EXIT_SEGMENT_FAILED } from './errors';
import {
	aggregateEntities,
	compile,
	counts,
	labelColumn,
	neededEntities,
	problemLines,
	writeMembers
} from './evaluate';
import { segmentLabel } from '../lib/segments/label';
import { readInputs, resolveModelAndZone, type InputSegment } from './inputs';
import { openNative, type NativeDb } from './native';
import { clockOf, makeOutputFolder, outputPaths, zoneOf, type Options } from './options';
import { pendingResult, progress, resultsTable, type SegmentResult } from './report';
import { runOnPostgres, withTables } from './postgres-run';
import { DIALECTS } from '../lib/segments/dialect';
import type { Clock } from '../lib/segments/dates';
import type { SegmentDefinition } from '../lib/segments/definition';
import {
	fileLookup,
	keepMembers,
	lastRunTargets,
	runLookup,
	runOrder,
	withLiveReferences
} from './segment-lookup';

export function selectSegments(segments: InputSegment[], names: string[]): InputSegment[] {
	if (names.length === 0) return segments;
	return names.map((name) => {
		const s = segments.find((x) => x.definition.name === name);
		if (!s)
			throw new BadInput(
				`There is no segment “${name}” in the file (it has ${segments.map((x) => x.definition.name).join(', ') || 'none'}).`
			);
		return s;
	});
}

/**
 * The file's model and selected segments, in the order they run (each after the segments of the
 * file it refers to), and all the file's definitions: the saved segments references look in.
 */
function load(options: Options): {
	segments: InputSegment[];
	model: DataModel;
	all: SegmentDefinition[];
	zone: string;
} {
	if (!options.file) throw new BadInput(`segments ${options.command} needs a definitions file.`);
	const inputs = readInputs(options.file);
	const resolved = resolveModelAndZone(inputs, options.model);
	const model = withTables(resolved.model, options.table);
	const all = inputs.segments.map((s) => s.definition);
	const segments = runOrder(selectSegments(inputs.segments, options.segment), all);
	if (segments.length === 0) throw new BadInput(`${options.file} holds no segments.`);
	return { segments, model, all, zone: zoneOf(options, resolved.timeZone) };
}

/** Open DuckDB with a view over each needed entity's files (bad files are refused here). */
export async function openData(
	options: Options,
	model: DataModel,
	segments: InputSegment[],
	all: SegmentDefinition[] = []
): Promise<NativeDb> {
	// a segment used live is evaluated inside the statement of the one using it: its data too
	const definitions = withLiveReferences(
		segments.map((s) => s.definition),
		fileLookup(all)
	);
	const sources = resolveSources(model, neededEntities(model, definitions), options.data);
	const db = await openNative({
		...(options.threads ? { threads: options.threads } : {}),
		...(options.memoryLimit ? { memoryLimit: options.memoryLimit } : {}),
		...(options.tempDir ? { tempDirectory: options.tempDir } : {})
	});
	try {
		progress(`Reading ${sources.map((s) => `${s.entity.name} from ${s.label}`).join(', ')}`);
		await createViews(db, sources, aggregateEntities(definitions));
		return db;
	} catch (e) {
		db.close();
		throw e;
	}
}

const engineSentence = (e: unknown) => `DuckDB could not evaluate it: ${errorFirstLine(e)}`;

export async function runCommand(options: Options): Promise<number> {
	const { segments, model, all, zone } = load(options);
	const clock = clockOf(options, zone);
	const paths = outputPaths(
		options,
		segments.map((s) => s.definition.name)
	);
	if (options.engine === 'postgres')
		return report(options, clock, await runOnPostgres(options, segments, model, clock, paths, all));
	const db = await openData(options, model, segments, all);
	makeOutputFolder(paths);
	const results: SegmentResult[] = [];
	// segments others use "as of its last run" keep their members for them (segment-lookup.ts)
	const kept = lastRunTargets(all);
	const ran = new Set<string>();
	try {
		for (const [i, { definition }] of segments.entries()) {
			const started = performance.now();
			progress(`[${i + 1}/${segments.length}] ${segmentLabel(definition)}…`);
			const result = pendingResult(definition.name, segmentLabel(definition));
			const compiled = compile(definition, model, clock, undefined, runLookup(all, ran));
			if (!compiled.ok) result.problems = compiled.problems;
			else
				try {
					const c = await counts(db, compiled.sql, definition.groups.length);
					result.members = c.members;
					result.groups = c.groups;
					const path = paths.get(definition.name);
					if (path) {
						const lookup = runLookup(all, ran);
						const labels = labelColumn(definition, model, clock, compiled.sql, undefined, lookup);
						await writeMembers(
							db,
							model,
							compiled.sql,
							path,
							usableSplit(definition.split),
							labels
						);
						result.out = path;
					}
					if (kept.has(definition.name)) {
						await keepMembers(db, definition.name, compiled.sql.members);
						ran.add(definition.name);
					}
					result.status = 'ok';
				} catch (e) {
					result.problems = [engineSentence(e)];
				}
			result.seconds = (performance.now() - started) / 1000;
			results.push(result);
		}
	} finally {
		db.close();
	}
	return report(options, clock, results);
}

function report(options: Options, clock: Clock, results: SegmentResult[]): number {
	process.stdout.write(
		options.json
			? JSON.stringify({ asOf: clock.now, segments: results }, null, 2) + '\n'
			: resultsTable(results)
	);
	return results.every((r) => r.status === 'ok') ? EXIT_OK : EXIT_SEGMENT_FAILED;
}

export async function checkCommand(options: Options): Promise<number> {
	if (options.engine === 'postgres')
		throw new BadInput(
			'segments check reads files with DuckDB; to check PostgreSQL tables, run the segments with --engine postgres.'
		);
	const { segments, model, all } = load(options);
	const taken = segments.map((s) => s.definition.name);
	const segmentsOfFile = fileLookup(all);
	const report = segments.map(({ definition }) => ({
		name: definition.name,
		problems: problemLines(
			validateSegment(definition, model, {
				takenNames: taken.filter((n) => n !== definition.name),
				segments: segmentsOfFile
			})
		)
	}));
	// with --data, the files are checked against the model too (bad files are exit 2)
	if (options.data.length) (await openData(options, model, segments, all)).close();
	if (options.json) process.stdout.write(JSON.stringify({ segments: report }, null, 2) + '\n');
	else
		for (const r of report)
			process.stdout.write(
				r.problems.length
					? `${r.name}: ${r.problems.length} problem${r.problems.length > 1 ? 's' : ''}\n${r.problems.map((p) => `  - ${p}\n`).join('')}`
					: `${r.name}: ok\n`
			);
	return report.every((r) => r.problems.length === 0) ? EXIT_OK : EXIT_SEGMENT_FAILED;
}

export function sqlCommand(options: Options): number {
	const { segments, model, all, zone } = load(options);
	const clock = clockOf(options, zone);
	let failed = false;
	const out: string[] = [];
	const segmentsOfFile = fileLookup(all);
	for (const { definition } of segments) {
		const compiled = compile(definition, model, clock, DIALECTS[options.dialect], segmentsOfFile);
		if (!compiled.ok) {
			failed = true;
			for (const p of compiled.problems) process.stderr.write(`${definition.name}: ${p}\n`);
			continue;
		}
		out.push(`-- ${definition.name} (as of ${compiled.clock.now})\n${compiled.sql.members};\n`);
	}
	process.stdout.write(out.join('\n'));
	return failed ? EXIT_SEGMENT_FAILED : EXIT_OK;
}
