// Names for new entities and their tables.
import { identifierFrom } from '$lib/segments/data-model';

/** "Order Details (2024).csv" → "Order_Details_2024", unique among `taken` (case-insensitive). */
export function suggestEntityName(fileName: string, taken: string[]): string {
	const base = fileName.replace(/\.(csv|tsv|txt|parquet|pq|json|ndjson|jsonl)$/i, '');
	return identifierFrom(base, taken, 'Data_', 'Data');
}

/** The DuckDB table for a new entity: stable, unrelated to later renames. */
export function newTableName(entityName: string): string {
	const suffix = crypto.randomUUID().replaceAll('-', '').slice(0, 8);
	return `t_${entityName.toLowerCase().slice(0, 40)}_${suffix}`;
}
