// Match rates of every relationship, computed in the engine and refreshed when the model changes.
import { engine } from '$lib/engine';
import type { DataModel } from '$lib/segments/data-model';
import {
	readRelationshipCheck,
	relationshipCheckSql,
	type RelationshipCheck
} from '$lib/segments/model-checks';

export class MatchRates {
	checks = $state<Record<string, RelationshipCheck | { error: string }>>({});
	private generation = 0;

	async refresh(model: DataModel): Promise<void> {
		const generation = ++this.generation;
		const next: Record<string, RelationshipCheck | { error: string }> = {};
		for (const rel of model.relationships) {
			try {
				const rows = await engine().rows(relationshipCheckSql(model, rel), {
					label: `Checking relationship ${rel.name}`,
					priority: 'background'
				});
				next[rel.name] = readRelationshipCheck(rows[0]);
			} catch (e) {
				next[rel.name] = { error: e instanceof Error ? e.message : String(e) };
			}
			if (generation !== this.generation) return;
			this.checks = { ...next };
		}
		this.checks = next;
	}
}
