// The builder being edited and its live counts, handed to every part of the builder through Svelte
// context (set once by Builder.svelte) instead of a prop passed down through each level.
import { createContext } from 'svelte';
import type { SegmentBuilder } from './builder.svelte';
import type { LiveCounts } from './live-counts.svelte';

export interface BuilderContext {
	builder: SegmentBuilder;
	counts: LiveCounts;
}

const [getContext, setContext] = createContext<BuilderContext>();

/** Called once, by the component that owns the builder. */
export const setBuilderContext = (context: BuilderContext): BuilderContext => setContext(context);

/** The builder of the surrounding Builder.svelte. */
export const getBuilder = (): SegmentBuilder => getContext().builder;

/** The live counts of the surrounding Builder.svelte. */
export const getCounts = (): LiveCounts => getContext().counts;
