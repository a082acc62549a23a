// The app's scheduler: started once per tab; it only acts while this tab's engine client is the
// leader. Its state (what is refreshing, what is queued) is shown in the top bar.
import { errorMessage } from '$lib/error-message';
import { engine } from '$lib/engine';
import { database } from '$lib/db/schema';
import { tabId } from '$lib/engine/tab-id';
import { Scheduler, type SchedulerState } from '$lib/runs/scheduler';
import { runNow } from '$lib/runs/service';
import { toasts } from '$lib/components/ui/toasts.svelte';

class SchedulerService {
	state = $state<SchedulerState>({ running: null, queued: [] });
	private scheduler: Scheduler | null = null;

	start(): () => void {
		const client = engine();
		const scheduler = new Scheduler({
			db: database(),
			tabId,
			now: () => Date.now(),
			run: (segmentId, trigger, signal) =>
				runNow(segmentId, trigger, 'background', signal).catch((e: unknown) => {
					// a run that could not even be recorded (full storage) must still be seen
					toasts.error(errorMessage(e));
					throw e;
				}),
			isLeader: () => client.status === 'ready' && client.role !== 'follower',
			heldLocks: async () => {
				const snapshot = await navigator.locks.query();
				return new Set((snapshot.held ?? []).map((l) => l.name ?? ''));
			}
		});
		this.scheduler = scheduler;
		const offState = scheduler.on((s) => (this.state = s));
		const offEngine = client.on((e) => {
			if (e.type === 'status' && e.status === 'ready') scheduler.poke();
		});
		const visible = () => {
			if (document.visibilityState === 'visible') scheduler.poke();
		};
		document.addEventListener('visibilitychange', visible);
		scheduler.start();
		return () => {
			offState();
			offEngine();
			document.removeEventListener('visibilitychange', visible);
			scheduler.stop();
		};
	}

	cancel(): void {
		this.scheduler?.cancelCurrent();
	}
}

export const schedulerService = new SchedulerService();
