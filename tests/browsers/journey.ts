// The journey every engine walks: open, reload, demo data, the seed example segment built in the
// builder, run, members, CSV export, reload with everything there, CSV/Parquet/NDJSON imports,
// definition export and import, a final reload, the privacy log, and a start with the app's server
// stopped (offline: only the service worker can start the app then). What an engine cannot do in
// automation is reported by name ("not checked: …"), never skipped silently.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { waitFor, type Driver } from './driver';

export interface Outcome {
	engine: string;
	version: string;
	storage: string | null;
	serviceWorker: string;
	/** What navigator.storage.estimate() reported after the first load (null: no such call). */
	estimate: { quota: number | null; usage: number | null } | null;
	/** How the app started with its server stopped ("not checked" with the reason otherwise). */
	offline: string;
	/** The small-quota session (quota.ts): refused, or not checked with the reason. */
	quota: string;
	members: number | null;
	notChecked: string[];
	failed: string | null;
	ms: number;
}

export interface JourneyFiles {
	csv: string;
	parquet: string;
	ndjson: string;
	/** A folder for files the journey writes (the exported definitions). */
	scratch: string;
}

/** The app's web server, stopped and started again for the offline start. */
export interface AppServer {
	stop(): Promise<void>;
	start(): Promise<void>;
}

/** How long a start may take (BROWSERS_READY_MS shortens it when chasing a start that hangs). */
const READY_MS = Number(process.env.BROWSERS_READY_MS ?? 300_000);

const entityRows = (name: string) =>
	`[data-testid="entities"] tr[data-entity="${name}"] [data-testid="entity-rows"]`;

