// A Dexie liveQuery as a rune: `value` follows the database, including changes made by other tabs.
import { liveQuery } from 'dexie';

export class Live<T> {
	value = $state() as T;
	loaded = $state(false);
	error = $state<string | null>(null);
	private subscription: { unsubscribe(): void } | null = null;

	constructor(
		private readonly query: () => Promise<T>,
		initial: T
	) {
		this.value = initial;
	}

	/** Start following; returns the stop function (use from $effect or onMount). */
	start(): () => void {
		this.subscription = liveQuery(this.query).subscribe({
			next: (v) => {
				this.value = v;
				this.loaded = true;
				this.error = null;
			},
			error: (e: unknown) => {
				this.error = e instanceof Error ? e.message : String(e);
			}
		});
		return () => this.subscription?.unsubscribe();
	}
}
