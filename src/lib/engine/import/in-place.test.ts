import { describe, expect, it } from 'vitest';
import { inPlacePlan, inPlaceStatements } from './in-place';

const col = (source: string, name = source, expr = `"${source}"`) => ({ source, name, expr });

describe('committing a staged table in place', () => {
	it('converts, drops and renames when the staged order is kept', () => {
		const plan = inPlacePlan(
			['id', 'when', 'note', 'amount'],
			[col('id'), col('when', 'ordered_on', 'TRY_CAST("when" AS DATE)'), col('amount', 'total')]
		);
		expect(plan).toEqual({
			convert: [{ source: 'when', expr: 'TRY_CAST("when" AS DATE)' }],
			drop: ['note'],
			rename: [
				{ from: 'when', to: 'ordered_on' },
				{ from: 'amount', to: 'total' }
			]
		});
		expect(inPlaceStatements('main."__segments_stage_stg_1"', 'Orders', plan!, ['DATE'])).toEqual([
			'ALTER TABLE main."__segments_stage_stg_1" ALTER COLUMN "when" SET DATA TYPE DATE USING (TRY_CAST("when" AS DATE))',
			'ALTER TABLE main."__segments_stage_stg_1" DROP COLUMN "note"',
			'ALTER TABLE main."__segments_stage_stg_1" RENAME COLUMN "when" TO "ordered_on"',
			'ALTER TABLE main."__segments_stage_stg_1" RENAME COLUMN "amount" TO "total"',
			'DROP TABLE IF EXISTS main."Orders"',
			'ALTER TABLE main."__segments_stage_stg_1" RENAME TO "Orders"'
		]);
	});

	it('leaves to a copy what ALTERs cannot express', () => {
		// another order
		expect(inPlacePlan(['a', 'b'], [col('b'), col('a')])).toBeNull();
		// a swap of names, and a name a dropped column still holds
		expect(inPlacePlan(['a', 'b'], [col('a', 'b'), col('b', 'a')])).toBeNull();
		expect(inPlacePlan(['a', 'b'], [col('a', 'B')])).toBeNull();
		// a case-only rename (DuckDB names ignore case)
		expect(inPlacePlan(['email'], [col('email', 'Email')])).toBeNull();
		// a column that is not staged
		expect(inPlacePlan(['a'], [col('z')])).toBeNull();
		// a type DESCRIBE prints as a literal (ENUM, lists)
		const plan = inPlacePlan(['a'], [col('a', 'a', 'x')])!;
		expect(inPlaceStatements('t', 'u', plan, ["ENUM('x', 'y')"])).toBeNull();
		expect(inPlaceStatements('t', 'u', plan, ['VARCHAR[]'])).toBeNull();
		expect(inPlaceStatements('t', 'u', plan, ['DECIMAL(18,3)'])).not.toBeNull();
		expect(inPlaceStatements('t', 'u', plan, ['TIMESTAMP WITH TIME ZONE'])).not.toBeNull();
	});
});
