// The files a journey imports: small fixtures (clean, messy, other delimiters) copied as they are,
// plus a Parquet file, an NDJSON file and versions of one changing CSV made here, all in one folder.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface JourneyFile {
	/** A short name for the printed steps. */
	label: string;
	path: string;
	/** The file has malformed rows the user must accept to import the good ones. */
	messy?: boolean;
}

const fixtures = path.resolve('tests/fixtures');

/** Files imported as new entities (each import creates one). */
export const FIXTURE_FILES: JourneyFile[] = [
	{
		label: 'jaffle customers (csv)',
		path: path.join(fixtures, 'jaffle_shop', 'raw_customers.csv')
	},
	{ label: 'jaffle orders (csv)', path: path.join(fixtures, 'jaffle_shop', 'raw_orders.csv') },
	{
		label: 'messy northwind customers (csv)',
		path: path.join(fixtures, 'northwind-messy', 'customers.csv'),
		messy: true
	},
	{
		label: 'semicolon-delimited (csv)',
		path: path.join(fixtures, 'csv-corpus', 'auto', 'semicolon_delim.csv')
	},
	{
		label: 'pipe-delimited (csv)',
		path: path.join(fixtures, 'csv-corpus', 'auto', 'pipe_delim.csv')
	},
	{ label: 'tab-separated', path: path.join(fixtures, 'csv-corpus', 'auto', 'tab.csv') }
];

/** The changing file: imported once as "journey_people", then re-imported in other versions. */
export const PEOPLE = 'journey_people';
export type PeopleVersion = 'base' | 'added-column' | 'removed-column' | 'fewer-rows';
export const PEOPLE_VERSIONS: PeopleVersion[] = [
	'base',
	'added-column',
	'removed-column',
	'fewer-rows'
];

export interface JourneyFiles {
	dir: string;
	parquet: JourneyFile;
	ndjson: JourneyFile;
	/** journey_people.csv in each version (same file name, so a re-import keeps the entity). */
	people: Record<PeopleVersion, string>;
}

function peopleCsv(version: PeopleVersion): string {
	const n = version === 'fewer-rows' ? 40 : 120;
	const header =
		version === 'added-column'
			? 'id,name,score,city'
			: version === 'removed-column'
				? 'id,name'
				: 'id,name,score';
	const rows = Array.from({ length: n }, (_, i) => {
		const id = i + 1;
		const cells = [String(id), `Person ${id}`];
		if (version !== 'removed-column') cells.push(String((id * 37) % 100));
		if (version === 'added-column') cells.push(['Oslo', 'Lyon', 'Porto'][id % 3]!);
		return cells.join(',');
	});
	return [header, ...rows].join('\n') + '\n';
}

export async function makeJourneyFiles(dir: string): Promise<JourneyFiles> {
	mkdirSync(dir, { recursive: true });
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	const parquet = path.join(dir, 'journey_orders.parquet');
	await c.run(`COPY (SELECT range::INTEGER AS order_id, (range % 100 + 1)::INTEGER AS customer_id,
		DATE '2024-01-01' + (range % 300)::INTEGER AS ordered_on, ((range * 7) % 900)::DOUBLE AS amount
		FROM range(500)) TO '${parquet}' (FORMAT PARQUET)`);
	c.closeSync();
	const ndjson = path.join(dir, 'journey_events.ndjson');
	writeFileSync(
		ndjson,
		Array.from({ length: 60 }, (_, i) =>
			JSON.stringify({
				event: `e${i}`,
				customer: (i % 20) + 1,
				at: `2024-05-0${(i % 9) + 1}T10:00:00`
			})
		).join('\n') + '\n'
	);
	const people = {} as Record<PeopleVersion, string>;
	for (const v of PEOPLE_VERSIONS) {
		mkdirSync(path.join(dir, v), { recursive: true });
		people[v] = path.join(dir, v, `${PEOPLE}.csv`);
		writeFileSync(people[v], peopleCsv(v));
	}
	return {
		dir,
		parquet: { label: 'orders (parquet)', path: parquet },
		ndjson: { label: 'events (ndjson)', path: ndjson },
		people
	};
}
