// The segment builder's state: the definition being edited, its problems (re-checked on every
// edit), undo/redo, and the edits the UI makes (groups, paths, conditions, blocks, aggregates,
// sequences, lifecycles, segment conditions).
// Paths are proposed best match rate first, and repaired when relationships they name were
// deleted or renamed and the same joins exist under another name.
// The definition is always a valid *shape* (so it can be saved as a draft at any moment); whether
// it is complete and runs is what `problems` says.
import {
	emptyDefinition,
	isConditionBlock,
	type AggregateCondition,
	type Condition,
	type ConditionBlock,
	type ConditionNode,
	type Group,
	type OperatorId,
	type RankCondition,
	type SegmentDefinition,
	type SegmentType,
	type LifecycleCondition,
	type MembershipCondition,
	type SequenceCondition,
	type SequenceStep,
	type SetOperator
} from '$lib/segments/definition';
import { lifecycleOf, newSequence, stepAlong, timeChoices } from './sequence-edits';
import type { DataModel, Relationship } from '$lib/segments/data-model';
import {
	findPaths,
	rankPaths,
	repairPath,
	type FoundPath,
	type MatchRateMap,
	type RankedPath
} from '$lib/segments/paths';
import { operatorsFor } from '$lib/segments/operators';
import { validateSegment } from '$lib/segments/validate';
import { upToDate } from '$lib/segments/parse';
import type { Problem, ProblemPath } from '$lib/segments/problems';
import { stableStringify } from '$lib/runs/hash';
import { stateAfterSave } from '$lib/db/segments-store';
import type { SegmentRecord, SegmentState } from '$lib/db/records';
import type { SegmentLookup } from '$lib/segments/dependencies';
import { segmentLookup } from '$lib/runs/segment-lookup';

const shortId = (prefix: string) =>
	`${prefix}${crypto.randomUUID().replaceAll('-', '').slice(0, 8)}`;

export type NodePath = number[];

export class SegmentBuilder {
	definition = $state<SegmentDefinition>(emptyDefinition(''));
	segmentId = $state<string | null>(null);
	private saved = $state('');
	private past: string[] = [];
	private future: string[] = [];
	canUndo = $state(false);
	canRedo = $state(false);
	private lastRecorded = '';
	private restoring = false;
	/** Counts loads, so what follows the loaded segment (path repair) can run again. */
	loads = $state(0);
	/** Match rates that rank proposed paths (see path-rates.svelte.ts). */
	rates = $state<MatchRateMap>({});
	/** Per group id: why its path changed by itself ("Path updated: …"), until the user picks one. */
	pathNotes = $state<Record<string, string>>({});
	/** Groups whose path the builder proposed (not chosen by the user): better rates may re-pick it. */
	private proposed = new Set<string>();

	constructor(
		private readonly model: () => DataModel,
		private readonly takenNames: () => string[],
		/** The saved segments, which "is in segment …" conditions refer to. */
		readonly savedSegments: () => readonly SegmentRecord[] = () => []
	) {}

	/** How the definition finds the segments it refers to; it stands for its own name. */
	readonly lookup: SegmentLookup = $derived.by(() =>
		segmentLookup(this.savedSegments(), {
			definition: this.definition,
			segmentId: this.segmentId
		})
	);

	/** Start editing (a new or a stored definition). */
	load(stored: SegmentDefinition, segmentId: string | null, saved = segmentId !== null): void {
		// one saved by an older version is edited (and saved again) as the current version
		const definition = upToDate(stored);
		this.definition = structuredClone(definition);
		this.segmentId = segmentId;
		this.saved = saved ? stableStringify(definition) : '';
		this.opened = stableStringify(definition);
		this.past = [];
		this.future = [];
		this.lastRecorded = stableStringify(definition);
		this.canUndo = false;
		this.canRedo = false;
		this.proposed.clear();
		this.pathNotes = {};
		this.restoredDraft = false;
		this.loads++;
	}

	static blank(type: SegmentType, name = ''): SegmentDefinition {
		return emptyDefinition(name, type);
	}

	/** Edits since the last load or save. */
	readonly dirty = $derived.by(() => stableStringify(this.definition) !== this.saved);

	/** The version saved (stable JSON; '' for a new segment): what a kept draft was based on. */
	get savedText(): string {
		return this.saved;
	}

	// ---- a draft kept across a reload (builder-draft.ts) -------------------------------------

