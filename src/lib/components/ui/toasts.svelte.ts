// Short messages in a corner: what just happened, or what went wrong and what to do.
export type ToastKind = 'info' | 'success' | 'error' | 'warning';

export interface Toast {
	id: number;
	kind: ToastKind;
	message: string;
	/** ms; 0 keeps it until dismissed (errors). */
	timeout: number;
	/** A button in the toast: what to do next (the toast closes when it is pressed). */
	action?: ToastAction;
}

export interface ToastAction {
	label: string;
	run: () => void;
}

class Toasts {
	items = $state<Toast[]>([]);
	private next = 1;

	show(
		message: string,
		kind: ToastKind = 'info',
		timeout = kind === 'error' ? 0 : 5000,
		action?: ToastAction
	): number {
		const id = this.next++;
		this.items.push({ id, kind, message, timeout, ...(action ? { action } : {}) });
		if (timeout > 0) setTimeout(() => this.dismiss(id), timeout);
		return id;
	}

	success(message: string, action?: ToastAction): number {
		// a toast with a button stays longer: there is something to read and decide
		return this.show(message, 'success', action ? 12000 : 5000, action);
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
