// The builder's live counts from cached group members. While a user edits one group the others'
// members do not change, so each group's keys are kept in a TEMP table named by a hash of the
// group's SQL (the clock is in it as literals) and the data version (EngineCore.dataVersion, which
// changes whenever a table does). An edit recomputes only the groups whose hash is new; the total,
// each group's count and the split's part counts are then combined from the kept tables with the
// same left-to-right set operations compileSegment writes. A group sent with its parts
// (segments/live-plan.ts) has its costly per-customer parts kept the same way, each named by a hash
// of the version, its SQL and the parts it reads. Bounded (least recently used first) by table count
// and kept rows; the tables live and die with the worker's DuckDB instance.
import type { SetOperator } from '../../segments/definition';
import type { GroupStages } from '../../segments/compile';
import type { LiveCombine, LiveGroup } from '../../segments/live-plan';
import { statement } from '../../segments/statement';
import { partCountsSql, usableSplit } from '../../segments/split';
import { tableToRows } from '../results';
import type { QueryRunner } from './runner';

export type { LiveCombine, LiveGroup } from '../../segments/live-plan';

export interface LiveCountValue {
	members: number;
	groups: number[];
	parts: { part: string; members: number }[] | null;
	/** How many groups came from the cache (for tests and the benchmark). */
	reused: number;
	/** How many kept parts of the recomputed groups (rankings, events, …) came from the cache. */
	partsReused: number;
}

export const LIVE_CACHE_LIMITS = { tables: 32, rows: 8_000_000 };
/** A kept part with more rows than this is dropped at once and computed inline from then on. */
export const PART_ROWS_MAX = 2_000_000;

/** Whether `sql` mentions the CTE `name` as a word (a false match only costs a recomputation). */
function mentions(sql: string, name: string): boolean {
	const at = (i: number) => i < 0 || i >= sql.length || !/[A-Za-z0-9_]/.test(sql[i] as string);
	for (let i = sql.indexOf(name); i >= 0; i = sql.indexOf(name, i + 1))
		if (at(i - 1) && at(i + name.length)) return true;
	return false;
}

const KEYWORD: Record<SetOperator, string> = {
	union: 'UNION',
	intersect: 'INTERSECT',
	exclude: 'EXCEPT'
};

interface Entry {
	table: string;
	rows: number;
}

