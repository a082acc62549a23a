// The refresh scheduler. It runs in one tab only — the tab whose engine client is the leader —
// refreshes due dynamic segments one after another at background priority (interactive queries
// go first), wakes at the next due time (and at least every minute), and catches up when a tab
// becomes visible or takes over. Runs abandoned by a closed leader are closed as interrupted, so
// their segments are simply due again: nothing is lost and nothing runs twice. A run that fails is
// retried by the policy in retry.ts (recorded on the segment); a run that could not even be
// recorded (storage full) is held back here, with the same back-off.
import { segmentLabel } from '../segments/label';
import { liveQuery } from 'dexie';
import type { SegmentsDatabase } from '../db/schema';
import type { RunRecord, RunTrigger, SegmentRecord } from '../db/records';
import { loadDataModel } from '../db/model-store';
import type { DataModel } from '../segments/data-model';
import { activateReadyDrafts, readyDrafts } from './ready-drafts';
import { dueSegments, isAbandoned, nextWake, type ScheduleContext } from './schedule';
import { backoffMs } from './retry';

export interface SchedulerDeps {
	db: SegmentsDatabase;
	tabId: string;
	now: () => number;
	run: (segmentId: string, trigger: RunTrigger, signal: AbortSignal) => Promise<RunRecord>;
	/** Whether this tab may run refreshes now (the engine leader). */
	isLeader: () => boolean;
	/** Names of the Web Locks held right now, in any tab. */
	heldLocks: () => Promise<Set<string>>;
}

export interface SchedulerState {
	running: { segmentId: string; name: string } | null;
	queued: { segmentId: string; name: string }[];
}

export class Scheduler {
	private timer: ReturnType<typeof setTimeout> | null = null;
	private segments: SegmentRecord[] = [];
	private model: DataModel | undefined;
	/** Segments whose run threw (nothing recorded): not before this time, and how often in a row. */
	private held = new Map<string, { until: number; attempts: number }>();
	private subscription: { unsubscribe(): void } | null = null;
	private ticking = false;
	private again = false;
	private controller: AbortController | null = null;
	private listeners = new Set<(s: SchedulerState) => void>();
	state: SchedulerState = { running: null, queued: [] };
	private stopped = false;
	private started = false;

	constructor(private readonly deps: SchedulerDeps) {}

	on(listener: (s: SchedulerState) => void): () => void {
		this.listeners.add(listener);
		listener(this.state);
		return () => this.listeners.delete(listener);
	}

	private set(state: SchedulerState): void {
		this.state = state;
		for (const l of this.listeners) l(state);
	}

	start(): void {
		if (this.started) return;
		this.started = true;
		this.stopped = false;
		// the model too: a segment that failed for good is due again when the model changes
		const db = this.deps.db;
		this.subscription = liveQuery(() =>
			Promise.all([db.segments.toArray(), loadDataModel(db)])
		).subscribe({
			next: ([segments, model]) => {
				this.segments = segments;
				this.model = model;
				// a draft whose problems went away (its referred segment ran, …) becomes active
				if (readyDrafts(segments, model).length)
					void activateReadyDrafts(db, model, new Date(this.deps.now())).catch(() => {});
				this.schedule();
			},
			error: () => this.schedule()
		});
	}

	stop(): void {
		this.stopped = true;
		this.started = false;
		this.subscription?.unsubscribe();
		this.subscription = null;
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		this.controller?.abort();
	}

	/** Look now (on start, when the tab becomes visible, after taking over). */
	poke(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		void this.tick();
	}

	/** Cancel the refresh that is running. */
	cancelCurrent(): void {
		this.controller?.abort();
	}

	private context(model = this.model): ScheduleContext {
		const heldUntil = new Map([...this.held].map(([id, h]) => [id, h.until]));
		return { ...(model ? { model } : {}), heldUntil, segments: this.segments };
	}

	private schedule(): void {
		if (this.stopped || !this.started) return;
		if (this.timer) clearTimeout(this.timer);
		const wait = nextWake(this.segments, this.deps.now(), 60_000, this.context());
		this.timer = setTimeout(() => void this.tick(), wait);
		if (wait === 0) return;
		// due already? look without waiting for the timer
		if (dueSegments(this.segments, this.deps.now(), this.context()).length) void this.tick();
	}

	async tick(): Promise<void> {
		if (this.stopped || !this.deps.isLeader()) return;
		if (this.ticking) {
			this.again = true;
			return;
		}
		this.ticking = true;
		try {
			await this.closeAbandonedRuns();
			for (;;) {
				this.again = false;
				const segments = await this.deps.db.segments.toArray();
				const model = await loadDataModel(this.deps.db);
				const due = dueSegments(segments, this.deps.now(), this.context(model));
				if (due.length === 0 || this.stopped || !this.deps.isLeader()) break;
				const names = due.map((d) => ({
					segmentId: d.segment.id,
					name: segmentLabel(d.segment)
				}));
				for (let i = 0; i < due.length; i++) {
					const d = due[i]!;
					if (this.stopped || !this.deps.isLeader()) break;
					// re-read: another change may have made it not due (deactivated, edited, deleted)
					const fresh = await this.deps.db.segments.get(d.segment.id);
					if (!fresh || !dueSegments([fresh], this.deps.now(), this.context(model)).length)
						continue;
					this.set({ running: names[i]!, queued: names.slice(i + 1) });
					this.controller = new AbortController();
					try {
						await this.deps.run(d.segment.id, d.trigger, this.controller.signal);
						this.held.delete(d.segment.id);
					} catch {
						// runSegment records its own failures; a throw means nothing could be recorded
						// (storage full) or the segment vanished: wait before trying again
						const attempts = (this.held.get(d.segment.id)?.attempts ?? 0) + 1;
						const wait = backoffMs(attempts, fresh.definition.refreshIntervalMinutes);
						this.held.set(d.segment.id, { until: this.deps.now() + wait, attempts });
					}
				}
				this.set({ running: null, queued: [] });
				if (!this.again) break;
			}
		} catch {
			// the database could not be read (closing, or a failed read): nothing ran; the next
			// wake looks again. Never an unhandled rejection from `void this.tick()`.
		} finally {
			this.ticking = false;
			this.controller = null;
			this.set({ running: null, queued: [] });
			this.schedule();
		}
	}

	/** A run still "running" but started by another (closed) tab, or long ago: it was interrupted. */
	private async closeAbandonedRuns(): Promise<void> {
		const now = this.deps.now();
		const running = await this.deps.db.runs.where('status').equals('running').toArray();
		if (!running.length) return;
		const held = await this.deps.heldLocks();
		const abandoned = running.filter((r) => isAbandoned(r, held));
		if (!abandoned.length) return;
		await this.deps.db.runs.bulkPut(
			abandoned.map((r) => ({
				...r,
				status: 'failed' as const,
				finishedAt: new Date(now).toISOString(),
				error: 'Interrupted: the tab running this segment was closed or crashed. It runs again now.'
			}))
		);
	}
}