	/** Where this page's unsaved edits are kept (the page address), set by the loader. */
	draftKey = $state<string | null>(null);
	/** Unsaved edits from before a reload were put back; the version loaded is one Undo away. */
	restoredDraft = $state(false);
	/** The definition as the page opened it (a new one with its first group), or as last saved. */
	private opened = $state('');
	/** Edited since it was opened or saved: what a reload would lose. */
	readonly edited = $derived.by(() => stableStringify(this.definition) !== this.opened);

	/** What was just loaded, with what the page adds to a new segment (its first group). */
	markOpened(): void {
		this.opened = stableStringify(this.definition);
	}

	/** Put back edits kept before a reload, over what was just loaded. */
	restoreDraft(draft: SegmentDefinition): void {
		const definition = upToDate(draft);
		this.past = [this.lastRecorded];
		this.future = [];
		this.definition = structuredClone(definition);
		this.lastRecorded = stableStringify(definition);
		this.canUndo = true;
		this.canRedo = false;
		this.restoredDraft = true;
	}

	/** Throw the put-back edits away: the segment as it was loaded. */
	discardDraft(): void {
		if (!this.restoredDraft) return;
		this.past = [];
		this.future = [];
		this.restore(this.opened);
		this.restoredDraft = false;
	}

	markSaved(segmentId: string): void {
		this.restoredDraft = false;
		this.segmentId = segmentId;
		this.saved = stableStringify(this.definition);
		this.opened = this.saved;
	}

	/** Checked once per edit (or model change), however often the UI reads it. */
	readonly problems: Problem[] = $derived.by(() =>
		validateSegment(this.definition, this.model(), {
			takenNames: this.takenNames(),
			segments: this.lookup
		})
	);

	/**
	 * What a save writes: a plain copy of the definition and the segment's state afterwards. A
	 * complete segment saved with `activate` becomes active even when it was switched off before.
	 */
	savePayload(
		wasState?: SegmentState,
		activate = false
	): { definition: SegmentDefinition; state: SegmentState } {
		const definition = $state.snapshot(this.definition) as SegmentDefinition;
		const count = this.problems.length;
		const state = activate && count === 0 ? 'active' : stateAfterSave(definition, count, wasState);
		return { definition, state };
	}

	/** Problems whose path starts with `prefix` (exact: only those at exactly that path). */
	problemsAt(prefix: ProblemPath, exact = false): Problem[] {
		return this.problems.filter(
			(p) =>
				(exact ? p.path.length === prefix.length : p.path.length >= prefix.length) &&
				prefix.every((part, i) => p.path[i] === part)
		);
	}

	// ---- history ---------------------------------------------------------------------------

	/** Called (debounced) after edits: remember the previous version for undo. */
	record(): void {
		if (this.restoring) return;
		const now = stableStringify(this.definition);
		if (now === this.lastRecorded) return;
		this.past.push(this.lastRecorded);
		if (this.past.length > 100) this.past.shift();
		this.future = [];
		this.lastRecorded = now;
		this.canUndo = true;
		this.canRedo = false;
	}

	undo(): void {
		this.record();
		const previous = this.past.pop();
		if (previous === undefined) return;
		this.future.push(this.lastRecorded);
		this.restore(previous);
	}

	redo(): void {
		const next = this.future.pop();
		if (next === undefined) return;
		this.past.push(this.lastRecorded);
		this.restore(next);
	}

	private restore(json: string): void {
		this.restoring = true;
		this.definition = JSON.parse(json) as SegmentDefinition;
		this.lastRecorded = json;
		this.canUndo = this.past.length > 0;
		this.canRedo = this.future.length > 0;
		queueMicrotask(() => (this.restoring = false));
	}

	// ---- groups ----------------------------------------------------------------------------

	addGroup(operator: SetOperator = 'intersect'): Group {
		const group: Group = {
			id: shortId('g'),
			...(this.definition.groups.length > 0 ? { operator } : {}),
			path: { start: '', steps: [] },
			where: null,
			aggregates: []
		};
		this.definition.groups.push(group);
		return group;
	}

	removeGroup(index: number): void {
		this.definition.groups.splice(index, 1);
		const first = this.definition.groups[0];
		if (first) delete first.operator;
	}

	moveGroup(index: number, delta: -1 | 1): void {
		const groups = this.definition.groups;
		const target = index + delta;
		if (target < 0 || target >= groups.length) return;
		const [g] = groups.splice(index, 1);
		if (!g) return;
		groups.splice(target, 0, g);
		groups.forEach((x, i) => {
			if (i === 0) delete x.operator;
			else x.operator ??= 'intersect';
		});
	}

