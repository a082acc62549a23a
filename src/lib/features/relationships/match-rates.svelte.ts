// Match rates of every relationship, computed in the engine and refreshed when the model changes.
import { engine } from '$lib/engine';
import type { DataModel } from '$lib/segments/data-model';
import { matchRateProblem } from './match-rate-problem';
import {
	readRelationshipCheck,
	relationshipCheckSql,
	type RelationshipCheck
} from '$lib/segments/model-checks';

type Outcome = RelationshipCheck | { error: string };

export class MatchRates {
	/** By relationship name: a Map, since a name such as `constructor` is not a safe object key. */
	checks = $state.raw<ReadonlyMap<string, Outcome>>(new Map());
	private generation = 0;

	async refresh(model: DataModel): Promise<void> {
		const generation = ++this.generation;
		const next = new Map<string, Outcome>();
		for (const rel of model.relationships) {
			try {
				const rows = await engine().rows(relationshipCheckSql(model, rel), {
					label: `Checking relationship ${rel.name}`,
					priority: 'background'
				});
				next.set(rel.name, readRelationshipCheck(rows[0]));
			} catch (e) {
				next.set(rel.name, { error: matchRateProblem(model, rel, e) });
			}
			if (generation !== this.generation) return;
			this.checks = new Map(next);
		}
		this.checks = next;
	}
}
