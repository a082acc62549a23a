// State of a segment's page: the segment, its runs, members (with search, sort, columns) and the
// latest entered/left lists, all read live.
import { usableLabels } from '$lib/segments/labels';
import { errorMessage } from '$lib/error-message';
import { database } from '$lib/db/schema';
import type { RunChangeRecord, RunRecord, SegmentRecord } from '$lib/db/records';
import { Live } from '$lib/features/app/live.svelte';
import { engine } from '$lib/engine';
import type { Row } from '$lib/engine/protocol';
import type { DataModel } from '$lib/segments/data-model';
import { membersSql, rowsForKeysSql } from '$lib/runs/members-sql';

export class SegmentPage {
	readonly segment: Live<SegmentRecord | null>;
	readonly runs: Live<RunRecord[]>;
	readonly changes: Live<RunChangeRecord | null>;
	members = $state<Row[]>([]);
	membersError = $state<string | null>(null);
	loadingMembers = $state(false);
	/** The first page of members has been loaded (or failed to): the page has its full height. */
	membersLoaded = $state(false);
	search = $state('');
	orderBy = $state<{ column: string; descending: boolean } | null>(null);
	columns = $state<string[]>([]);
	entered = $state<Row[]>([]);
	left = $state<Row[]>([]);
	private generation = 0;

	constructor(readonly id: string) {
		this.segment = new Live(async () => (await database().segments.get(id)) ?? null, null);
		this.runs = new Live(
			() =>
				database()
					.runs.where('[segmentId+startedAt]')
					.between([id, ''], [id, '\uffff'])
					.reverse()
					.toArray(),
			[]
		);
		this.changes = new Live(async () => {
			const latest = await database()
				.runs.where('[segmentId+startedAt]')
				.between([id, ''], [id, '\uffff'])
				.reverse()
				.filter((r) => r.status === 'succeeded')
				.first();
			return latest ? ((await database().runChanges.get(latest.id)) ?? null) : null;
		}, null);
	}

	start(): () => void {
		const a = this.segment.start();
		const b = this.runs.start();
		const c = this.changes.start();
		return () => {
			a();
			b();
			c();
		};
	}

	async loadMembers(model: DataModel): Promise<void> {
		const generation = ++this.generation;
		if (!this.segment.value?.lastSuccess) {
			// no run, no list (a query would fail on a missing snapshot and say so beside "No members yet")
			this.members = [];
			this.membersError = null;
			this.membersLoaded = true;
			return;
		}
		const labels = usableLabels(this.segment.value?.definition.labels);
		const sql = membersSql(model, this.id, {
			columns: this.columns,
			search: this.search,
			orderBy: this.orderBy,
			limit: 100,
			...(labels ? { labels } : {})
		});
		if (!sql) {
			this.membersLoaded = true;
			return;
		}
		this.loadingMembers = true;
		try {
			// no supersede key: a request the user outran just finishes and its answer is dropped
			const rows = await engine().rows(sql, { label: 'Loading members' });
			if (generation !== this.generation) return;
			this.members = rows;
			this.membersError = null;
		} catch (e) {
			if (generation !== this.generation) return;
			this.membersError = errorMessage(e);
		} finally {
			if (generation === this.generation) {
				this.loadingMembers = false;
				this.membersLoaded = true;
			}
		}
	}

	async loadChanges(model: DataModel, change: RunChangeRecord | null): Promise<void> {
		const load = async (keys: string[]) => {
			const sql = rowsForKeysSql(model, keys, 100);
			return sql ? engine().rows(sql, { label: 'Loading entered and left members' }) : [];
		};
		this.entered = change ? await load(change.entered) : [];
		this.left = change ? await load(change.left) : [];
	}
}
