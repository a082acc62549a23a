// Running a segment once: a run. It evaluates the definition on the current data (relative dates
// at the as-of moment), records member and per-group counts, who entered and who left since the
// previous successful run, and the outcome. A failed run is recorded with its reason and never
// erases the last good count.
import { segmentLabel } from '../segments/label';
import { errorMessage } from '../error-message';
import type { EngineClient, RequestOptions } from '../engine/client';
import { EngineError } from '../engine/errors';
import type { SegmentsDatabase } from '../db/schema';
import { newId } from '../db/schema';
import { loadDataModel } from '../db/model-store';
import type { RunRecord, RunTrigger, SegmentRecord } from '../db/records';
import { compileLabels, compileSegment } from '../segments/compile';
import { SNAPSHOT_KEYS } from '../engine/protocol';
import { effectiveClock } from '../segments/dates';
import { workspaceClock } from '../db/time-zone-store';
import { definitionHash } from './hash';
import { dependencyFingerprint, segmentLookup } from './segment-lookup';
import { KEYS_PER_LIST, RUNS_WITH_KEYS } from './retention';
import { isRefresh, runLockName } from './schedule';
import { isStorageFull } from '../db/faults';
import type { DataModel } from '../segments/data-model';
import { UnrunnableError, backoffMs, classifyFailure, inputsFingerprint } from './retry';
import { entitiesWithoutData, withoutDataMessage } from './missing-data';

/** The run's result could not be stored (the browser's storage is full); nothing was changed. */
export class RunNotSavedError extends Error {
	constructor(segmentName: string) {
		super(
			`The browser's storage is full, so the run of “${segmentName}” could not be saved. Its previous count is kept. Free some space (delete unused entities or old segments) and it will run again.`
		);
		this.name = 'RunNotSavedError';
	}
}

export interface RunContext {
	db: SegmentsDatabase;
	engine: EngineClient;
	/** Which tab runs it (diagnostics, and the two-tab tests). */
	tabId: string;
	now?: () => Date;
}

export interface RunOptions {
	trigger: RunTrigger;
	priority?: RequestOptions['priority'];
	signal?: AbortSignal;
}

const iso = (d: Date) => d.toISOString();

export function nextRunAfter(segment: SegmentRecord, from: Date): string | null {
	if (segment.definition.type !== 'dynamic' || segment.state !== 'active') return null;
	return iso(new Date(from.getTime() + segment.definition.refreshIntervalMinutes * 60_000));
}

export async function runSegment(
	ctx: RunContext,
	segmentId: string,
	options: RunOptions
): Promise<RunRecord> {
	const now = ctx.now ?? (() => new Date());
	const { db } = ctx;
	const segment = await db.segments.get(segmentId);
	if (!segment) throw new Error('This segment no longer exists.');
	const started = now();
	const clock = effectiveClock(segment.definition, workspaceClock(started));
	const run: RunRecord = {
		id: newId(),
		segmentId,
		revision: segment.revision,
		definitionHash: await definitionHash(segment.definition),
		asOf: clock.now,
		startedAt: iso(started),
		finishedAt: null,
		durationMs: null,
		status: 'running',
		trigger: options.trigger,
		members: null,
		groupCounts: [],
		entered: null,
		left: null,
		error: null,
		tabId: ctx.tabId
	};
	// the lock is taken before the run is written, so no other tab ever sees it unlocked
	try {
		return await holdingRunLock(run.id, async () => {
			await db.runs.add(run);
			return execute(ctx, segment, run, options, started);
		});
	} catch (e) {
		if (isStorageFull(e)) throw new RunNotSavedError(segmentLabel(segment));
		throw e;
	}
}

/** Hold a Web Lock for the run's lifetime, so other tabs can tell it is still in progress. */
function holdingRunLock<T>(runId: string, f: () => Promise<T>): Promise<T> {
	if (typeof navigator === 'undefined' || !('locks' in navigator)) return f();
	return navigator.locks.request(runLockName(runId), f) as Promise<T>;
}

/** A sentence when the run failed because data it reads is not in this browser; null otherwise. */
async function withoutData(
	engine: EngineClient,
	segment: SegmentRecord,
	model: DataModel
): Promise<string | null> {
	const names = await entitiesWithoutData(engine, segment.definition, model).catch(() => []);
	return names.length ? withoutDataMessage(names) : null;
}

