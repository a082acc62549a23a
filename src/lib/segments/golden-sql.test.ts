// Golden SQL: the DuckDB SQL the browser runs for every example segment and for the differential
// test's generated definitions (a fixed seed), recorded in __golden__/duckdb.sql before the dialect
// layer existed. The compiler's default (DuckDB) output must stay byte-identical to it: a change
// here changes what every user's browser runs, so it is made on purpose, never by a refactor.
import { describe, expect, it } from 'vitest';
import { compileSegment, type CompileResult } from './compile';
import { splitPartSql } from './split';
import {
	DEMO_CLOCK,
	demoModel,
	exampleDefinitions,
	generatedScenarios
} from '../../../tests/helpers/sql-corpus';

const GOLDEN_SEED = 20250315;
const GOLDEN_COUNT = 60;

function render(name: string, r: CompileResult, split?: string): string {
	if (!r.ok) return `-- ${name}: does not compile\n${JSON.stringify(r.problems)}\n`;
	const parts = [
		`-- ${name}: members\n${r.sql.members}`,
		`-- ${name}: count\n${r.sql.count}`,
		`-- ${name}: live\n${r.sql.live}`,
		...r.sql.groups.map((g, i) => `-- ${name}: group ${i + 1} members\n${g.members}`),
		...(split ? [`-- ${name}: split part\n${split}`] : [])
	];
	return parts.join('\n') + '\n';
}

describe('golden DuckDB SQL', () => {
	it('the example segments and generated definitions compile to exactly the recorded SQL', async () => {
		const model = demoModel();
		const out: string[] = [];
		for (const d of exampleDefinitions())
			out.push(
				render(
					d.name,
					compileSegment(d, model, DEMO_CLOCK),
					d.split ? splitPartSql(d.split, 'CAST(p."id" AS VARCHAR)') : undefined
				)
			);
		generatedScenarios(GOLDEN_SEED, GOLDEN_COUNT).forEach((s, i) =>
			out.push(render(`generated ${i + 1}`, compileSegment(s.definition, s.model, s.clock)))
		);
		await expect(out.join('\n')).toMatchFileSnapshot('./__golden__/duckdb.sql');
	});
});