async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class LiveCache {
	/** Keyed by table name; Map order is the recency order (oldest first). */
	private readonly entries = new Map<string, Entry>();
	/** Kept parts found too large (their table names): computed inline, never kept again. */
	private readonly tooLarge = new Set<string>();
	private version: number | null = null;

	constructor(
		private readonly runner: QueryRunner,
		private readonly limits = LIVE_CACHE_LIMITS
	) {}

	/** The tables kept now (tests). */
	get tables(): string[] {
		return [...this.entries.keys()];
	}

	/**
	 * Count a definition's members from its groups' member SQL (each already checked as page SQL,
	 * one column `member_key`, distinct) combined by `combine`, at data version `version`.
	 */
	async count(
		groups: LiveGroup[],
		combine: LiveCombine,
		version: number,
		id?: string
	): Promise<LiveCountValue> {
		if (groups.length === 0) throw new Error('A live count needs at least one group.');
		if (combine.operators.length !== groups.length - 1)
			throw new Error('A live count needs one set operator for every group after the first.');
		if (!combine.operators.every((op) => Object.hasOwn(KEYWORD, op)))
			throw new Error('A live count got an unknown set operator.');
		if (combine.split && !usableSplit(combine.split))
			throw new Error('A live count got a split it cannot use.');
		if (this.version !== version) await this.clear();
		this.version = version;
		const run = id ? { id } : {};
		const tables: string[] = [];
		const inUse = new Set<string>();
		const counts = { partsReused: 0 };
		let reused = 0;
		for (const group of groups) {
			const sql = typeof group === 'string' ? group : group.members;
			const table = `__segments_live_${(await sha256Hex(`${version}\u0000${sql}`)).slice(0, 32)}`;
			inUse.add(table);
			if (this.touch(table)) reused++;
			else {
				// with parts: the kept ones are read from their tables, the rest computed around them
				const members =
					typeof group === 'string'
						? sql
						: await this.fromParts(group.stages, version, inUse, run, counts);
				await this.keep(table, `SELECT member_key FROM (\n${members}\n) AS m`, run);
			}
			tables.push(table);
		}
		const members = combinedMembers(tables, combine.operators);
		const [row] = tableToRows(
			await this.runner.table(`SELECT (SELECT count(*) FROM (${members}))::DOUBLE AS members`, run)
		);
		const parts = combine.split
			? tableToRows(await this.runner.table(partCountsSql(members, combine.split), run)).map(
					(r) => ({ part: String(r['part']), members: Number(r['members']) })
				)
			: null;
		await this.evict(inUse);
		return {
			members: Number(row?.['members'] ?? 0),
			groups: tables.map((t) => this.entries.get(t)?.rows ?? 0),
			parts,
			reused,
			partsReused: counts.partsReused
		};
	}

	/** Whether `table` is kept; if so it becomes the most recently used. */
	private touch(table: string): boolean {
		const kept = this.entries.get(table);
		if (!kept) return false;
		this.entries.delete(table);
		this.entries.set(table, kept);
		return true;
	}

	/** Create `table` from `select` and remember how many rows it holds. */
	private async keep(table: string, select: string, run: { id?: string }): Promise<number> {
		// DuckDB answers CREATE … AS with the rows it wrote (a column "Count")
		const [created] = tableToRows(
			await this.runner.table(`CREATE OR REPLACE TEMP TABLE ${table} AS ${select}`, run)
		);
		const written = created?.['Count'];
		const [counted] =
			typeof written === 'number' || typeof written === 'bigint'
				? [{ n: written }]
				: tableToRows(
						await this.runner.table(`SELECT count(*)::DOUBLE AS n FROM temp.${table}`, run)
					);
		const rows = Number(counted?.['n'] ?? 0);
		this.entries.set(table, { table, rows });
		return rows;
	}

	/**
	 * A group's member statement with each kept part read from a table named by a hash of the data
	 * version, the part's SQL and the hashes of the parts it reads (so an edit recomputes exactly
	 * the parts that depend on it), computing and keeping the parts not kept yet.
	 */
	private async fromParts(
		stages: GroupStages,
		version: number,
		inUse: Set<string>,
		run: { id?: string },
		counts: { partsReused: number }
	): Promise<string> {
		const hashes = new Map<string, string>();
		const done: GroupStages['ctes'] = [];
		for (const cte of stages.ctes) {
			const text = cte.body.join('\n');
			const inputs = done.filter((d) => mentions(text, d.name)).map((d) => hashes.get(d.name));
			const hash = await sha256Hex(`${version}\u0000${text}\u0000${inputs.join('\u0000')}`);
			hashes.set(cte.name, hash);
			const table = `__segments_part_${hash.slice(0, 32)}`;
			if (!stages.keep.includes(cte.name) || this.tooLarge.has(table)) {
				done.push(cte);
				continue;
			}
			if (this.touch(table)) counts.partsReused++;
			else {
				const rows = await this.keep(
					table,
					statement([...done, cte], [`SELECT * FROM ${cte.name}`]),
					run
				);
				if (rows > PART_ROWS_MAX) {
					this.tooLarge.add(table);
					await this.drop(table);
					done.push(cte);
					continue;
				}
			}
			inUse.add(table);
			done.push({ name: cte.name, body: [`SELECT * FROM temp.${table}`] });
		}
		return statement(done, stages.final);
	}

	/** Drop every kept table (the data changed). */
	async clear(): Promise<void> {
		for (const table of [...this.entries.keys()]) await this.drop(table);
		this.tooLarge.clear();
	}

	/** Drop the least recently used tables (not those in use) while over a limit. */
	private async evict(inUse: Set<string>): Promise<void> {
		const total = () => [...this.entries.values()].reduce((n, e) => n + e.rows, 0);
		for (const table of [...this.entries.keys()]) {
			if (this.entries.size <= this.limits.tables && total() <= this.limits.rows) return;
			if (!inUse.has(table)) await this.drop(table);
		}
	}

	private async drop(table: string): Promise<void> {
		this.entries.delete(table);
		await this.runner.exec(`DROP TABLE IF EXISTS temp.${table}`).catch(() => undefined);
	}
}

/** The segment's members over the kept tables, combined left to right as compileSegment does. */
export function combinedMembers(tables: string[], operators: SetOperator[]): string {
	const steps: string[] = [];
	let last = `temp.${tables[0] as string}`;
	tables.slice(1).forEach((table, i) => {
		const name = `step${i + 1}`;
		steps.push(
			`${name} AS (SELECT member_key FROM ${last} ${KEYWORD[operators[i] as SetOperator]} SELECT member_key FROM temp.${table})`
		);
		last = name;
	});
	return `${steps.length ? `WITH ${steps.join(', ')} ` : ''}SELECT member_key FROM ${last}`;
}