	setOperator(index: number, operator: SetOperator): void {
		const g = this.definition.groups[index];
		if (g && index > 0) g.operator = operator;
	}

	/** All paths from `start` to the Customer Profile, best match rate first, then shortest. */
	pathsFrom(start: string): RankedPath[] {
		return start ? rankPaths(findPaths(this.model(), start), this.rates) : [];
	}

	/** Choose the entity a group starts from; the best path is proposed at once. */
	setStart(index: number, start: string): void {
		const g = this.definition.groups[index];
		if (!g) return;
		g.path = { start, steps: structuredClone(this.pathsFrom(start)[0]?.steps ?? []) };
		this.proposed.add(g.id);
		delete this.pathNotes[g.id];
		// conditions on entities no longer on the path would be problems: drop those with no values yet
		if (g.where) this.pruneUnused(index);
	}

	/** The user's choice of path. */
	setPath(index: number, path: FoundPath): void {
		const g = this.definition.groups[index];
		if (!g) return;
		g.path = { start: path.entities[0] ?? g.path.start, steps: structuredClone(path.steps) };
		this.proposed.delete(g.id);
		delete this.pathNotes[g.id];
	}

	/** New match rates: a path the builder proposed follows the best one. */
	setRates(rates: MatchRateMap): void {
		this.rates = rates;
		for (const g of this.definition.groups) {
			if (!this.proposed.has(g.id)) continue;
			const best = this.pathsFrom(g.path.start)[0];
			if (best && stableStringify(best.steps) !== stableStringify(g.path.steps))
				g.path = { start: g.path.start, steps: structuredClone(best.steps) };
		}
	}

	/** Relationships on the paths a group could take, where there is a choice to rank. */
	relationshipsToRank(): Set<string> {
		const names = new Set<string>();
		for (const g of this.definition.groups) {
			const paths = g.path.start ? findPaths(this.model(), g.path.start) : [];
			if (paths.length < 2) continue;
			for (const p of paths) for (const s of p.steps) names.add(s.relationship);
		}
		return names;
	}

	/**
	 * Paths naming relationships that no longer exist take the same joins under their new names
	 * (`former`: relationships as they were before a delete or rename). Returns one sentence per
	 * group repaired; groups with no equivalent keep their path and offer the alternatives.
	 */
	repairPaths(former: readonly Relationship[]): string[] {
		const said: string[] = [];
		this.definition.groups.forEach((g, i) => {
			const repair = repairPath(this.model(), g.path, former, this.rates);
			if (repair.kind !== 'replaced') return;
			g.path = { start: g.path.start, steps: structuredClone(repair.path.steps) };
			const how = repair.renamed.map((r) => `${r.from} is now ${r.to}`).join(', ');
			this.pathNotes[g.id] = `Path updated: ${how}.`;
			said.push(`Group ${i + 1}: path updated (${how}).`);
		});
		return said;
	}

	/** Entities on the group's current path, start first. */
	entitiesOnPath(index: number): string[] {
		const g = this.definition.groups[index];
		if (!g || !g.path.start) return [];
		const found = this.pathsFrom(g.path.start).find(
			(p) => stableStringify(p.steps) === stableStringify(g.path.steps)
		);
		return found?.entities ?? [g.path.start];
	}

	private pruneUnused(index: number): void {
		const g = this.definition.groups[index];
		if (!g?.where) return;
		const on = new Set(this.entitiesOnPath(index));
		const keep = (n: ConditionNode): ConditionNode | null => {
			if (isConditionBlock(n)) {
				n.children = n.children.map(keep).filter((c): c is ConditionNode => c !== null);
				return n;
			}
			return on.has(n.entity) || n.attribute !== '' ? n : null;
		};
		g.where = keep(g.where);
	}

	// ---- conditions ------------------------------------------------------------------------

	/** The node at `path` (indexes into children from the group's root block). */
	nodeAt(groupIndex: number, path: NodePath): ConditionNode | null {
		let node: ConditionNode | null = this.definition.groups[groupIndex]?.where ?? null;
		for (const i of path) {
			if (!node || !isConditionBlock(node)) return null;
			node = node.children[i] ?? null;
		}
		return node;
	}

	private blockAt(groupIndex: number, path: NodePath): ConditionBlock | null {
		const node = this.nodeAt(groupIndex, path);
		return node && isConditionBlock(node) ? node : null;
	}

	newCondition(entity: string): Condition {
		return { kind: 'condition', id: shortId('c'), entity, attribute: '', operator: 'equals' };
	}

