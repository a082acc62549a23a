// `segments refresh`: what a tab left open would have done, for a backup — run the segments that
// are due (by the app's own schedule rules), append each run to the history with its counts and
// who entered and left, update each segment's last success or failure and next run, and write the
// backup back (a JSON file without data, which the app restores with the trend intact). The new
// backup is checked with the app's own backup reader before it replaces anything.
import { errorFirstLine } from '../lib/error-message';
import { randomUUID } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { RunChangeRecord, RunRecord, RunTrigger, SegmentRecord } from '../lib/db/records';
import { definitionHash } from '../lib/runs/hash';
import { RUNS_WITH_KEYS } from '../lib/runs/retention';
import { inputsFingerprint } from '../lib/runs/retry';
import { dueSegments } from '../lib/runs/schedule';
import { serializeBackup } from '../lib/sharing/backup';
import { readBackupDocument, type BackupDocument } from '../lib/sharing/backup-format';
import { openData } from './commands';
import { BadInput, EXIT_OK, EXIT_SEGMENT_FAILED } from './errors';
import { compile, counts } from './evaluate';
import { segmentLabel } from '../lib/segments/label';
import { backupTimeZone, readInputs, resolveModel } from './inputs';
import { clockOf, zoneOf, type Options } from './options';
import { progress, resultsTable, type SegmentResult } from './report';
import { MemberLists } from './snapshots';
import { dependencyOrder, lookupOf } from '../lib/segments/dependencies';
import { keepMembers, lastRunTargets, runLookup } from './segment-lookup';

/** The backup's segments, and which of them ran earlier in this refresh (for "as of its last run"). */
interface Refs {
	all: SegmentRecord['definition'][];
	ran: Set<string>;
	kept: Set<string>;
}

const iso = (d: Date) => d.toISOString();

function nextRunAfter(segment: SegmentRecord, from: Date): string | null {
	if (segment.definition.type !== 'dynamic' || segment.state !== 'active') return null;
	return iso(new Date(from.getTime() + segment.definition.refreshIntervalMinutes * 60_000));
}

export async function refreshCommand(options: Options): Promise<number> {
	if (!options.file) throw new BadInput('segments refresh needs the backup to refresh.');
	if (!options.out)
		throw new BadInput(
			'segments refresh needs --out <backup.json>: where the refreshed backup goes.'
		);
	if (!/\.json$/i.test(options.out))
		throw new BadInput(
			`--out ${options.out}: the refreshed backup is a JSON file (without data); give a name ending in .json.`
		);
	const inputs = readInputs(options.file);
	if (!inputs.backup)
		throw new BadInput(
			`${options.file} is not a workspace backup; refresh adds runs to a backup’s history (Sharing → “Back up and restore”).`
		);
	const model = resolveModel(inputs, undefined);
	const document: BackupDocument = structuredClone(inputs.backup);
	const tables = document.tables;
	const now = new Date();
	let due: { segment: SegmentRecord; trigger: RunTrigger }[] = options.all
		? tables.segments
				.filter((s) => s.state === 'active')
				.map((segment) => ({ segment, trigger: 'manual' }))
		: dueSegments(tables.segments, now.getTime(), { model });
	if (options.segment.length) due = due.filter((d) => options.segment.includes(d.segment.name));
	// each after the segments it refers to
	const all = tables.segments.map((s) => s.definition);
	const order = dependencyOrder(
		due.map((d) => d.segment.name),
		lookupOf(all)
	);
	due = order.map((n) => due.find((d) => d.segment.name === n)!);
	const refs: Refs = { all, ran: new Set(), kept: lastRunTargets(all) };

	// beside the refreshed backup; the lists of the backup it came from are compared with too
	const lists = new MemberLists(options.state ?? `${options.out}.members`, [
		`${options.file}.members`
	]);
	const results: SegmentResult[] = [];
	if (due.length) {
		const db = await openData(
			options,
			model,
			due.map((d) => ({ definition: d.segment.definition })),
			all
		);
		try {
			for (const [i, { segment, trigger }] of due.entries()) {
				progress(`[${i + 1}/${due.length}] ${segmentLabel(segment.definition)}…`);
				results.push(await refreshOne(options, document, segment, trigger, model, db, lists, refs));
			}
		} catch (e) {
			lists.discard();
			throw e;
		} finally {
			db.close();
		}
	} else progress('No segment is due.');

	pruneChanges(tables);
	document.exportedAt = iso(now);
	document.data = null; // a JSON backup carries no data
	const text = serializeBackup(document);
	const check = readBackupDocument(JSON.parse(text));
	if (!check.ok) {
		lists.discard();
		throw new Error(`the refreshed backup would not restore: ${check.problems[0]!.message}`);
	}
	const tmp = `${options.out}.partial-${process.pid}`;
	try {
		writeFileSync(tmp, text);
		lists.commit();
		renameSync(tmp, options.out);
	} finally {
		rmSync(tmp, { force: true });
	}
	process.stdout.write(
		options.json
			? JSON.stringify({ segments: results }, null, 2) + '\n'
			: resultsTable(results, true)
	);
	return results.every((r) => r.status === 'ok') ? EXIT_OK : EXIT_SEGMENT_FAILED;
}

