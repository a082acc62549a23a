// Entities whose data is not in this browser: a workspace restored from a backup without its data
// has the data model but no tables. A run that reads one says so and what to do, instead of the
// engine's "Table with name … does not exist".
import type { EngineClient } from '../engine/client';
import type { DataModel } from '../segments/data-model';
import type { SegmentDefinition } from '../segments/definition';
import { entitiesReached } from './retry';

/** The display names of the entities `definition` reads whose table the engine does not have. */
export async function entitiesWithoutData(
	engine: Pick<EngineClient, 'tables'>,
	definition: SegmentDefinition,
	model: DataModel
): Promise<string[]> {
	const tables = new Set(await engine.tables());
	return [...entitiesReached(definition, model)]
		.map((name) => model.entities.find((e) => e.name === name))
		.filter((e) => e !== undefined && !tables.has(e.table))
		.map((e) => e!.displayName || e!.name)
		.sort((a, b) => a.localeCompare(b));
}

export function withoutDataMessage(names: string[]): string {
	const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
	return `The data of ${list} is not in this browser: import it on the Data page, then run this segment.`;
}