	/** Add a condition to the block at `blockPath` (the root block is created on first use). */
	addCondition(groupIndex: number, blockPath: NodePath = []): void {
		const g = this.definition.groups[groupIndex];
		if (!g) return;
		const entity = g.path.start;
		if (!g.where) {
			g.where = { kind: 'and', id: shortId('b'), children: [this.newCondition(entity)] };
			return;
		}
		if (!isConditionBlock(g.where)) {
			g.where = { kind: 'and', id: shortId('b'), children: [g.where] };
		}
		this.blockAt(groupIndex, blockPath)?.children.push(this.newCondition(entity));
	}

	/** Add a nested block (AND or OR) holding one empty condition. */
	addBlock(groupIndex: number, blockPath: NodePath, kind: 'and' | 'or'): void {
		const g = this.definition.groups[groupIndex];
		if (!g) return;
		if (!g.where) g.where = { kind: 'and', id: shortId('b'), children: [] };
		const block = this.blockAt(groupIndex, blockPath);
		block?.children.push({ kind, id: shortId('b'), children: [this.newCondition(g.path.start)] });
	}

	setBlockKind(groupIndex: number, blockPath: NodePath, kind: 'and' | 'or'): void {
		const block = this.blockAt(groupIndex, blockPath);
		if (block) block.kind = kind;
	}

	/** Turn a condition into a block of the given kind that holds it and one new condition. */
	wrapCondition(groupIndex: number, path: NodePath, kind: 'and' | 'or'): void {
		const parent = this.blockAt(groupIndex, path.slice(0, -1));
		const i = path[path.length - 1];
		if (!parent || i === undefined) return;
		const node = parent.children[i];
		if (!node || isConditionBlock(node)) return;
		parent.children[i] = {
			kind,
			id: shortId('b'),
			children: [node, this.newCondition(node.entity)]
		};
	}

	removeNode(groupIndex: number, path: NodePath): void {
		const g = this.definition.groups[groupIndex];
		if (!g) return;
		if (path.length === 0) {
			g.where = null;
			return;
		}
		const parent = this.blockAt(groupIndex, path.slice(0, -1));
		const i = path[path.length - 1];
		if (!parent || i === undefined) return;
		parent.children.splice(i, 1);
		// an emptied nested block goes too; an emptied root means "all records"
		if (parent.children.length === 0) this.removeNode(groupIndex, path.slice(0, -1));
	}

	/** Replace a condition (e.g. after choosing another attribute or operator). */
	updateCondition(groupIndex: number, path: NodePath, next: Condition): void {
		if (path.length === 0) {
			const g = this.definition.groups[groupIndex];
			if (g) g.where = next;
			return;
		}
		const parent = this.blockAt(groupIndex, path.slice(0, -1));
		const i = path[path.length - 1];
		if (parent && i !== undefined) parent.children[i] = next;
	}

	/** A condition with `attribute` chosen: keep the operator if it still applies, else the first. */
	withAttribute(condition: Condition, entity: string, attribute: string): Condition {
		const type = this.model()
			.entities.find((e) => e.name === entity)
			?.attributes.find((a) => a.name === attribute)?.type;
		const ops = type ? operatorsFor(type) : [];
		const keep = ops.some((o) => o.id === condition.operator);
		const operator = (keep ? condition.operator : (ops[0]?.id ?? 'equals')) as OperatorId;
		const base = { kind: 'condition' as const, id: condition.id, entity, attribute, operator };
		return keep &&
			'value' in condition &&
			condition.value !== undefined &&
			condition.entity === entity &&
			condition.attribute === attribute
			? ({ ...base, value: condition.value } as Condition)
			: (base as Condition);
	}

	withOperator(condition: Condition, operator: OperatorId): Condition {
		const base = {
			kind: 'condition' as const,
			id: condition.id,
			entity: condition.entity,
			attribute: condition.attribute,
			operator
		};
		const matchCase = 'matchCase' in condition ? condition.matchCase : undefined;
		const value = defaultValue(operator);
		return {
			...base,
			...(value !== undefined ? { value } : {}),
			...(matchCase !== undefined ? { matchCase } : {})
		} as Condition;
	}

	// ---- aggregates ------------------------------------------------------------------------

	addAggregate(groupIndex: number): void {
		const g = this.definition.groups[groupIndex];
		if (!g) return;
		const aggregate: AggregateCondition = {
			id: shortId('a'),
			function: 'count',
			entity: g.path.start,
			operator: 'atLeast',
			value: 1
		};
		g.aggregates.push(aggregate);
	}

