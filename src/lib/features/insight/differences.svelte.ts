// State of the "What makes it different" panel: where members come from (latest run or live),
// what they are compared with (all customers or another segment), the features (the defaults and
// the aggregates the user added), and the ranked result, with a sentence for whatever stops it —
// never engine text.
import { engine } from '$lib/engine';
import { workspaceTimeZone } from '$lib/db/time-zone-store';
import type { SegmentRecord } from '$lib/db/records';
import type { DataModel } from '$lib/segments/data-model';
import {
	defaultFeatures,
	differencesSql,
	FEATURE_MAX,
	resolveFeature,
	sameFeature,
	type Comparison,
	type Feature,
	type FeatureSpec
} from '$lib/insight/differences-sql';
import { segmentLabel } from '$lib/segments/label';
import { memberSourceOf, type MembersFrom } from './member-source';
import { readDifferences, type FeatureDifference } from '$lib/insight/differences';
import { loadAddedFeatures, saveAddedFeatures } from './added-features';

export type DifferencesSource = MembersFrom;

export interface DifferencesResult {
	differences: FeatureDifference[];
	source: DifferencesSource;
	/** null: all customers. */
	comparisonName: string | null;
	segmentSize: number;
	comparisonSize: number;
}

export class DifferencesState {
	source = $state<DifferencesSource>('run');
	/** 'all', or the id of the segment to compare with. */
	comparison = $state('all');
	/** The aggregates the user added, remembered in this browser (added-features.ts). */
	added = $state<FeatureSpec[]>(loadAddedFeatures());
	result = $state<DifferencesResult | null>(null);
	error = $state<string | null>(null);
	busy = $state(false);
	private generation = 0;

	/** The features asked for: the defaults for this model, then the ones the user added. */
	features(model: DataModel): Feature[] {
		const specs = [...defaultFeatures(model), ...this.added];
		return specs
			.map((s) => resolveFeature(model, s))
			.filter((f): f is Feature => f !== null)
			.slice(0, FEATURE_MAX);
	}

	/** Add an aggregate; a sentence when it cannot be added. */
	add(spec: FeatureSpec, model: DataModel): string | null {
		if (!resolveFeature(model, spec)) return 'Choose an entity, and an attribute that fits.';
		if ([...defaultFeatures(model), ...this.added].some((s) => sameFeature(s, spec)))
			return 'That one is already in the list.';
		if (this.features(model).length >= FEATURE_MAX)
			return `At most ${FEATURE_MAX} attributes can be compared at once.`;
		this.added = [...this.added, spec];
		saveAddedFeatures(this.added);
		return null;
	}

	/** Stop comparing an aggregate the user added. */
	remove(spec: FeatureSpec): void {
		this.added = this.added.filter((s) => !sameFeature(s, spec));
		saveAddedFeatures(this.added);
	}

	async compute(segment: SegmentRecord, segments: SegmentRecord[], model: DataModel) {
		const generation = ++this.generation;
		this.error = null;
		const source = this.source;
		const own = memberSourceOf(segment, source, model, segments);
		if (typeof own === 'string') return void (this.error = own);
		let comparison: Comparison = { kind: 'all' };
		let comparisonName: string | null = null;
		if (this.comparison !== 'all') {
			const other = segments.find((s) => s.id === this.comparison);
			if (!other) return void (this.error = 'The segment to compare with no longer exists.');
			const members = memberSourceOf(other, source, model, segments);
			if (typeof members === 'string') return void (this.error = members);
			comparison = members;
			comparisonName = segmentLabel(other);
		}
		const features = this.features(model);
		if (!model.profile || features.length === 0)
			return void (this.error = 'There is nothing to compare: set a Customer Profile first.');
		this.busy = true;
		try {
			const rows = await engine().differences(
				differencesSql(model, features, own, comparison, workspaceTimeZone()),
				{
					key: `differences:${segment.id}`
				}
			);
			if (generation !== this.generation) return;
			const differences = readDifferences(features, rows);
			this.result = {
				differences,
				source,
				comparisonName,
				segmentSize: differences[0]?.segmentSize ?? 0,
				comparisonSize: differences[0]?.comparisonSize ?? 0
			};
		} catch {
			if (generation === this.generation)
				this.error = 'The engine could not compare this segment. Try again in a moment.';
		} finally {
			if (generation === this.generation) this.busy = false;
		}
	}
}
