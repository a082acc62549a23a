// Loads the generated demo world straight into DuckDB inside the worker: the generator's column
// batches become Arrow tables and are inserted without ever passing through CSV text.
import { tableToIPC } from 'apache-arrow';
import { generateWorld, batchToArrow } from '../../demo/generator';
import type { CustomerProfile, Relationship } from '../../segments/data-model';
import type { EngineCore } from './core';
import type { ColumnKind } from '../protocol';

export interface DemoOptions {
	customers: number;
	seed?: number;
	/** 'YYYY-MM-DD' in the user's time zone: the demo's dates lead up to this day. */
	today: string;
}

export interface DemoLoadedEntity {
	name: string;
	table: string;
	rowCount: number;
	columns: { name: string; kind: ColumnKind; duckdbType: string }[];
}

export interface DemoLoaded {
	entities: DemoLoadedEntity[];
	relationships: Relationship[];
	profile: CustomerProfile;
}

export function demoTableName(entity: string): string {
	return `demo_${entity.toLowerCase()}`;
}

export async function loadDemoWorld(
	core: EngineCore,
	options: DemoOptions,
	onProgress: (message: string) => void
): Promise<DemoLoaded> {
	const world = generateWorld({
		customers: options.customers,
		seed: options.seed ?? 42,
		today: options.today
	});
	const entities: DemoLoadedEntity[] = [];
	for (const entity of world.entities) {
		const table = demoTableName(entity.name);
		onProgress(`Generating ${entity.name} (${entity.rowCountEstimate.toLocaleString('en')} rows)…`);
		await core.exec(`DROP TABLE IF EXISTS main."${table}"`);
		let first = true;
		for (const batch of entity.batches(65_536)) {
			core.insertArrow(table, tableToIPC(batchToArrow(entity, batch), 'stream'), first);
			first = false;
			await new Promise((r) => setTimeout(r, 0));
		}
		const info = await core.tableInfo(table);
		entities.push({
			name: entity.name,
			table,
			rowCount: info.rowCount,
			columns: info.columns.map((c) => ({
				name: c.name,
				kind: c.kind ?? 'string',
				duckdbType: c.duckdbType
			}))
		});
	}
	await core.exec('CHECKPOINT');
	return { entities, relationships: world.relationships, profile: world.profile };
}