async function execute(
	ctx: RunContext,
	segment: SegmentRecord,
	run: RunRecord,
	options: RunOptions,
	started: Date
): Promise<RunRecord> {
	const now = ctx.now ?? (() => new Date());
	const { db, engine } = ctx;
	const segmentId = segment.id;
	const clock = { today: run.asOf.slice(0, 10), now: run.asOf };
	const title = segmentLabel(segment);
	const label = `${isRefresh(options.trigger) ? 'Refreshing' : 'Running'} ${title}`;
	const request: RequestOptions = {
		priority: options.priority ?? 'background',
		label,
		...(options.signal ? { signal: options.signal } : {})
	};
	let model: DataModel | null = null;
	try {
		model = await loadDataModel(db);
		// the segments it refers to as they are now (a dependency refreshed just before counts)
		const segments = segmentLookup(await db.segments.toArray());
		const compiled = compileSegment(segment.definition, model, clock, { segments });
		if (!compiled.ok) {
			throw new UnrunnableError(compiled.problems.map((p) => p.message).join(' '));
		}
		// each member's label, read from the run's own keys as the engine keeps them
		const labels = compileLabels(segment.definition, model, clock, SNAPSHOT_KEYS, { segments });
		if (labels && !labels.ok)
			throw new UnrunnableError(labels.problems.map((p) => p.message).join(' '));
		const [live] = await engine.rows(compiled.sql.live, request);
		const groupCounts = segment.definition.groups.map((_g, i) => Number(live?.[`g${i}`] ?? 0));
		const diff = await engine.snapshotDiff(
			segment.id,
			compiled.sql.members,
			KEYS_PER_LIST,
			request,
			// compared with the last run on record, even if a later one was kept but never recorded
			{ runId: run.id, basedOn: segment.lastSuccess?.runId ?? null },
			labels?.sql
		);
		const finished = now();
		const done: RunRecord = {
			...run,
			status: 'succeeded',
			finishedAt: iso(finished),
			durationMs: finished.getTime() - started.getTime(),
			members: diff.members,
			groupCounts,
			entered: diff.entered,
			left: diff.left
		};
		await db.transaction('rw', db.runs, db.runChanges, db.segments, async () => {
			await db.runs.put(done);
			if (diff.previous) {
				await db.runChanges.put({
					runId: run.id,
					segmentId,
					entered: diff.enteredKeys,
					left: diff.leftKeys,
					truncated:
						(diff.entered ?? 0) > diff.enteredKeys.length || (diff.left ?? 0) > diff.leftKeys.length
				});
			}
			await pruneChanges(db, segmentId);
			const current = await db.segments.get(segmentId);
			if (current) {
				await db.segments.update(segmentId, {
					// a static segment that has run is active (records.ts SegmentState)
					...(current.definition.type === 'static' && current.state === 'inactive'
						? { state: 'active' as const }
						: {}),
					lastSuccess: { runId: run.id, at: done.finishedAt!, members: diff.members, groupCounts },
					lastFailure: null,
					dataChangedAt: null,
					nextRunAt: nextRunAfter(current, finished)
				});
			}
		});
		return done;
	} catch (e) {
		const finished = now();
		const cancelled =
			e instanceof EngineError && (e.code === 'cancelled' || e.code === 'superseded');
		const seen = model ?? (await loadDataModel(db).catch(() => null));
		const message =
			(!cancelled && seen && (await withoutData(engine, segment, seen))) || errorMessage(e);
		const all = await db.segments.toArray().catch(() => []);
		const dependencies = dependencyFingerprint(segment.definition, all);
		const inputs = seen ? inputsFingerprint(segment.definition, seen, dependencies) : undefined;
		// without a fingerprint nobody could tell when the inputs change: back off instead
		const kind = inputs ? classifyFailure(e) : 'transient';
		const failed: RunRecord = {
			...run,
			status: cancelled ? 'cancelled' : 'failed',
			finishedAt: iso(finished),
			durationMs: finished.getTime() - started.getTime(),
			error: cancelled ? 'Cancelled.' : message
		};
		let recorded = failed;
		await db.transaction('rw', db.runs, db.segments, async () => {
			recorded = await recordFailure(db, failed);
			const current = await db.segments.get(segmentId);
			if (!current) return;
			const before = current.lastFailure;
			const attempts =
				before && (before.kind ?? 'transient') === kind ? (before.attempts ?? 1) + 1 : 1;
			// permanent: not scheduled until the inputs change (runs/schedule.ts); transient: back off
			const retryAt =
				kind === 'permanent' || !nextRunAfter(current, finished)
					? null
					: iso(
							new Date(
								finished.getTime() + backoffMs(attempts, current.definition.refreshIntervalMinutes)
							)
						);
			if (cancelled) {
				await db.segments.update(segmentId, { nextRunAt: retryAt });
				return;
			}
			await db.segments.update(segmentId, {
				lastFailure: {
					runId: recorded.id,
					at: failed.finishedAt!,
					error: message,
					kind,
					attempts,
					...(inputs ? { inputs } : {})
				},
				nextRunAt: retryAt
			});
		});
		return recorded;
	}
}

/**
 * Store a finished failed run. When the segment's previous run failed with the same error, that
 * entry counts one more instead, so a failure repeated all night is one line of history.
 */
async function recordFailure(db: SegmentsDatabase, failed: RunRecord): Promise<RunRecord> {
	const previous = await db.runs
		.where('[segmentId+startedAt]')
		.between([failed.segmentId, ''], [failed.segmentId, '\uffff'])
		.reverse()
		.filter((r) => r.id !== failed.id && r.status !== 'running')
		.first();
	if (
		failed.status !== 'failed' ||
		!previous ||
		previous.status !== 'failed' ||
		previous.error !== failed.error
	) {
		await db.runs.put(failed);
		return failed;
	}
	const merged: RunRecord = {
		...previous,
		repeat: { count: (previous.repeat?.count ?? 1) + 1, lastAt: failed.finishedAt! }
	};
	await db.runs.put(merged);
	await db.runs.delete(failed.id);
	return { ...failed, id: previous.id, repeat: merged.repeat };
}

/** Keep the member keys of the latest RUNS_WITH_KEYS runs of a segment. */
async function pruneChanges(db: SegmentsDatabase, segmentId: string): Promise<void> {
	const withKeys = await db.runChanges.where('segmentId').equals(segmentId).primaryKeys();
	if (withKeys.length <= RUNS_WITH_KEYS) return;
	const runs = await db.runs.bulkGet(withKeys);
	const ordered = runs
		.filter((r): r is RunRecord => Boolean(r))
		.sort((a, b) => (a.startedAt < b.startedAt ? 1 : -1));
	const drop = ordered.slice(RUNS_WITH_KEYS).map((r) => r.id);
	const orphans = withKeys.filter((k, i) => !runs[i]);
	await db.runChanges.bulkDelete([...drop, ...orphans]);
}
