// Member counts while the user edits: the segment's and each group's. Edits are debounced; a newer
// request supersedes the one before it (queued ones are dropped, a running one is cancelled), and a
// number is only shown as current when it was computed for exactly the definition on screen.
import { errorMessage } from '$lib/error-message';
import { engine, EngineError } from '$lib/engine';
import { effectiveClock } from '$lib/segments/dates';
import { workspaceClock } from '$lib/db/time-zone-store';
import type { SegmentDefinition } from '$lib/segments/definition';
import type { SegmentLookup } from '$lib/segments/dependencies';
import type { DataModel } from '$lib/segments/data-model';
import { stableStringify } from '$lib/runs/hash';
import { usableSplit } from '$lib/segments/split';
import { usableLabels } from '$lib/segments/labels';
import { countLive, type LiveNumbers } from './live-count-query';

export const LIVE_COUNT_DEBOUNCE_MS = 250;

export class LiveCounts {
	total = $state<number | null>(null);
	groups = $state<(number | null)[]>([]);
	/** Members per part when the segment is split (and complete); null otherwise. */
	parts = $state<{ part: string; members: number }[] | null>(null);
	/** Members per label and per rule when the segment has labels (and is complete). */
	labels = $state<LiveNumbers['labels']>(null);
	/** The definition fingerprint the numbers above belong to. */
	countedFor = $state('');
	/** The fingerprint of what is on screen now. */
	wanted = $state('');
	pending = $state(false);
	error = $state<string | null>(null);
	/** ms from the last edit to the numbers, for the curious (and the benchmark). */
	latencyMs = $state<number | null>(null);
	/** How the numbers were counted (see live-count-query.ts). */
	path = $state<LiveNumbers['path'] | null>(null);
	private timer: ReturnType<typeof setTimeout> | null = null;
	private generation = 0;
	private readonly key = `live-count-${crypto.randomUUID()}`;

	get current(): boolean {
		return this.countedFor === this.wanted && !this.pending;
	}

	/** Everything that changes counts: the groups and the as-of moment (not names or texts). */
	static fingerprint(definition: SegmentDefinition, model: DataModel): string {
		return stableStringify({
			groups: definition.groups,
			asOf: definition.asOf,
			split: usableSplit(definition.split) ?? null,
			labels: usableLabels(definition.labels) ?? null,
			model
		});
	}

	/**
	 * `segments` finds the segments the definition refers to; `dependencies` fingerprints them
	 * (runs/segment-lookup.ts dependencyFingerprint), so their edits and runs count as changes.
	 */
	schedule(
		definition: SegmentDefinition,
		model: DataModel,
		segments?: SegmentLookup,
		dependencies = ''
	): void {
		const wanted = LiveCounts.fingerprint(definition, model) + dependencies;
		if (wanted === this.wanted && (this.pending || this.countedFor === wanted)) return;
		this.wanted = wanted;
		this.pending = true;
		const editedAt = performance.now();
		if (this.timer) clearTimeout(this.timer);
		const snapshot = structuredClone($state.snapshot(definition)) as SegmentDefinition;
		this.timer = setTimeout(
			() => void this.count(snapshot, model, wanted, editedAt, segments),
			LIVE_COUNT_DEBOUNCE_MS
		);
	}

	/** Count now (no debounce); used by schedule and by the benchmark. */
	async count(
		definition: SegmentDefinition,
		model: DataModel,
		wanted: string,
		editedAt = performance.now(),
		segments?: SegmentLookup
	): Promise<void> {
		const generation = ++this.generation;
		const clock = effectiveClock(definition, workspaceClock());
		try {
			const counted = await countLive(
				engine(),
				definition,
				model,
				clock,
				this.key,
				() => generation !== this.generation,
				segments
			);
			if (!counted || generation !== this.generation) return;
			this.total = counted.total;
			this.groups = counted.groups;
			this.parts = counted.parts;
			this.labels = counted.labels ?? null;
			this.path = counted.path;
			this.countedFor = wanted;
			this.error = null;
			this.latencyMs = performance.now() - editedAt;
			this.pending = false;
		} catch (e) {
			if (e instanceof EngineError && (e.code === 'superseded' || e.code === 'cancelled')) return;
			if (generation !== this.generation) return;
			this.error = errorMessage(e);
			this.pending = false;
		}
	}

	dispose(): void {
		if (this.timer) clearTimeout(this.timer);
		this.generation++;
	}
}
