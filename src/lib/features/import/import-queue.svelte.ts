// Files the user dropped, each an ImportItem, read one after another by the engine's queue.
import { ImportItem } from './import-item.svelte';
import { app } from '$lib/features/app/app.svelte';

class ImportQueue {
	items = $state<ImportItem[]>([]);

	add(files: Iterable<File>, target: string | null = null): void {
		for (const file of files) {
			const item = new ImportItem(file, () => app.model.value, target);
			this.items.push(item);
			void item.read();
		}
	}

	remove(item: ImportItem): void {
		this.items = this.items.filter((i) => i !== item);
	}

	clearFinished(): void {
		this.items = this.items.filter((i) => i.status !== 'done' && i.status !== 'cancelled');
	}
}

export const importQueue = new ImportQueue();