	removeAggregate(groupIndex: number, i: number): void {
		this.definition.groups[groupIndex]?.aggregates.splice(i, 1);
	}

	/** Starts (or replaces, or with undefined removes) the group's ranking. */
	setRank(groupIndex: number, rank: RankCondition | undefined): void {
		const g = this.definition.groups[groupIndex];
		if (!g) return;
		if (rank) g.rank = rank;
		else delete g.rank;
	}

	// ---- sequences ---------------------------------------------------------------------------

	addSequence(groupIndex: number): void {
		const g = this.definition.groups[groupIndex];
		if (g) g.sequences = [...(g.sequences ?? []), newSequence(shortId('s'))];
	}

	/** Replaces a sequence; null removes it (and the list with its last one). */
	setSequence(groupIndex: number, i: number, next: SequenceCondition | null): void {
		const g = this.definition.groups[groupIndex];
		if (!g?.sequences?.[i]) return;
		if (next) g.sequences[i] = next;
		else g.sequences.splice(i, 1);
		if (g.sequences.length === 0) delete g.sequences;
	}

	/** A sequence side starting from `start`: the best path and a date to order it by, proposed. */
	sequenceStep(start: string): SequenceStep {
		return stepAlong(this.model(), start, this.pathsFrom(start)[0]);
	}

	/** "who stopped (…30 days…90 days…)" dated by the first date on the group's path. */
	addLifecycle(groupIndex: number): void {
		const g = this.definition.groups[groupIndex];
		if (!g) return;
		const first = timeChoices(this.model(), this.entitiesOnPath(groupIndex))[0];
		const time = first
			? { entity: first.entity, attribute: first.attribute }
			: { entity: '', attribute: '' };
		g.lifecycles = [...(g.lifecycles ?? []), lifecycleOf('stopped', { id: shortId('l'), time })];
	}

	/** Replaces a lifecycle condition; null removes it (and the list with its last one). */
	setLifecycle(groupIndex: number, i: number, next: LifecycleCondition | null): void {
		const g = this.definition.groups[groupIndex];
		if (!g?.lifecycles?.[i]) return;
		if (next) g.lifecycles[i] = next;
		else g.lifecycles.splice(i, 1);
		if (g.lifecycles.length === 0) delete g.lifecycles;
	}

	// ---- segment conditions ------------------------------------------------------------------

	/** The saved segments a segment condition may refer to: all but the one being edited. */
	segmentChoices(): SegmentRecord[] {
		return this.savedSegments().filter(
			(s) => s.id !== this.segmentId && s.name !== this.definition.name
		);
	}

	/** "is in segment …" (live), to be completed by choosing the segment. */
	addMembership(groupIndex: number): void {
		const g = this.definition.groups[groupIndex];
		if (!g) return;
		const membership: MembershipCondition = {
			id: shortId('m'),
			operator: 'inSegment',
			segment: '',
			source: 'live'
		};
		g.memberships = [...(g.memberships ?? []), membership];
	}

	/** Replaces a segment condition; null removes it (and the list with its last one). */
	setMembership(groupIndex: number, i: number, next: MembershipCondition | null): void {
		const g = this.definition.groups[groupIndex];
		if (!g?.memberships?.[i]) return;
		if (next) g.memberships[i] = next;
		else g.memberships.splice(i, 1);
		if (g.memberships.length === 0) delete g.memberships;
	}

	/** A fresh id for a condition or block of a sequence side. */
	newId(prefix: 'c' | 'b'): string {
		return shortId(prefix);
	}

	/** "top 10 % by …" on the group's first entity, to be completed by the user. */
	addRank(groupIndex: number): void {
		const g = this.definition.groups[groupIndex];
		if (!g) return;
		this.setRank(groupIndex, {
			direction: 'top',
			amount: 10,
			unit: 'percent',
			function: 'sum',
			entity: g.path.start
		});
	}
}

/** Values a freshly chosen operator starts with, so the user sees sensible defaults. */
function defaultValue(operator: OperatorId): unknown {
	switch (operator) {
		case 'inLast':
		case 'notInLast':
		case 'inNext':
		case 'moreThanAgo':
			return { amount: 30, unit: 'days' };
		case 'thisPeriod':
		case 'lastPeriod':
		case 'nextPeriod':
			return { unit: 'month' };
		case 'anniversaryWithin':
			return { amount: 7, unit: 'days' };
		case 'dayOfWeek':
			return [];
		case 'inList':
		case 'notInList':
			return [];
		default:
			return undefined;
	}
}
