// Test hook for storage faults: make writes to chosen tables fail as a full disk would
// (QuotaExceededError), to prove that every write path reports it and loses nothing. Installed on
// the app's database; inert unless a test calls failWrites().
import type { Dexie, DBCore, DBCoreMutateRequest } from 'dexie';

const failing = new Set<string>();

export function failWrites(tables: string[]): void {
	failing.clear();
	for (const t of tables) failing.add(t);
}

export function clearWriteFaults(): void {
	failing.clear();
}

export function installWriteFaults(db: Dexie): void {
	db.use({
		stack: 'dbcore',
		name: 'segments-write-faults',
		create(down: DBCore): DBCore {
			return {
				...down,
				table(name: string) {
					const table = down.table(name);
					return {
						...table,
						mutate(req: DBCoreMutateRequest) {
							if (failing.has(name) || failing.has('*'))
								return Promise.reject(
									new DOMException(
										`Simulated full disk while writing ${name}.`,
										'QuotaExceededError'
									)
								);
							return table.mutate(req);
						}
					};
				}
			};
		}
	});
}

/** A storage error, whatever the layer reported it as. */
export function isStorageFull(e: unknown): boolean {
	const text =
		e instanceof Error
			? `${e.name} ${e.message} ${String((e as { inner?: unknown }).inner ?? '')}`
			: String(e);
	return /QuotaExceeded|quota|No space left|disk is full/i.test(text);
}
