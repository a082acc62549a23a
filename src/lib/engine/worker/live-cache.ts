// The builder's live counts from cached group members. While a user edits one group the others'
// members do not change, so each group's keys are kept in a TEMP table named by a hash of the
// group's SQL (the clock is in it as literals) and the data version (EngineCore.dataVersion, which
// changes whenever a table does). An edit recomputes only the groups whose hash is new; the total,
// each group's count and the split's part counts are then combined from the kept tables with the
// same left-to-right set operations compileSegment writes. Bounded (least recently used first) by
// table count and kept rows; the tables live and die with the worker's DuckDB instance.
import type { SetOperator } from '../../segments/definition';
import type { LiveCombine } from '../../segments/live-plan';
import { partCountsSql, usableSplit } from '../../segments/split';
import { tableToRows } from '../results';
import type { QueryRunner } from './runner';

export type { LiveCombine } from '../../segments/live-plan';

export interface LiveCountValue {
	members: number;
	groups: number[];
	parts: { part: string; members: number }[] | null;
	/** How many groups came from the cache (for tests and the benchmark). */
	reused: number;
}

export const LIVE_CACHE_LIMITS = { tables: 32, rows: 8_000_000 };

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
		groups: string[],
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
		let reused = 0;
		for (const sql of groups) {
			const table = `__segments_live_${(await sha256Hex(`${version}\u0000${sql}`)).slice(0, 32)}`;
			const kept = this.entries.get(table);
			if (kept) {
				// most recently used last
				this.entries.delete(table);
				this.entries.set(table, kept);
				reused++;
			} else {
				await this.runner.exec(
					`CREATE OR REPLACE TEMP TABLE ${table} AS SELECT member_key FROM (\n${sql}\n) AS m`,
					run
				);
				const [counted] = tableToRows(
					await this.runner.table(`SELECT count(*)::DOUBLE AS n FROM temp.${table}`, run)
				);
				this.entries.set(table, { table, rows: Number(counted?.['n'] ?? 0) });
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
		await this.evict(new Set(tables));
		return {
			members: Number(row?.['members'] ?? 0),
			groups: tables.map((t) => this.entries.get(t)?.rows ?? 0),
			parts,
			reused
		};
	}

	/** Drop every kept table (the data changed). */
	async clear(): Promise<void> {
		for (const table of [...this.entries.keys()]) await this.drop(table);
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
