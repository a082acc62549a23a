// The storage-quota check of the cross-engine run, in a session of its own: the browser grants the
// app's origin a small quota (QUOTA_BYTES), the user picks a file bigger than what is left, and the
// app must refuse it before reading it, with its sentence ("… needs about … of storage, but this
// browser grants Segments only … more …"), and import nothing. Where the engine's quota cannot be
// made small in automation, the check is reported by name as not checked, with the reason and
// what the browser's `navigator.storage.estimate()` says.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { waitFor, type Driver } from './driver';

/** Small enough to make a modest file too big, big enough for the app's own start. */
export const QUOTA_BYTES = 16 * 1024 * 1024;

export interface QuotaOutcome {
	/** null when the refusal was seen; otherwise why it was not checked. */
	notChecked: string | null;
	/** The app's sentence, when it refused. */
	sentence?: string;
	/** What estimate() reported in the small-quota session (or in the journey's session). */
	estimate: { quota: number | null; usage: number | null } | null;
}

/** A CSV of at least `bytes` bytes, in `dir`. */
export function bigCsv(dir: string, bytes: number): string {
	const file = path.join(dir, 'too_big_for_quota.csv');
	const line = (i: number) => `${i},customer_${i},${(i * 7919) % 100000},2024-01-01\n`;
	const parts = ['id,name,amount,day\n'];
	let size = parts[0]!.length;
	for (let i = 0; size < bytes; i++) {
		const l = line(i);
		parts.push(l);
		size += l.length;
	}
	writeFileSync(file, parts.join(''));
	return file;
}

export async function checkQuotaRefusal(d: Driver, file: string): Promise<QuotaOutcome> {
	await d.goto('/data');
	await waitFor(
		'the engine to be ready',
		() => d.call<string | null>('attr', '[data-testid="engine-status"]', 'data-status'),
		(s) => s === 'ready',
		300_000
	);
	const estimate = await d.call<QuotaOutcome['estimate']>('estimate');
	if (!estimate) return { estimate, notChecked: 'navigator.storage.estimate is missing' };
	if (!estimate.quota || estimate.quota > QUOTA_BYTES)
		return {
			estimate,
			notChecked: `the small quota did not take effect (estimate() reports ${estimate.quota} bytes)`
		};
	const name = path.basename(file);
	await d.upload('[data-testid="file-input"]', [file]);
	const card = `section[aria-label="Import of ${name}"]`;
	const sentence = await waitFor(
		'the refusal',
		() => d.call<string>('text', `${card} [role="alert"]`),
		(t) => t !== '',
		60_000
	);
	if (
		!new RegExp(
			`^${name} needs about [\\d.]+ MB of storage, but this browser grants Segments only [\\d.]+ (KB|MB) more\\.`
		).test(sentence)
	)
		throw new Error(`The import of a file bigger than the quota said “${sentence}”.`);
	// a fresh profile: no entity before, none after
	if ((await d.call<number>('count', '[data-testid="entities"] tr[data-entity]')) > 0)
		throw new Error('The file bigger than the quota was imported.');
	return { estimate, notChecked: null, sentence };
}
