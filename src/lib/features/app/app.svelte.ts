// What every page needs: the engine's state, the data model and the segments, kept current by
// liveQuery (so another tab's changes appear here too), plus what the engine is busy with.
import { errorMessage } from '$lib/error-message';
import { engine, onRestoreProgress, restoreProgress } from '$lib/engine';
import type { RestoreProgress } from '$lib/engine/restore-progress';
import type { EngineEvent, EngineStatus } from '$lib/engine/client';
import type { EngineInfo } from '$lib/engine/protocol';
import { database } from '$lib/db/schema';
import { loadDataModel } from '$lib/db/model-store';
import { loadTimeZone } from '$lib/db/time-zone-store';
import type { DataModel } from '$lib/segments/data-model';
import type { SegmentRecord } from '$lib/db/records';
import { toasts } from '$lib/components/ui/toasts.svelte';
import { Live } from './live.svelte';
import { dropCopiesOfKeptRestores } from '$lib/features/sharing/restore-cleanup';

class AppState {
	engineStatus = $state<EngineStatus>('idle');
	engineInfo = $state<EngineInfo | null>(null);
	engineError = $state<string | null>(null);
	busy = $state<{ running: string | null; queued: number }>({ running: null, queued: 0 });
	/** While the engine loads tables kept in IndexedDB at start (browsers without OPFS). */
	restoring = $state<RestoreProgress | null>(null);
	readonly model = new Live<DataModel>(() => loadDataModel(database()), {
		entities: [],
		relationships: [],
		profile: null
	});
	readonly segments = new Live<SegmentRecord[]>(() => database().segments.toArray(), []);
	/** The workspace's chosen time zone (null: the browser's), followed across tabs. */
	readonly timeZone = new Live<string | null>(() => loadTimeZone(database()), null);
	private started = false;

	/** Called once from the root layout in the browser. */
	start(): () => void {
		if (this.started) return () => {};
		this.started = true;
		const client = engine();
		const off = client.on((e: EngineEvent) => this.onEngineEvent(e));
		const offRestore = onRestoreProgress((p) => (this.restoring = p.table === null ? null : p));
		// the engine began starting before this page listened (hooks.client.ts): what it told
		// nobody is read from its state instead (its status, what it is busy with, the restore)
		if (client.status === 'starting' || client.status === 'restarting')
			this.restoring = restoreProgress();
		if (client.status !== 'idle')
			this.onEngineEvent({ type: 'status', status: client.status, info: client.info });
		this.busy = client.busy;
		const stopModel = this.model.start();
		const stopSegments = this.segments.start();
		const stopTimeZone = this.timeZone.start();
		client
			.start()
			.then(() => dropCopiesOfKeptRestores().catch(() => undefined))
			.catch((e: unknown) => {
				this.engineError = errorMessage(e);
			});
		return () => {
			off();
			offRestore();
			stopModel();
			stopSegments();
			stopTimeZone();
			this.started = false;
		};
	}

	private onEngineEvent(e: EngineEvent): void {
		if (e.type === 'status') {
			const firstReady = e.status === 'ready' && this.engineInfo !== e.info;
			this.engineStatus = e.status;
			if (e.status === 'ready' || e.status === 'failed') this.restoring = null;
			this.engineInfo = e.info;
			this.engineError = e.error ?? null;
			if (firstReady && e.info?.storageRepaired)
				toasts.show(
					'The data store in this browser refused writes and was repaired at start. Your data, data model and segments are intact.',
					'info',
					10_000
				);
			else if (firstReady && e.info?.restored?.failed.length)
				toasts.show(
					`Some saved data could not be loaded and is missing in this session: ${e.info.restored.failed.join(', ')}. Import it again.`,
					'warning',
					0
				);
			else if (firstReady && e.info && !e.info.persistent && e.info.persistenceNote)
				toasts.show(e.info.persistenceNote, 'warning', 0);
		} else if (e.type === 'busy') {
			this.busy = { running: e.running, queued: e.queued };
		} else if (e.type === 'notice') {
			// every write of a failing disk says the same: once on screen is enough
			if (!toasts.items.some((t) => t.message === e.notice.message))
				toasts.show(e.notice.message, 'warning', 0);
		} else if (e.type === 'restarted') {
			const what = e.interrupted.length ? `${e.interrupted.join(', ')} was interrupted. ` : '';
			toasts.show(
				`The engine stopped and was restarted. ${what}Your data, data model and segments are intact.`,
				'warning',
				10_000
			);
		}
	}
}

export const app = new AppState();
