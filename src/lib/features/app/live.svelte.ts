// A Dexie liveQuery as a rune: `value` follows the database, including changes made by other tabs.
// A query that fails once (a read in the middle of a restore, a closing database) ends Dexie's
// observable; the rune subscribes again shortly after, so the page never stays on a stale value.
import { errorMessage } from '$lib/error-message';
import { liveQuery } from 'dexie';

const RETRY_MS = 300;

export class Live<T> {
	value = $state() as T;
	loaded = $state(false);
	error = $state<string | null>(null);
	private subscription: { unsubscribe(): void } | null = null;
	private stopped = true;
	private retry: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly query: () => Promise<T>,
		initial: T
	) {
		this.value = initial;
	}

	private subscribe(): void {
		this.subscription = liveQuery(this.query).subscribe({
			next: (v) => {
				this.value = v;
				this.loaded = true;
				this.error = null;
			},
			error: (e: unknown) => {
				this.error = errorMessage(e);
				this.subscription?.unsubscribe();
				if (!this.stopped) this.retry = setTimeout(() => this.subscribe(), RETRY_MS);
			}
		});
	}

	/** Start following; returns the stop function (use from $effect or onMount). */
	start(): () => void {
		this.stopped = false;
		this.subscribe();
		return () => {
			this.stopped = true;
			if (this.retry) clearTimeout(this.retry);
			this.subscription?.unsubscribe();
		};
	}
}
