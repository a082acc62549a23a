/* eslint-disable */
// @ts-nocheck — plain JavaScript run as text inside the page (no types there)
// What the cross-engine journey does inside the page, as plain JavaScript source both harnesses
// run as text (puppeteer's evaluate in Firefox and Chromium, WebDriver's execute script in WebKit):
// find controls by their accessible name or label as a user would, click, type, choose, read.
// Read as a file, not imported: a transpiler would add helpers the page does not have.
(function helpers() {
	const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
	const matches = (text, name) =>
		name.startsWith('/')
			? new RegExp(name.slice(1, name.lastIndexOf('/'))).test(text)
			: text === name;
	const visible = (el) => !!(el.offsetParent || el.getClientRects().length);
	const nameOf = (el) =>
		norm(
			el.getAttribute('aria-label') ||
				(el.labels && el.labels[0] && el.labels[0].textContent) ||
				(el.getAttribute('aria-labelledby') &&
					document.getElementById(el.getAttribute('aria-labelledby'))?.textContent) ||
				el.textContent
		);
	const ROLES = {
		button: 'button, [role=button]',
		link: 'a[href]',
		radio: 'input[type=radio], [role=radio]',
		checkbox: 'input[type=checkbox], [role=checkbox]',
		menuitem: '[role=menuitem]'
	};
	const find = (role, name) =>
		[...document.querySelectorAll(ROLES[role])].find(
			(el) => visible(el) && matches(nameOf(el), name)
		);
	const control = (label) =>
		[...document.querySelectorAll('input, select, textarea')].find(
			(el) => visible(el) && matches(nameOf(el), label)
		);
	const setValue = (el, value) => {
		const proto =
			el instanceof HTMLSelectElement
				? HTMLSelectElement
				: el instanceof HTMLTextAreaElement
					? HTMLTextAreaElement
					: HTMLInputElement;
		Object.getOwnPropertyDescriptor(proto.prototype, 'value').set.call(el, value);
		el.dispatchEvent(new Event('input', { bubbles: true }));
		el.dispatchEvent(new Event('change', { bubbles: true }));
	};
	return {
		has: (role, name) => !!find(role, name),
		enabled: (role, name) => {
			const el = find(role, name);
			return !!el && !el.disabled && el.getAttribute('aria-disabled') !== 'true';
		},
		click: (role, name) => {
			const el = find(role, name);
			if (!el) throw new Error(`No ${role} named ${name}`);
			el.click();
			return true;
		},
		fill: (label, value) => {
			const el = control(label);
			if (!el) throw new Error(`No field labelled ${label}`);
			el.focus();
			setValue(el, value);
			return true;
		},
		/** Follow a link of the main navigation (client-side: the engine keeps running). */
		nav: (name) => {
			const link = [...document.querySelectorAll('nav[aria-label="Main"] a[href]')].find(
				(a) => norm(a.textContent) === name
			);
			if (!link) throw new Error(`No navigation link ${name}`);
			link.click();
			return true;
		},
		check: (label) => {
			const el = control(label);
			if (!el) throw new Error(`No checkbox labelled ${label}`);
			if (!el.checked) el.click();
			return true;
		},
		text: (css) => norm(document.querySelector(css)?.textContent),
		attr: (css, name) => document.querySelector(css)?.getAttribute(name) ?? null,
		count: (css) => document.querySelectorAll(css).length,
		path: () => location.pathname + location.search,
		origin: () => location.origin,
		sw: () =>
			!('serviceWorker' in navigator)
				? 'not available in this browser'
				: navigator.serviceWorker.controller
					? 'controls the page (offline start possible)'
					: 'does not control the page',
		/** Downloads the app starts (a Blob behind an <a download>): kept for the test to read. */
		watchDownloads: () => {
			if (window.__downloads) return true;
			window.__downloads = [];
			const blobs = new Map();
			const create = URL.createObjectURL.bind(URL);
			URL.createObjectURL = (b) => {
				const url = create(b);
				blobs.set(url, b);
				return url;
			};
			const click = HTMLAnchorElement.prototype.click;
			HTMLAnchorElement.prototype.click = function () {
				const blob = blobs.get(this.href);
				if (this.download && blob)
					blob.text().then((text) => window.__downloads.push({ name: this.download, text }));
				return click.call(this);
			};
			return true;
		},
		downloads: () => window.__downloads || [],
		/** What navigator.storage.estimate() reports, or null where the browser has no such call. */
		estimate: () =>
			navigator.storage && navigator.storage.estimate
				? navigator.storage
						.estimate()
						.then((e) => ({ quota: e.quota ?? null, usage: e.usage ?? null }))
				: null,
		/** The service worker's registration as the page sees it (why it does or does not control). */
		swState: () =>
			!('serviceWorker' in navigator)
				? { supported: false }
				: navigator.serviceWorker.getRegistration().then((r) => ({
						supported: true,
						registered: !!r,
						installing: !!(r && r.installing),
						waiting: !!(r && r.waiting),
						active: (r && r.active && r.active.state) || null,
						controls: !!navigator.serviceWorker.controller
					})),
		/** Which storage calls the browser has (plain values: no promise involved). */
		storageApi: () => ({
			storage: typeof navigator.storage,
			estimate: typeof (navigator.storage && navigator.storage.estimate),
			getDirectory: typeof (navigator.storage && navigator.storage.getDirectory)
		}),
		/**
		 * Where a page that never showed the app stands, for a failure's message: what it shows,
		 * which scripts it loaded, and the errors the listener `watchErrors` caught since.
		 */
		diagnose: () => ({
			readyState: document.readyState,
			url: location.href,
			status:
				document.querySelector('[data-testid="engine-status"]')?.getAttribute('data-status') ??
				null,
			body: norm(document.body && document.body.innerText).slice(0, 600),
			head: document.head ? document.head.children.length : null,
			scripts: performance
				.getEntriesByType('resource')
				.map((e) => `${e.name.replace(location.origin, '')} ${Math.round(e.duration)}ms`)
				.slice(-25),
			errors: window.__journeyErrors || null,
			sw: !!(navigator.serviceWorker && navigator.serviceWorker.controller)
		}),
		/** Collect uncaught errors and rejections from now on (read by `diagnose`). */
		watchErrors: () => {
			if (window.__journeyErrors) return true;
			window.__journeyErrors = [];
			window.addEventListener('error', (e) =>
				window.__journeyErrors.push(`error: ${e.message} at ${e.filename}:${e.lineno}`)
			);
			window.addEventListener('unhandledrejection', (e) => {
				const r = e.reason;
				window.__journeyErrors.push(
					`rejection: ${r && r.name}: ${r && r.message} (${String(r)}) ${String(r && r.stack).slice(0, 300)}`
				);
			});
			return true;
		},
		/** Requests the page itself made, from the browser's resource timing (not its workers). */
		resources: () => performance.getEntriesByType('resource').map((e) => e.name)
	};
});
