// The import tells a clean CSV read's dialect (delimiter, header row) from the columns DuckDB made
// and the file's first line (dialectFromColumns in src/lib/engine/import/sniff.ts) instead of
// asking DuckDB's sniffer a second time. Over DuckDB's own hard CSV corpus, on native DuckDB (the
// browser's engine version): wherever it gives a verdict, the sniffer's is the same.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { dialectFromColumns } from '../../src/lib/engine/import/sniff';
import { quoteString } from '../../src/lib/sql/quote';

const root = 'tests/fixtures/csv-corpus';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = path.join(dir, name);
		return statSync(p).isDirectory() ? files(p) : name.startsWith('LICENSE') ? [] : [p];
	});
}

/** The head the import decodes: UTF-8 (BOM dropped) or, failing that, Latin-1. */
function head(p: string): string {
	const bytes = readFileSync(p).subarray(0, 64 * 1024);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		return new TextDecoder('latin1').decode(bytes);
	}
}

describe('CSV dialect told from the columns read', () => {
	it(
		"agrees with DuckDB's sniffer on every file of the hard corpus it gives a verdict for",
		{ timeout: 300_000 },
		async () => {
			const db = await DuckDBInstance.create(':memory:', { threads: '1' });
			const c = await db.connect();
			let verdicts = 0;
			let clean = 0;
			const disagreements: string[] = [];
			for (const p of files(root)) {
				const file = quoteString(path.resolve(p));
				let names: string[];
				let sniffed: { delimiter: string; hasHeader: boolean };
				try {
					await c.run(
						`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv(${file}, store_rejects = true)`
					);
					const rejected = await c.runAndReadAll('SELECT count(*) FROM reject_errors');
					await c.run('DELETE FROM reject_errors; DELETE FROM reject_scans');
					// the import asks the sniffer only after a read that rejected no line
					if (Number(rejected.getRows()[0]![0]) > 0) continue;
					names = (await c.runAndReadAll('DESCRIBE t')).getRows().map((r) => String(r[0]));
					const [row] = (
						await c.runAndReadAll(`SELECT Delimiter, HasHeader FROM sniff_csv(${file})`)
					).getRows();
					sniffed = { delimiter: String(row![0]), hasHeader: row![1] !== false };
				} catch {
					continue; // refused files never reach the question
				}
				clean++;
				const told = dialectFromColumns(names, head(p));
				if (!told) continue;
				verdicts++;
				if (told.delimiter !== sniffed.delimiter || told.hasHeader !== sniffed.hasHeader)
					disagreements.push(
						`${p}: told ${JSON.stringify(told)}, sniffed ${JSON.stringify(sniffed)}`
					);
			}
			expect(disagreements).toEqual([]);
			console.log(`dialect told for ${verdicts} of ${clean} clean reads`);
			expect(verdicts).toBeGreaterThan(0);
		}
	);

	it(
		'tells it for every file of the clean real-world exports, so their imports skip the sniffer',
		{ timeout: 120_000 },
		async () => {
			const db = await DuckDBInstance.create(':memory:', { threads: '1' });
			const c = await db.connect();
			const real = [
				...files('tests/fixtures/northwind'),
				...files('tests/fixtures/jaffle_shop')
			].filter((p) => p.endsWith('.csv'));
			expect(real.length).toBeGreaterThan(5);
			for (const p of real) {
				const file = quoteString(path.resolve(p));
				await c.run(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv(${file})`);
				const names = (await c.runAndReadAll('DESCRIBE t')).getRows().map((r) => String(r[0]));
				const [row] = (
					await c.runAndReadAll(`SELECT Delimiter, HasHeader FROM sniff_csv(${file})`)
				).getRows();
				expect(dialectFromColumns(names, head(p)), p).toEqual({
					delimiter: String(row![0]),
					hasHeader: row![1] !== false
				});
			}
		}
	);

	it('gives no verdict where the first line leaves it open', () => {
		// one column; two delimiters that both fit; names DuckDB changed; a line before the header
		expect(dialectFromColumns(['a'], 'a\n1\n')).toBeNull();
		expect(dialectFromColumns(['column0', 'column1'], 'a;b,c\n1;2,3\n')).toBeNull();
		expect(dialectFromColumns(['id', 'id_1'], 'id,id\n1,2\n')).toBeNull();
		expect(dialectFromColumns(['id', 'name'], 'exported by X\nid,name\n1,a\n')).toBeNull();
		expect(dialectFromColumns(['column0', 'column1'], ',\n1,2\n')).toBeNull();
		expect(dialectFromColumns(['id', 'name'], '"id";"name"\n1;a\n')).toEqual({
			delimiter: ';',
			hasHeader: true
		});
		const twelve = Array.from({ length: 12 }, (_x, i) => `column${String(i).padStart(2, '0')}`);
		expect(dialectFromColumns(twelve, `${'1\t'.repeat(11)}1\n`)).toEqual({
			delimiter: '\t',
			hasHeader: false
		});
	});
});
