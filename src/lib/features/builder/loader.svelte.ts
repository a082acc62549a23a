// Which segment the builder edits, from the page address: /builder?id=<segment> loads a stored
// one; /builder?type=dynamic&name=…&displayName=…&description=… starts a new one. A segment that
// is gone or a storage that cannot be read ends in a sentence, never in "Loading…" forever.
import { app } from '$lib/features/app/app.svelte';
import { database } from '$lib/db/schema';
import { SegmentBuilder } from './builder.svelte';
import { dropDraft, keptDraft } from './builder-draft';

export type LoadStatus = 'loading' | 'ready' | 'missing' | 'failed';

export class BuilderLoader {
	status = $state<LoadStatus>('loading');
	readonly builder: SegmentBuilder = new SegmentBuilder(
		() => app.model.value,
		() => app.segments.value.filter((s) => s.id !== this.builder.segmentId).map((s) => s.name),
		() => app.segments.value
	);
	private loadedFor: string | null = null;
	private generation = 0;

	/** Load what `url` asks for, unless it is what is loaded already. */
	follow(url: URL): void {
		const key = url.search;
		if (key === this.loadedFor) return;
		this.loadedFor = key;
		const id = url.searchParams.get('id');
		// a save of a new segment puts its id in the address: it is already here
		if (id && this.builder.segmentId === id && this.status === 'ready') {
			// saved: what the address of the new segment kept is not needed any more
			const before = this.builder.draftKey;
			if (before && before !== key) dropDraft(before);
			this.builder.draftKey = key;
			return;
		}
		const generation = ++this.generation;
		if (!id) {
			this.builder.load(blankFrom(url.searchParams), null, false);
			this.builder.addGroup();
			this.builder.markOpened();
			this.putBackDraft(key);
			this.status = 'ready';
			return;
		}
		this.status = 'loading';
		database()
			.segments.get(id)
			.then(
				(record) => {
					if (generation !== this.generation) return;
					if (record) {
						this.builder.load(record.definition, record.id);
						this.putBackDraft(key);
					}
					this.status = record ? 'ready' : 'missing';
				},
				() => {
					if (generation !== this.generation) return;
					this.status = 'failed';
				}
			);
	}

	/** Edits this address had before the page was reloaded, over the version just loaded. */
	private putBackDraft(key: string): void {
		this.builder.draftKey = key;
		const draft = keptDraft(key, this.builder.savedText);
		if (!draft) return;
		try {
			this.builder.restoreDraft(draft);
		} catch {
			dropDraft(key); // from a version of the app that cannot be read any more
		}
	}

	/** Try the same address again (after a storage error). */
	retry(url: URL): void {
		this.loadedFor = null;
		this.follow(url);
	}
}

function blankFrom(params: URLSearchParams) {
	const type = params.get('type') === 'static' ? 'static' : 'dynamic';
	const definition = SegmentBuilder.blank(type, params.get('name') ?? '');
	definition.displayName = params.get('displayName') ?? definition.name;
	definition.description = params.get('description') ?? '';
	return definition;
}
