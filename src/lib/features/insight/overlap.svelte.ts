// State of the Overlap page: the segments picked (2–8), where members come from (latest runs or
// live), and the computed overlap, with a sentence for whatever stops it — never engine text.
import { segmentLabel } from '$lib/segments/label';
import { engine } from '$lib/engine';
import type { SegmentRecord } from '$lib/db/records';
import type { DataModel } from '$lib/segments/data-model';
import { memberSourceOf, type MembersFrom } from './member-source';
import {
	OVERLAP_MAX,
	OVERLAP_MIN,
	overlapSql,
	readOverlap,
	type MemberSource,
	type Overlap
} from '$lib/insight/overlap';

export type OverlapSource = MembersFrom;

export class OverlapState {
	picked = $state<string[]>([]);
	source = $state<OverlapSource>('run');
	result = $state<{
		overlap: Overlap;
		names: string[];
		source: OverlapSource;
		/** Where each segment's members came from, and its unique name (for the priority export). */
		sources: MemberSource[];
		keys: string[];
	} | null>(null);
	/** The priority list's order: the result's segment indexes, most important first. */
	priority = $state<number[]>([]);
	error = $state<string | null>(null);
	busy = $state(false);
	private generation = 0;

	toggle(id: string): void {
		this.picked = this.picked.includes(id)
			? this.picked.filter((p) => p !== id)
			: [...this.picked, id];
	}

	async compute(segments: SegmentRecord[], model: DataModel): Promise<void> {
		const generation = ++this.generation;
		this.error = null;
		const chosen = this.picked
			.map((id) => segments.find((s) => s.id === id))
			.filter((s): s is SegmentRecord => !!s);
		if (chosen.length < OVERLAP_MIN || chosen.length > OVERLAP_MAX) {
			this.error = `Pick ${OVERLAP_MIN} to ${OVERLAP_MAX} segments to compare.`;
			return;
		}
		const sources: MemberSource[] = [];
		const source = this.source;
		for (const s of chosen) {
			const found = memberSourceOf(s, source, model, segments);
			if (typeof found === 'string') return void (this.error = found);
			sources.push(found);
		}
		this.busy = true;
		try {
			const rows = await engine().rows(overlapSql(sources), { label: 'Comparing segments' });
			if (generation !== this.generation) return;
			this.result = {
				overlap: readOverlap(chosen.length, rows),
				names: chosen.map((s) => segmentLabel(s)),
				source,
				sources,
				keys: chosen.map((s) => s.name)
			};
			this.priority = chosen.map((_s, i) => i);
		} catch {
			if (generation === this.generation)
				this.error = 'The engine could not compare these segments. Try again in a moment.';
		} finally {
			if (generation === this.generation) this.busy = false;
		}
	}
}
