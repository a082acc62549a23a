// Which storage keeps the imported data in this browser, and what it costs at start-up, in words
// for the storage line and the Privacy page.
import type { EngineInfo } from '$lib/engine/protocol';

const mb = (bytes: number) =>
	(bytes / 1024 / 1024).toLocaleString('en', {
		maximumFractionDigits: bytes < 10 * 2 ** 20 ? 1 : 0
	});
const seconds = (ms: number) =>
	(ms / 1000).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export interface StorageWords {
	/** Where the imported data lives. */
	where: string;
	/** What that costs when Segments starts. */
	startCost: string;
}

export function storageWords(info: EngineInfo | null): StorageWords | null {
	if (!info?.storage) return null;
	if (info.storage === 'opfs')
		return {
			where: "a DuckDB database file, segments.duckdb, in the browser's private file system (OPFS)",
			startCost: 'The file is opened at start, not read in: start-up does not grow with your data.'
		};
	if (info.storage === 'indexeddb') {
		const r = info.restored;
		const loaded = r
			? ` This start loaded ${r.tables.toLocaleString('en')} ${r.tables === 1 ? 'table' : 'tables'} (${r.rows.toLocaleString('en')} rows, ${mb(r.bytes)} MB) in ${seconds(r.ms)} s.`
			: '';
		return {
			where:
				"copies of each table in the browser's database (IndexedDB) named segments-tables, because this browser does not let the engine keep a database file (no OPFS)",
			startCost: `Every start loads all of it into memory, so start-up grows with your data.${loaded}`
		};
	}
	return {
		where: 'memory only: nothing you import is kept after a reload',
		startCost: 'Nothing is loaded at start.'
	};
}
