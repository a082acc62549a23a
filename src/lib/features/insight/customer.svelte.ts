// State of a customer's page: the search (by key, or any text attribute of the Customer Profile),
// the chosen customer's profile row, the segments whose latest run has them, and when they entered
// and left each one according to the kept run history.
import { engine } from '$lib/engine';
import type { Row } from '$lib/engine/protocol';
import { database } from '$lib/db/schema';
import type { RunRecord } from '$lib/db/records';
import type { DataModel } from '$lib/segments/data-model';
import { quoteString } from '$lib/sql/quote';
import { findCustomersSql } from '$lib/insight/customer-sql';
import {
	customerTimelines,
	segmentsOfCustomerSql,
	type SegmentTimeline
} from '$lib/insight/customer-history';

export class CustomerState {
	search = $state('');
	matches = $state<Row[] | null>(null);
	profile = $state<Row | null>(null);
	inSegments = $state<string[]>([]);
	timelines = $state<SegmentTimeline[]>([]);
	error = $state<string | null>(null);
	busy = $state(false);

	private textAttributes(model: DataModel): string[] {
		const entity = model.entities.find((e) => e.name === model.profile?.entity);
		return entity?.attributes.filter((a) => a.type === 'string').map((a) => a.name) ?? [];
	}

	async find(model: DataModel): Promise<void> {
		this.error = null;
		const sql = findCustomersSql(model, this.search, this.textAttributes(model));
		if (!sql) {
			this.matches = null;
			this.error = model.profile
				? 'Type a customer key, or part of a name or e-mail address.'
				: 'Mark a Customer Profile on the Relationships page first.';
			return;
		}
		try {
			this.matches = await engine().rows(sql, { label: 'Finding customers' });
		} catch {
			this.error = 'The engine could not search the customers. Try again in a moment.';
		}
	}

	async open(model: DataModel, key: string): Promise<void> {
		this.error = null;
		this.busy = true;
		try {
			const sql = findCustomersSql(model, key, [], 1);
			const rows = sql ? await engine().rows(sql, { label: 'Reading a customer' }) : [];
			const row = rows.find((r) => String(r.k) === key) ?? null;
			this.profile = row;
			if (!row) {
				this.inSegments = [];
				this.timelines = [];
				return;
			}
			// no run yet: the engine has no kept member lists, and the customer is in none
			this.inSegments = await engine()
				.rows(segmentsOfCustomerSql(key, quoteString), { label: 'Reading their segments' })
				.then((r) => r.map((x) => String(x.segment_id)))
				.catch(() => []);
			const db = database();
			const changes = await db.runChanges.toArray();
			const runs = (await db.runs.bulkGet(changes.map((c) => c.runId))).filter(
				(r): r is RunRecord => !!r
			);
			this.timelines = customerTimelines(key, runs, changes);
		} catch {
			this.error = 'The engine could not read this customer. Try again in a moment.';
		} finally {
			this.busy = false;
		}
	}
}
