// The CSV lines DuckDB writes (csv-sql.ts) are byte for byte what the JavaScript writer
// (csv-writer.ts) writes from the same rows: edge values and thousands of random ones per type.
import { beforeAll, describe, expect, it } from 'vitest';
import { RecordBatchReader } from 'apache-arrow';
import { openNodeEngine } from '../../../../tests/helpers/node-engine';
import type { EngineCore } from './core';
import { csvLinesSql } from './csv-sql';
import { csvHeader, csvRows, type CsvOptions } from './csv-writer';

let core: EngineCore;
beforeAll(async () => {
	core = await openNodeEngine();
});

async function viaDuckDb(sql: string, options: CsvOptions = {}): Promise<string> {
	const parts: Uint8Array[] = [];
	await core.exportCsv(sql, (c) => void parts.push(c), undefined, options);
	return new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.concat(parts));
}

async function viaJavaScript(sql: string, options: CsvOptions = {}): Promise<string> {
	const reader = await RecordBatchReader.from(core.runner.chunks(sql, { stream: true }));
	let out = '';
	for await (const batch of reader) {
		if (!out)
			out =
				'\uFEFF' +
				csvHeader(
					batch.schema.fields.map((f) => f.name),
					options
				);
		if (batch.numRows) out += csvRows(batch, options);
	}
	return out;
}

/** Doubles a spreadsheet export meets, and the ones where notations differ. */
const EDGE_DOUBLES = [
	0,
	-0,
	1,
	-1,
	0.1,
	0.2,
	0.30000000000000004,
	12.5,
	100,
	1e-7,
	1.5e-7,
	1e-6,
	0.000001234,
	0.00001,
	1e-5,
	123.456,
	1 / 3,
	2 ** 53,
	2 ** 53 + 2,
	2 ** 60,
	1e20,
	1.2345678901234568e20,
	1e21,
	1.5e21,
	1e100,
	1.7976931348623157e308,
	5e-324,
	2.2250738585072014e-308,
	999999.9999,
	-0.000015,
	4503599627370495.5,
	9007199254740991
];

function randomDoubles(n: number, seed: number): number[] {
	let s = seed >>> 0;
	const rand = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
	const out: number[] = [];
	for (let i = 0; i < n; i++) {
		const magnitude = 10 ** Math.floor(rand() * 50 - 25);
		const v = (rand() - 0.5) * magnitude;
		out.push(i % 5 === 0 ? Math.round(v) : i % 7 === 0 ? Math.round(v * 100) / 100 : v);
	}
	return out;
}

/** Both writers' output, compared line by line so a failure names the first line that differs. */
async function expectSameCsv(sql: string, options: CsvOptions = {}): Promise<void> {
	const duck = (await viaDuckDb(sql, options)).split('\r\n');
	const js = (await viaJavaScript(sql, options)).split('\r\n');
	const at = js.findIndex((line, i) => duck[i] !== line);
	expect(at === -1 ? null : { line: at, duckdb: duck[at], javascript: js[at] }).toBeNull();
	expect(duck.length).toBe(js.length);
}

const literal = (v: number) => (Object.is(v, -0) ? '-0.0' : String(v));

