// State of a segment's back-filled trend: the grain and number of past dates the user picked, the
// sizes computed as of each (one read-only statement in the engine), what used today's values,
// and a sentence for whatever stops it — never engine text. Kept while the page is open.
import { engine } from '$lib/engine';
import type { DataModel } from '$lib/segments/data-model';
import type { SegmentDefinition } from '$lib/segments/definition';
import { clockFromDate } from '$lib/segments/dates';
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
	private generation = 0;

	constructor(private readonly segmentId: string) {}

	async compute(definition: SegmentDefinition, model: DataModel): Promise<void> {
		const generation = ++this.generation;
		this.error = null;
		const dates = backfillDates(clockFromDate(new Date()).today, this.grain, this.points);
		const plan = backfillPlan(definition, model, dates);
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
		} catch {
			if (generation === this.generation)
				this.error =
					'The past sizes could not be computed: the data this segment reads may be missing. Try again in a moment.';
		} finally {
			if (generation === this.generation) this.busy = false;
		}
	}

	clear(): void {
		this.generation++;
		this.result = null;
		this.currentValueUsed = [];
		this.error = null;
		this.busy = false;
	}
}
