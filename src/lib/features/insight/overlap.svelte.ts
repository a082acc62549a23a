// State of the Overlap page: the segments picked (2–8), where members come from (latest runs or
// live), and the computed overlap, with a sentence for whatever stops it — never engine text.
import { segmentLabel } from '$lib/segments/label';
import { engine } from '$lib/engine';
import type { SegmentRecord } from '$lib/db/records';
import type { DataModel } from '$lib/segments/data-model';
import { memberSourceOf, type MembersFrom } from './member-source';
import { database } from '$lib/db/schema';
import {
	deletePriorityList,
	loadPriorityLists,
	savePriorityList,
	type PriorityListRecord
} from '$lib/db/priority-lists-store';
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
		ids: string[];
	} | null>(null);
	/** The priority list's order: the result's segment indexes, most important first. */
	priority = $state<number[]>([]);
	error = $state<string | null>(null);
	busy = $state(false);
	private generation = 0;

	/** The saved priority lists (db/priority-lists-store.ts). */
	saved = $state<PriorityListRecord[]>([]);
	/** A sentence about the list opened last (a segment of it no longer exists), or null. */
	opened = $state<string | null>(null);

	async loadSaved(): Promise<void> {
		this.saved = await loadPriorityLists(database());
	}

	/** Save the current comparison, in the priority order shown, under `name`. */
	async saveList(name: string): Promise<PriorityListRecord> {
		const result = this.result;
		if (!result) throw new Error('Compare the segments first.');
		const saved = await savePriorityList(database(), {
			name,
			segmentIds: this.priority.map((i) => result.ids[i] as string),
			source: result.source
		});
		await this.loadSaved();
		return saved;
	}

	/** Pick a saved list's segments in its order and compare them. */
	async openList(id: string, segments: SegmentRecord[], model: DataModel): Promise<void> {
		const list = this.saved.find((l) => l.id === id);
		if (!list) return;
		const present = list.segmentIds.filter((sid) => segments.some((s) => s.id === sid));
		const gone = list.segmentIds.length - present.length;
		this.opened =
			gone === 0
				? null
				: `${gone} ${gone === 1 ? 'segment' : 'segments'} of “${list.name}” no longer ${gone === 1 ? 'exists' : 'exist'}; the others keep their order.`;
		this.picked = present;
		this.source = list.source;
		await this.compute(segments, model);
	}

	async deleteList(id: string): Promise<void> {
		await deletePriorityList(database(), id);
		await this.loadSaved();
	}

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
				keys: chosen.map((s) => s.name),
				ids: chosen.map((s) => s.id)
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
