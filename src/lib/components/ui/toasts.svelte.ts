// Short messages in a corner: what just happened, or what went wrong and what to do.
export type ToastKind = 'info' | 'success' | 'error' | 'warning';

export interface Toast {
	id: number;
	kind: ToastKind;
	message: string;
	/** ms; 0 keeps it until dismissed (errors). */
	timeout: number;
}

class Toasts {
	items = $state<Toast[]>([]);
	private next = 1;

	show(message: string, kind: ToastKind = 'info', timeout = kind === 'error' ? 0 : 5000): number {
		const id = this.next++;
		this.items.push({ id, kind, message, timeout });
		if (timeout > 0) setTimeout(() => this.dismiss(id), timeout);
		return id;
	}

	success(message: string): number {
		return this.show(message, 'success');
	}

	error(message: string): number {
		return this.show(message, 'error');
	}

	/** Change the text of a toast that is still shown (progress). */
	update(id: number, message: string): void {
		const t = this.items.find((x) => x.id === id);
		if (t) t.message = message;
	}

	dismiss(id: number): void {
		this.items = this.items.filter((t) => t.id !== id);
	}
}

export const toasts = new Toasts();