describe('CSV lines written by DuckDB', () => {
	it('format doubles exactly as JavaScript does, edge values and 5,000 random ones', async () => {
		const values = [...EDGE_DOUBLES, ...randomDoubles(5000, 42)];
		const sql = `SELECT i, v, TRY_CAST(v AS FLOAT) AS f FROM (VALUES ${values
			.map((v, i) => `(${i}, ${literal(v)}::DOUBLE)`)
			.join(
				', '
			)}, (${values.length}, NULL), (${values.length + 1}, 'nan'::DOUBLE), (${values.length + 2}, '-inf'::DOUBLE)) t(i, v) ORDER BY i`;
		await expectSameCsv(sql);
	});

	it('format integers, decimals, booleans, dates and timestamps exactly as JavaScript does', async () => {
		const sql = `SELECT * FROM (VALUES
			(1, 127::TINYINT, 9007199254740993::BIGINT, 18446744073709551615::UBIGINT, 12.50::DECIMAL(10,2), 1234567.891::DECIMAL(18,3), true, DATE '2024-02-29', TIMESTAMP '2024-01-02 03:04:05.120', TIMESTAMP_MS '2024-01-02 03:04:05.5', TIMESTAMP_S '1970-01-01 00:00:00'),
			(2, (-128)::TINYINT, -9007199254740993::BIGINT, 0::UBIGINT, -0.01::DECIMAL(10,2), 0::DECIMAL(18,3), false, DATE '0001-01-01', TIMESTAMP '1969-12-31 23:59:59.999999', NULL, NULL),
			(3, NULL, NULL, NULL, NULL, NULL, NULL, DATE '9999-12-31', TIMESTAMP '2000-01-01 00:00:00.000001', NULL, NULL),
			(4, 0::TINYINT, 0::BIGINT, 1::UBIGINT, 99999999.99::DECIMAL(10,2), -1.5::DECIMAL(18,3), NULL, DATE '0044-03-15 (BC)', TIMESTAMP '0044-03-15 12:00:00.25' - INTERVAL 4000 YEAR, NULL, NULL),
			(5, 1::TINYINT, 1::BIGINT, 2::UBIGINT, 1::DECIMAL(10,2), 2::DECIMAL(18,3), true, DATE '12345-06-07', NULL, NULL, NULL)
		) t(id, tiny, big, ubig, dec, dec3, flag, day, ts, ts_ms, ts_s) ORDER BY id`;
		await expectSameCsv(sql);
	});

	it('quote and neutralise text exactly as JavaScript does', async () => {
		const texts = [
			'plain',
			'Smith, "Bob"',
			'multi\nline',
			'cr\rhere',
			' leading',
			'trailing ',
			'\tTAB',
			'\u00a0nbsp',
			'x\u3000',
			'=HYPERLINK("http://evil.example","x")',
			'+1+1',
			'-2+3',
			'@SUM(A1)',
			'\rCR',
			'a=b',
			'',
			"it's",
			'Zoë ‮evil',
			'""',
			','
		];
		const sql = `SELECT i, t AS "=name", t AS "plain name" FROM (VALUES ${texts
			.map((t, i) => `(${i}, '${t.replaceAll("'", "''")}')`)
			.join(', ')}, (${texts.length}, NULL)) v(i, t) ORDER BY i`;
		await expectSameCsv(sql);
		const safe = { spreadsheetSafe: true };
		await expectSameCsv(sql, safe);
		expect(await viaDuckDb(sql, safe)).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
	});

	it('quote and neutralise each field of rows with several text columns, as JavaScript does', async () => {
		// one test per row decides which rows need care (csv-sql.ts): fields that need quotes or the
		// apostrophe next to fields that do not, NULLs between them, and the character that joins
		// the fields for that test inside a value
		const alphabet = [
			'a',
			'Zoë',
			' ',
			'"',
			',',
			'\n',
			'\r',
			'\u0001',
			'=',
			'+',
			'-',
			'@',
			'\t',
			'\u00a0',
			'\u3000',
			'x y'
		];
		let s = 7;
		const rand = (n: number) =>
			Math.floor(((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32) * n);
		const value = () => {
			if (rand(8) === 0) return 'NULL';
			const parts = Array.from({ length: rand(4) }, () => alphabet[rand(alphabet.length)]!);
			return `'${parts.join('').replaceAll("'", "''")}'`;
		};
		const rows = Array.from(
			{ length: 3000 },
			(_, i) => `(${i}, ${value()}, ${value()}, 12, ${value()})`
		);
		const sql = `SELECT * FROM (VALUES ${rows.join(', ')}) t(i, a, b, n, c) ORDER BY i`;
		await expectSameCsv(sql);
		await expectSameCsv(sql, { spreadsheetSafe: true });
		const safe = await viaDuckDb(
			`SELECT 'plain' AS a, '=1+1' AS b, 'x ' AS c, chr(1) || '@x' AS d`,
			{ spreadsheetSafe: true }
		);
		expect(safe.split('\r\n')[1]).toBe(`plain,'=1+1,"x ",\u0001@x`);
	});

	it('write only the header for a result without rows', async () => {
		expect(await viaDuckDb(`SELECT 'a' AS t, 1 AS n WHERE false`)).toBe('\ufefft,n\r\n');
	});

	it('keep a byte order mark that starts a value (the JavaScript decoder drops it)', async () => {
		const text = await viaDuckDb(`SELECT '\ufeffBOM first' AS t`);
		expect(text).toBe('\ufefft\r\n"\ufeffBOM first"\r\n');
	});

	it('leaves other column types to the JavaScript writer', () => {
		expect(csvLinesSql('SELECT 1', [{ name: 'l', type: 'INTEGER[]' }])).toBeNull();
		expect(csvLinesSql('SELECT 1', [{ name: 'h', type: 'HUGEINT' }])).toBeNull();
		expect(csvLinesSql('SELECT 1', [{ name: 'n', type: 'BIGINT' }])).toContain('AS line');
	});
});
