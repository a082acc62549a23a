// The home list's search, type and state filters and its tiles/table choice (kept across visits).
import type { SegmentRecord } from '$lib/db/records';
import { healthLabel } from '$lib/runs/health';
import { healthOf } from './actions';

export type TypeFilter = 'all' | 'dynamic' | 'static';
export type StateFilter = 'all' | 'active' | 'inactive' | 'draft' | 'error';
export type ListView = 'tiles' | 'table';

const VIEW_KEY = 'segments.view';

export class SegmentFilters {
	query = $state('');
	type = $state<TypeFilter>('all');
	state = $state<StateFilter>('all');
	view = $state<ListView>('tiles');

	/** True when any filter narrows the list (the empty columns then say "match"). */
	readonly narrowed = $derived(this.query !== '' || this.type !== 'all' || this.state !== 'all');

	/** Read the remembered view; call from onMount (no localStorage before the page runs). */
	restoreView(): void {
		const saved = localStorage.getItem(VIEW_KEY);
		if (saved === 'table' || saved === 'tiles') this.view = saved;
	}

	setView(view: ListView): void {
		this.view = view;
		localStorage.setItem(VIEW_KEY, view);
	}

	matches(s: SegmentRecord): boolean {
		const q = this.query.trim().toLowerCase();
		const text = `${s.name} ${s.definition.displayName} ${s.definition.description}`;
		if (q && !text.toLowerCase().includes(q)) return false;
		if (this.type !== 'all' && s.definition.type !== this.type) return false;
		// the same health the badges show (runs/health.ts)
		return this.state === 'all' || healthLabel(healthOf(s)) === this.state;
	}
}
