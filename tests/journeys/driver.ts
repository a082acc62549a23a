// The real side of a journey: one persistent Chromium profile, the page the user looks at, what the
// page reported (uncaught errors), and the read-outs the invariants need (IndexedDB, the engine, the
// screen). Everything here drives or reads the real app; nothing is mocked.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { newProfile, type Profile } from '../helpers/persistent-browser';
import { compileSegment } from '../../src/lib/segments/compile';
import type { DataModel } from '../../src/lib/segments/data-model';
import type { SegmentDefinition } from '../../src/lib/segments/definition';

export interface RunRow {
	id: string;
	segmentId: string;
	status: string;
	trigger: string;
	startedAt: string;
	asOf: string;
	members: number | null;
	error: string | null;
}
export interface SegmentRow {
	id: string;
	name: string;
	state: string;
	definition: SegmentDefinition;
}

/** Raw engine or JavaScript error text that must never reach the screen. */
export const RAW_ERROR =
	/exception_type|exception_message|TypeError|ReferenceError|Failed to execute|could not be cloned/;

export class Journey {
	readonly profile: Profile = newProfile();
	context!: BrowserContext;
	page!: Page;
	/** Uncaught page errors since the last check. */
	pageErrors: string[] = [];
	offline = false;

	async open(): Promise<void> {
		this.context = await this.profile.open();
		this.offline = false;
		this.page = this.context.pages()[0] ?? (await this.context.newPage());
		this.page.on('pageerror', (e) => this.pageErrors.push(`${e.name}: ${e.message}`));
		await this.goto('/data');
	}

	async close(): Promise<void> {
		await this.context?.close().catch(() => undefined);
	}

	async dispose(): Promise<void> {
		await this.close();
		this.profile.remove();
	}

	async goto(url: string): Promise<void> {
		await this.page.goto(url);
		await this.engineReady();
	}

	async engineReady(): Promise<void> {
		await expect(this.page.getByTestId('engine-status')).toHaveAttribute('data-status', 'ready', {
			timeout: 90_000
		});
	}

	/** Go to a page through the main navigation (no reload), unless already there. */
	async nav(name: 'Segments' | 'Data' | 'Relationships' | 'Privacy & storage'): Promise<void> {
		await this.page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name, exact: true })
			.click();
		const path = { Segments: '/', Data: '/data', Relationships: '/relationships' }[name as string];
		if (path === '/') await expect(this.page).toHaveURL(/\/$/);
		else if (path) await expect(this.page).toHaveURL(new RegExp(`${path}$`));
	}

	async store<T>(name: 'segments' | 'runs'): Promise<T[]> {
		return this.page.evaluate(async (store) => {
			const req = indexedDB.open('segments');
			const db: IDBDatabase = await new Promise((resolve, reject) => {
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error);
			});
			try {
				return await new Promise<unknown[]>((resolve, reject) => {
					const q = db.transaction(store).objectStore(store).getAll();
					q.onsuccess = () => resolve(JSON.parse(JSON.stringify(q.result)));
					q.onerror = () => reject(q.error);
				});
			} finally {
				db.close();
			}
		}, name) as Promise<T[]>;
	}

	async segments(): Promise<SegmentRow[]> {
		return this.store<SegmentRow>('segments');
	}

	async runs(): Promise<RunRow[]> {
		return this.store<RunRow>('runs');
	}

	/** The data model as the app holds it now. */
	async model(): Promise<DataModel> {
		return this.page.evaluate(() =>
			JSON.parse(
				JSON.stringify(
					(window as unknown as { __segments: { app: { model: { value: unknown } } } }).__segments
						.app.model.value
				)
			)
		);
	}

	/**
	 * What a segment's count should be on the current data at a run's as-of moment: the app's own
	 * compiled SQL, run on the page's engine. Null when the definition does not compile.
	 */
	async expectedCount(definition: SegmentDefinition, asOf: string): Promise<number | null> {
		const compiled = compileSegment(definition, await this.model(), {
			today: asOf.slice(0, 10),
			now: asOf
		});
		if (!compiled.ok) return null;
		return this.page.evaluate(async (sql) => {
			const e = (
				window as unknown as {
					__segments: { engine: { rows(sql: string): Promise<{ members: unknown }[]> } };
				}
			).__segments.engine;
			return Number((await e.rows(sql))[0]!.members);
		}, compiled.sql.count);
	}

	/** Text that is on screen now in alerts, statuses and notifications. */
	async messages(): Promise<string[]> {
		return this.page
			.locator('[role="alert"], [role="status"], [role="region"][aria-label="Notifications"]')
			.allInnerTexts();
	}

	/** A write to the database file: proves the workspace is writable. */
	async probeWrite(): Promise<string | null> {
		return this.page.evaluate(async () => {
			const e = (
				window as unknown as { __segments: { engine: { exec(sql: string): Promise<unknown> } } }
			).__segments.engine;
			try {
				await e.exec('CREATE OR REPLACE TABLE journey_probe AS SELECT 1 AS x');
				await e.exec('DROP TABLE journey_probe');
				return null;
			} catch (err) {
				return String((err as Error).message ?? err);
			}
		});
	}
}
