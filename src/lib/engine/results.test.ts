import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../tests/helpers/duckdb';

let db: TestDb;
beforeAll(async () => {
	db = await openTestDb();
});
afterAll(() => db.close());

describe('query results become plain typed rows', () => {
	it('converts every column type a user can have', () => {
		const [row] = db.all(`SELECT
			42::INTEGER AS i, 9007199254740993::BIGINT AS big, 1.5::DOUBLE AS d, 12.34::DECIMAL(10,2) AS dec,
			-7.5::DECIMAL(18,3) AS negdec, 'it''s' AS s, TRUE AS b, DATE '2024-02-29' AS dt,
			TIMESTAMP '2024-02-29 23:59:58.123456' AS ts, TIMESTAMP '1969-12-31 23:59:59' AS old,
			TIMESTAMP '1969-12-31 23:59:59.999999' AS justbefore1970,
			NULL::VARCHAR AS n, [1,2]::INTEGER[] AS list`);
		expect(row).toEqual({
			i: 42,
			big: '9007199254740993',
			d: 1.5,
			dec: 12.34,
			negdec: -7.5,
			s: "it's",
			b: true,
			dt: '2024-02-29',
			ts: '2024-02-29 23:59:58.123456',
			old: '1969-12-31 23:59:59',
			justbefore1970: '1969-12-31 23:59:59.999999',
			n: null,
			list: '[1,2]'
		});
	});
});
