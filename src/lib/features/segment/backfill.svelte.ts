// State of a segment's back-filled trend: the grain and number of past dates the user picked, the
// sizes computed as of each (one read-only statement in the engine), what used today's values,
// and a sentence for whatever stops it — never engine text. Kept across reloads (db/backfill-store)
// and shown again while what they were computed from is unchanged.
import { engine } from '$lib/engine';
import { dropBackfill, loadBackfill, saveBackfill } from '$lib/db/backfill-store';
import { inputsFingerprint } from '$lib/runs/retry';
import type { DataModel } from '$lib/segments/data-model';
import type { SegmentDefinition } from '$lib/segments/definition';
import type { SegmentLookup } from '$lib/segments/dependencies';
import { workspaceClock, workspaceTimeZone } from '$lib/db/time-zone-store';
import {
	backfillDates,
	backfillPlan,
	readBackfill,
	type BackfillGrain,
	type BackfillPoint
} from '$lib/insight/backfill';

export const GRAIN_LABEL: Record<BackfillGrain, string> = {
	day: 'Daily',
	week: 'Weekly',
	month: 'Monthly'
};

export class Backfill {
	grain = $state<BackfillGrain>('month');
	points = $state(12);
	result = $state.raw<BackfillPoint[] | null>(null);
	currentValueUsed = $state.raw<string[]>([]);
	busy = $state(false);
	error = $state<string | null>(null);
	/** When the shown sizes were computed (ISO), for "computed 2 days ago". */
	computedAt = $state<string | null>(null);
	private generation = 0;
	private restored: string | null = null;

	constructor(private readonly segmentId: string) {}

	/**
	 * Shows the past sizes kept from an earlier visit, when they were computed from this definition
	 * and this data (once per fingerprint; never over sizes being computed or shown).
	 */
	async restore(definition: SegmentDefinition, model: DataModel): Promise<void> {
		const inputs = inputsFingerprint(definition, model);
		if (this.restored === inputs || this.busy || this.result) return;
		this.restored = inputs;
		const generation = this.generation;
		const stored = await loadBackfill(this.segmentId).catch(() => null);
		if (!stored || stored.inputs !== inputs || generation !== this.generation || this.result)
			return;
		this.grain = stored.grain;
		this.points = stored.points;
		this.result = stored.result;
		this.currentValueUsed = stored.currentValueUsed;
		this.computedAt = stored.computedAt;
	}

	async compute(
		definition: SegmentDefinition,
		model: DataModel,
		segments?: SegmentLookup
	): Promise<void> {
		const generation = ++this.generation;
		this.error = null;
		const dates = backfillDates(workspaceClock().today, this.grain, this.points);
		const plan = backfillPlan(definition, model, dates, segments, workspaceTimeZone());
		if (!plan.ok) {
			this.result = null;
			return void (this.error = plan.message);
		}
		this.busy = true;
		try {
			const rows = await engine().differences(plan.sql, {
				key: `backfill:${this.segmentId}`,
				label: `Computing ${dates.length} past sizes`,
				priority: 'interactive'
			});
			if (generation !== this.generation) return;
			this.result = readBackfill(dates, rows);
			this.currentValueUsed = plan.currentValueUsed;
			this.computedAt = new Date().toISOString();
			// kept for the next visit; a full disk only loses that
			await saveBackfill(this.segmentId, {
				grain: this.grain,
				points: this.points,
				result: this.result,
				currentValueUsed: this.currentValueUsed,
				inputs: inputsFingerprint(definition, model),
				computedAt: this.computedAt
			}).catch(() => undefined);
		} catch {
			if (generation === this.generation)
				this.error =
					'The past sizes could not be computed: the data this segment reads may be missing. Try again in a moment.';
		} finally {
			if (generation === this.generation) this.busy = false;
		}
	}

	/** Hides the past sizes and forgets them (the next visit shows none). */
	clear(): void {
		this.generation++;
		this.result = null;
		this.currentValueUsed = [];
		this.error = null;
		this.busy = false;
		this.computedAt = null;
		void dropBackfill(this.segmentId).catch(() => undefined);
	}
}
