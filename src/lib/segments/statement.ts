// One statement from its CTEs and final lines, laid out as every compiled statement is: the
// compiler writes its SQL with it, and the engine's live-count cache re-assembles a group's
// statement from its parts with it (replacing the parts it keeps by reads of kept tables).
import type { Cte } from './aggregate-sql';

const INDENT = '    ';

export function statement(ctes: readonly Cte[], final: readonly string[]): string {
	const withs = ctes.map(
		(c, i) =>
			`${c.name} AS (\n${c.body.map((l) => INDENT + l).join('\n')}\n)${i < ctes.length - 1 ? ',' : ''}`
	);
	return ['WITH', ...withs, ...final].join('\n');
}
