import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeEngine, stageFile } from '../../../../tests/helpers/node-engine';
import type { EngineCore } from './core';

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
