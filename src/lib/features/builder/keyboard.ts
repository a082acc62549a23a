// Builder-wide keys and page-leave guard: Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z redoes, except while
// typing in a text field (which has its own undo); closing the tab with unsaved edits asks first.
import type { SegmentBuilder } from './builder.svelte';

function typingIn(target: EventTarget | null): boolean {
	const el = target as HTMLInputElement | null;
	return Boolean(
		el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && el.type !== 'checkbox'
	);
}

export function undoKeys(builder: SegmentBuilder, e: KeyboardEvent): void {
	if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z' || typingIn(e.target)) return;
	e.preventDefault();
	if (e.shiftKey) builder.redo();
	else builder.undo();
}

export function guardUnload(builder: SegmentBuilder, e: BeforeUnloadEvent): void {
	if (builder.dirty) e.preventDefault();
}