async function refreshOne(
	options: Options,
	document: BackupDocument,
	segment: SegmentRecord,
	trigger: RunTrigger,
	model: ReturnType<typeof resolveModel>,
	db: Awaited<ReturnType<typeof openData>>,
	lists: MemberLists,
	refs: Refs
): Promise<SegmentResult> {
	const { tables } = document;
	const started = new Date();
	const clock = clockOf(options, zoneOf(options, backupTimeZone(document)), started);
	const compiled = compile(
		segment.definition,
		model,
		clock,
		undefined,
		runLookup(refs.all, refs.ran, (name) => {
			// not refreshed in this command: its last successful run's list, when one is kept
			const referred = tables.segments.find((s) => s.name === name);
			const last = referred?.lastSuccess?.runId;
			return referred && last ? lists.keptList(referred.id, last) : null;
		})
	);
	const run: RunRecord = {
		id: randomUUID(),
		segmentId: segment.id,
		revision: segment.revision,
		definitionHash: await definitionHash(segment.definition),
		asOf: compiled.ok ? compiled.clock.now : clock.now,
		startedAt: iso(started),
		finishedAt: null,
		durationMs: null,
		status: 'running',
		trigger,
		members: null,
		groupCounts: [],
		entered: null,
		left: null,
		error: null,
		tabId: 'cli'
	};
	const result: SegmentResult = {
		name: segment.name,
		displayName: segmentLabel(segment.definition),
		status: 'failed',
		members: null,
		groups: [],
		seconds: 0,
		out: null,
		problems: []
	};
	try {
		if (!compiled.ok) throw new Error(compiled.problems.join(' '));
		const c = await counts(db, compiled.sql, segment.definition.groups.length);
		const diff = await lists.diff(
			db,
			segment.id,
			run.id,
			segment.lastSuccess?.runId ?? null,
			compiled.sql.members
		);
		if (refs.kept.has(segment.name)) {
			await keepMembers(db, segment.name, compiled.sql.members);
			refs.ran.add(segment.name);
		}
		const finished = new Date();
		Object.assign(run, {
			status: 'succeeded',
			finishedAt: iso(finished),
			durationMs: finished.getTime() - started.getTime(),
			members: diff.members,
			groupCounts: c.groups,
			entered: diff.entered,
			left: diff.left
		});
		tables.runs.push(run);
		if (diff.previous) {
			const change: RunChangeRecord = {
				runId: run.id,
				segmentId: segment.id,
				entered: diff.enteredKeys,
				left: diff.leftKeys,
				truncated:
					(diff.entered ?? 0) > diff.enteredKeys.length || (diff.left ?? 0) > diff.leftKeys.length
			};
			tables.runChanges.push(change);
		}
		Object.assign(segment, {
			...(segment.definition.type === 'static' && segment.state === 'inactive'
				? { state: 'active' }
				: {}),
			lastSuccess: {
				runId: run.id,
				at: run.finishedAt,
				members: diff.members,
				groupCounts: c.groups
			},
			lastFailure: null,
			dataChangedAt: null,
			nextRunAt: nextRunAfter(segment, finished)
		});
		Object.assign(result, {
			status: 'ok',
			members: diff.members,
			groups: c.groups,
			entered: diff.entered,
			left: diff.left
		});
	} catch (e) {
		const finished = new Date();
		const error = compiled.ok
			? `DuckDB could not evaluate it: ${errorFirstLine(e)}`
			: (e as Error).message;
		const recordedId = recordFailure(tables.runs, {
			...run,
			status: 'failed',
			finishedAt: iso(finished),
			durationMs: finished.getTime() - started.getTime(),
			error
		});
		const before = segment.lastFailure;
		// it would fail the same way until the definition, the model or the data change
		segment.lastFailure = {
			runId: recordedId,
			at: iso(finished),
			error,
			kind: 'permanent',
			attempts: before && before.kind === 'permanent' ? (before.attempts ?? 1) + 1 : 1,
			inputs: inputsFingerprint(segment.definition, model)
		};
		segment.nextRunAt = null;
		result.problems = [error];
	}
	result.seconds = (Date.now() - started.getTime()) / 1000;
	return result;
}

/** A failure repeating the segment's previous failed run is counted on that entry (as the app does). */
function recordFailure(runs: RunRecord[], failed: RunRecord): string {
	const previous = runs
		.filter((r) => r.segmentId === failed.segmentId && r.status !== 'running')
		.sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1))
		.at(-1);
	if (!previous || previous.status !== 'failed' || previous.error !== failed.error) {
		runs.push(failed);
		return failed.id;
	}
	previous.repeat = { count: (previous.repeat?.count ?? 1) + 1, lastAt: failed.finishedAt! };
	return previous.id;
}

/** Keep the member keys of each segment's latest RUNS_WITH_KEYS runs (runs/retention.ts). */
function pruneChanges(tables: BackupDocument['tables']): void {
	const startedAt = new Map(tables.runs.map((r) => [r.id, r.startedAt]));
	const bySegment = new Map<string, RunChangeRecord[]>();
	for (const c of tables.runChanges) {
		if (!startedAt.has(c.runId)) continue;
		bySegment.set(c.segmentId, [...(bySegment.get(c.segmentId) ?? []), c]);
	}
	tables.runChanges = [...bySegment.values()].flatMap((changes) =>
		changes
			.sort((a, b) => (startedAt.get(a.runId)! < startedAt.get(b.runId)! ? 1 : -1))
			.slice(0, RUNS_WITH_KEYS)
	);
}
