// Storage used and available (navigator.storage.estimate) and whether it is persistent.
export interface StorageState {
	usage: number;
	quota: number;
	persisted: boolean | null;
}

export async function storageState(): Promise<StorageState | null> {
	if (!navigator.storage?.estimate) return null;
	const { usage = 0, quota = 0 } = await navigator.storage.estimate();
	let persisted: boolean | null = null;
	try {
		persisted = navigator.storage.persisted ? await navigator.storage.persisted() : null;
	} catch {
		persisted = null;
	}
	return { usage, quota, persisted };
}

/**
 * Whether a file of this size is likely to fit (imports need roughly the file size again, in OPFS
 * or, without OPFS, in IndexedDB: both count against the same quota). Where the browser cannot say
 * (no `navigator.storage.estimate`, as in older Safari, or a quota of 0, which no browser grants
 * for real) the file is let through: refusing every import there would lock the user out, and a
 * save that then runs out of space is refused by the engine with its own sentence, nothing changed
 * (import-item.svelte.ts, worker/mirrored-api.ts).
 */
export async function fitsInStorage(bytes: number): Promise<{ fits: boolean; free: number }> {
	const s = await storageState();
	if (!s || s.quota === 0) return { fits: true, free: Number.POSITIVE_INFINITY };
	const free = s.quota - s.usage;
	return { fits: bytes * 1.2 < free, free };
}
