// The member lists a refresh compares with, kept beside the refreshed backup (the app keeps them
// inside its engine, which a backup does not carry): one Parquet file of member keys per segment
// and an index of which run each list belongs to. A list whose run is not the segment's last
// success in the backup is not compared with (entered/left stay unknown, as in the app after a
// restore). New lists are written aside and put in place only when the whole refresh is written.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS_PER_LIST } from '../lib/runs/retention';
import { quoteString } from '../lib/sql/quote';
import type { NativeDb } from './native';

interface Index {
	format: 'segments.member-lists';
	version: 1;
	/** segment id → the run the list belongs to and its file. */
	lists: Record<string, { runId: string; file: string }>;
}

export interface Diff {
	members: number;
	previous: boolean;
	entered: number | null;
	left: number | null;
	enteredKeys: string[];
	leftKeys: string[];
}

function readIndex(dir: string): Index {
	const path = join(dir, 'index.json');
	return existsSync(path)
		? (JSON.parse(readFileSync(path, 'utf8')) as Index)
		: { format: 'segments.member-lists', version: 1, lists: {} };
}

export class MemberLists {
	private readonly index: Index;
	private readonly pending: { from: string; to: string }[] = [];
	private readonly earlier: { dir: string; index: Index }[];

	/**
	 * Lists are written to `dir`; the lists to compare with are looked up there first, then in
	 * `also` (the lists beside the backup being refreshed, when the refreshed one goes elsewhere).
	 */
	constructor(
		private readonly dir: string,
		also: string[] = []
	) {
		this.index = readIndex(dir);
		this.earlier = [dir, ...also.filter((d) => d !== dir)].map((d) => ({
			dir: d,
			index: readIndex(d)
		}));
	}

	/**
	 * Keep `membersSql`'s keys as the list of `runId`, and compare them with the list of `basedOn`
	 * (the segment's last successful run) when that is the one kept.
	 */
	async diff(
		db: NativeDb,
		segmentId: string,
		runId: string,
		basedOn: string | null,
		membersSql: string
	): Promise<Diff> {
		mkdirSync(this.dir, { recursive: true });
		const found = this.earlier.find((e) => e.index.lists[segmentId]?.runId === basedOn);
		const previousPath = found ? join(found.dir, found.index.lists[segmentId]!.file) : null;
		const previous =
			previousPath && existsSync(previousPath)
				? `SELECT member_key FROM read_parquet(${quoteString(previousPath)})`
				: null;
		await db.run(
			`CREATE OR REPLACE TEMP TABLE current_keys AS SELECT DISTINCT CAST(member_key AS VARCHAR) AS member_key FROM (\n${membersSql}\n) AS m WHERE member_key IS NOT NULL`
		);
		const file = `${createHash('sha256').update(segmentId).digest('hex').slice(0, 24)}.parquet`;
		const partial = join(this.dir, `${file}.partial-${process.pid}`);
		await db.run(`COPY current_keys TO ${quoteString(partial)} (FORMAT PARQUET)`);
		this.pending.push({ from: partial, to: join(this.dir, file) });
		this.index.lists[segmentId] = { runId, file };
		const [count] = await db.all('SELECT count(*) AS n FROM current_keys');
		const members = Number(count?.n ?? 0);
		if (!previous)
			return { members, previous: false, entered: null, left: null, enteredKeys: [], leftKeys: [] };
		const keys = async (sql: string) =>
			(
				await db.all(`SELECT member_key FROM (${sql}) ORDER BY member_key LIMIT ${KEYS_PER_LIST}`)
			).map((r) => String(r.member_key));
		const countOf = async (sql: string) =>
			Number((await db.all(`SELECT count(*) AS n FROM (${sql})`))[0]?.n ?? 0);
		const enteredSql = `SELECT member_key FROM current_keys EXCEPT ${previous}`;
		const leftSql = `${previous} EXCEPT SELECT member_key FROM current_keys`;
		return {
			members,
			previous: true,
			entered: await countOf(enteredSql),
			left: await countOf(leftSql),
			enteredKeys: await keys(enteredSql),
			leftKeys: await keys(leftSql)
		};
	}

	/**
	 * SQL reading the kept list of `runId` (a segment's last successful run, from an earlier
	 * refresh), or null when it is not kept here: what "as of its last run" reads of a segment that is
	 * not refreshed in this command.
	 */
	keptList(segmentId: string, runId: string): string | null {
		const found = this.earlier.find((e) => e.index.lists[segmentId]?.runId === runId);
		const path = found ? join(found.dir, found.index.lists[segmentId]!.file) : null;
		return path && existsSync(path)
			? `SELECT member_key FROM read_parquet(${quoteString(path)})`
			: null;
	}

	/** Put the new lists and the index in place. */
	commit(): void {
		for (const { from, to } of this.pending) renameSync(from, to);
		const tmp = join(this.dir, `index.json.partial-${process.pid}`);
		if (this.pending.length) {
			writeFileSync(tmp, JSON.stringify(this.index, null, 2) + '\n');
			renameSync(tmp, join(this.dir, 'index.json'));
		}
	}

	/** Drop the lists written aside (the refresh was not written). */
	discard(): void {
		for (const { from } of this.pending) rmSync(from, { force: true });
	}
}