export async function walk(
	engine: string,
	d: Driver,
	files: JourneyFiles,
	server: AppServer
): Promise<Outcome> {
	const started = Date.now();
	const out: Outcome = {
		engine,
		version: d.version,
		storage: null,
		serviceWorker: 'unknown',
		estimate: null,
		offline: 'not reached',
		quota: 'not reached',
		members: null,
		notChecked: [],
		failed: null,
		ms: 0
	};
	const step = (name: string) =>
		console.log(`  [${engine}] ${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
	const notChecked = (what: string) => {
		out.notChecked.push(what);
		console.log(`  [${engine}] NOT CHECKED: ${what}`);
	};
	const text = (css: string) => d.call<string>('text', css);
	const seeText = (what: string, css: string, expected: string | RegExp, ms = 60_000) =>
		waitFor(
			what,
			() => text(css),
			(t) => (typeof expected === 'string' ? t === expected : expected.test(t)),
			ms
		);
	const ready = async () => {
		await d.call('watchErrors').catch(() => undefined);
		try {
			await waitFor(
				'the engine to be ready',
				() => d.call<string | null>('attr', '[data-testid="engine-status"]', 'data-status'),
				(s) => s === 'ready',
				READY_MS
			);
		} catch (e) {
			// what the page shows and which errors it caught, for a start that never finished
			const seen = await d.call('diagnose').catch((x: unknown) => `(no diagnosis: ${String(x)})`);
			throw new Error(
				`${e instanceof Error ? e.message : String(e)}; the page: ${JSON.stringify(seen)}`
			);
		}
	};
	const button = async (name: string, ms = 30_000) => {
		await waitFor(
			`the button “${name}”`,
			() => d.call<boolean>('enabled', 'button', name),
			Boolean,
			ms
		);
		await d.call('click', 'button', name);
	};
	const field = async (label: string, value: string) => {
		await waitFor(
			`the field “${label}”`,
			() => d.call<boolean>('fill', label, value),
			Boolean,
			30_000
		);
	};
	const download = async (what: string, before: number) =>
		(
			await waitFor(
				what,
				() => d.call<{ name: string; text: string }[]>('downloads'),
				(list) => list.length > before,
				60_000
			)
		)[before]!;

	try {
		step('open');
		await d.goto('/data');
		await ready();
		step('reload');
		await d.reload();
		await ready();
		out.storage = await d.call<string | null>('attr', '[data-testid="storage-kind"]', 'data-kind');
		out.estimate = await d.call<Outcome['estimate']>('estimate');

		step('demo data');
		await button('Try with demo data');
		// the last demo entity: the relationships and profile are saved with it
		await waitFor(
			'the demo data',
			() => d.call<number>('count', '[data-testid="entities"] tr[data-entity="ClickStream"]'),
			(n) => n > 0,
			180_000
		);
		await seeText('the demo Customers', entityRows('Customers'), '10,000');

		step('build the example segment in the builder');
		await d.call('nav', 'Segments');
		await button('Add segment');
		await waitFor(
			'the Dynamic choice',
			() => d.call<boolean>('has', 'radio', '/Dynamic/'),
			Boolean
		);
		await d.call('click', 'radio', '/Dynamic/');
		await field('Name', 'recent_big_orders');
		await button('Next');
		await field('Starting entity for group 1', 'Orders');
		await seeText('the path to Customers', '[data-testid="path"]', /Customers/);
		await button('+ Add condition');
		await field('Attribute for group 1 condition 1', 'total_amount');
		await field('Operator for group 1 condition 1', 'greaterThan');
		await field('Value for group 1 condition 1', '500');
		await button('+ Add condition (AND)');
		await field('Attribute for group 1 condition 2', 'order_date');
		await field('Operator for group 1 condition 2', 'inLast');
		await field('Value for group 1 condition 2: how many', '90');
		await field('Value for group 1 condition 2: unit', 'days');
		await waitFor(
			'a current count',
			() => d.call<string | null>('attr', '[data-testid="segment-count"]', 'data-current'),
			(v) => v === 'true'
		);
		const count = await text('[data-testid="segment-count"] strong');
		if (!/^[\d,]+$/.test(count) || count === '0')
			throw new Error(`The builder counted “${count}”.`);
		out.members = Number(count.replace(/,/g, ''));
		await button('Save & activate');
		await waitFor(
			'the saved segment',
			() => d.call<string>('path'),
			(p) => /\/builder\?id=/.test(p)
		);

		step('run and members');
		await d.call('nav', 'Segments');
		await waitFor(
			'the segment tile',
			() => d.call<boolean>('has', 'link', 'recent_big_orders'),
			Boolean
		);
		await d.call('click', 'link', 'recent_big_orders');
		const succeeded = '[data-testid="history-table"] tbody tr[data-status="succeeded"]';
		await waitFor(
			'a finished run',
			() => d.call<number>('count', succeeded),
			(n) => n > 0,
			120_000
		);
		await seeText('the member count', '[data-testid="segment-members"]', count);
		await waitFor(
			'members listed',
			() => d.call<number>('count', '[data-testid="members-table"] tbody tr'),
			(n) => n > 0
		);

		step('export members as CSV');
		await d.call('watchDownloads');
		await button('Export members (CSV)');
		const csv = await download('the CSV export', 0);
		if (!/^recent_big_orders-\d{4}-\d{2}-\d{2}\.csv$/.test(csv.name))
			throw new Error(`The export was named ${csv.name}.`);
		const records =
			csv.text
				.replace(/^\uFEFF/, '')
				.trim()
				.split(/\r?\n/).length - 1;
		if (records !== out.members)
			throw new Error(`The CSV holds ${records} records where the segment has ${out.members}.`);
		notChecked(
			'the browser writing the exported file to disk (the file is read from the page as the app hands it to the browser)'
		);

		step('reload: everything there');
		await d.reload();
		await ready();
		await seeText(
			'the member count after reload',
			'[data-testid="segment-members"]',
			count,
			120_000
		);
		await d.call('nav', 'Data');
		await seeText('the demo Customers after reload', entityRows('Customers'), '10,000');

		step('import CSV, Parquet and NDJSON');
		for (const [file, entity, rows] of [
			[files.csv, 'raw_customers', '100'],
			[files.parquet, 'parquet_orders', '5,000'],
			[files.ndjson, 'clicks', '300']
		] as const) {
			await d.upload('[data-testid="file-input"]', [file]);
			await button('/^Import \\d+ columns$/', 60_000);
			await seeText(`${path.basename(file)} imported`, entityRows(entity), rows, 60_000);
		}

		step('export and import definitions');
		await d.call('nav', 'Sharing');
		await d.call('watchDownloads');
		await waitFor(
			'the All segments choice',
			() => d.call<boolean>('check', 'All segments'),
			Boolean
		);
		await button('/^Export \\d+ definitions?$/');
		const defs = await download('the definitions file', 0);
		const parsed = JSON.parse(defs.text) as { segments: { name: string }[] };
		if (!parsed.segments.some((s) => s.name === 'recent_big_orders'))
			throw new Error('The exported definitions lack recent_big_orders.');
		const defsFile = path.join(files.scratch, `${engine}.segments.json`);
		writeFileSync(defsFile, defs.text);
		await d.upload('[data-testid="definitions-file-input"]', [defsFile]);
		await button('/^Import [1-9]\\d* segments?$/');
		await seeText('the import to finish', '[data-testid="import-done"]', /added/);

		step('final reload: data, imports and segments there');
		await d.reload();
		await ready();
		await d.call('nav', 'Data');
		for (const [entity, rows] of [
			['Customers', '10,000'],
			['raw_customers', '100'],
			['parquet_orders', '5,000'],
			['clicks', '300']
		] as const)
			await seeText(`${entity} after the final reload`, entityRows(entity), rows, 120_000);
		await d.call('nav', 'Segments');
		await seeText(
			'the segment tile',
			'[data-segment="recent_big_orders"] [data-testid="tile-count"]',
			count,
			120_000
		);

		step('privacy log');
		const log = d.requests();
		const pageResources = await d.call<string[]>('resources');
		const origin = new URL(await d.call<string>('origin')).origin;
		const foreignResources = pageResources.filter(
			(u) => !u.startsWith(origin) && !/^(data|blob):/.test(u)
		);
		if (foreignResources.length)
			throw new Error(`The page loaded from elsewhere: ${foreignResources.join(', ')}`);
		if (log === null)
			notChecked(
				'requests of the engine worker and refusing foreign requests (WebDriver classic in WebKitWebDriver has no network events or interception); only the page’s own resource timing was checked: all same-origin'
			);
		else {
			if (log.foreign.length)
				throw new Error(`Requests to other origins: ${log.foreign.join(', ')}`);
			if (!log.own.some((u) => /duckdb-eh.*\.wasm/.test(u)))
				notChecked(
					'the engine worker’s requests (this harness did not report the worker fetching DuckDB)'
				);
			console.log(
				`  [${engine}] privacy log: ${log.own.length} own-origin requests, 0 to other origins`
			);
		}

		step('offline start (the server stopped)');
		// the service worker installs after the engine has started (a 42 MB precache): wait for it
		type SwState = { supported: boolean; active?: string | null; controls?: boolean };
		const sw = () => d.call<SwState>('swState');
		const installedWithin = (ms: number) =>
			waitFor(
				'the service worker to be installed',
				sw,
				(s) => !s.supported || s.active === 'activated',
				ms
			).catch(() => null);
		// it takes about 20 s here in every engine; an install still pending after 90 s has stalled
		// (seen once in WebKitGTK in CI, never locally), and a reload is what a user would try
		let installed = await installedWithin(90_000);
		if (!installed) {
			await d.reload();
			await ready();
			installed = await installedWithin(90_000);
		}
		if (installed?.active === 'activated' && !installed.controls) await d.reload();
		const state = await sw();
		out.serviceWorker = await d.call<string>('sw');
		if (!state.controls) {
			const why = !state.supported
				? 'this engine has no service worker in automation'
				: `the service worker did not take control of the page within 3 minutes and a reload (${JSON.stringify(state)})`;
			out.offline = `not checked: ${why}, so a start needs the server`;
			notChecked(`offline start: ${why}`);
		} else {
			await server.stop();
			try {
				await d.reload();
				await ready();
				await d.call('nav', 'Data');
				for (const [entity, rows] of [
					['Customers', '10,000'],
					['raw_customers', '100']
				] as const)
					await seeText(`${entity} with the server stopped`, entityRows(entity), rows, 120_000);
				out.offline = 'started with the server stopped; the data was there';
			} finally {
				await server.start();
			}
		}
	} catch (e) {
		out.failed = e instanceof Error ? e.message : String(e);
		console.log(`  [${engine}] FAILED: ${out.failed}`);
	}
	out.ms = Date.now() - started;
	return out;
}
