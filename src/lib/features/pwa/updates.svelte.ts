// The installed-app side of Segments: registers the service worker (built by @vite-pwa/sveltekit,
// see vite.config.ts), tells the user when a new version is waiting, and offers "Install app" when
// the browser says the app can be installed. The app never reloads itself: a new version waits
// until the user chooses to reload, so an import or unsaved edit is never cut off.
import { dev } from '$app/environment';
import { Workbox } from 'workbox-window';
import { busyNow, markBusy } from '$lib/busy';

/** Chromium's install prompt event (not in TypeScript's DOM types). */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** How often an open tab asks the server for a new version (browsers also check on navigation). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** If the new service worker has not taken over by then, reload anyway: the user asked for it. */
const TAKEOVER_TIMEOUT_MS = 5000;
/** Register even if the engine never settles (see register()). */
const REGISTER_AT_THE_LATEST_MS = 30_000;
/** A first install that failed (a download broke off) is tried again this often, later each time. */
const INSTALL_ATTEMPTS = 3;
const RETRY_AFTER_MS = 15_000;

class AppUpdates {
	/** A new version is installed and waiting (or already active after another tab reloaded). */
	updateReady = $state(false);
	/** The browser offered installation (beforeinstallprompt). */
	canInstall = $state(false);
	/** Offline use is set up: a service worker controls this page. */
	offlineReady = $state(false);
	private workbox: Workbox | null = null;
	private registration: ServiceWorkerRegistration | undefined;
	private installPrompt: BeforeInstallPromptEvent | null = null;
	private reloading = false;
	private attempts = 0;
	private timers: ReturnType<typeof setTimeout>[] = [];
	private started = false;

	/** Called once by AppUpdates.svelte in the browser. */
	start(): () => void {
		if (this.started) return () => {};
		this.started = true;
		const onBeforeInstall = (e: Event) => {
			e.preventDefault(); // show our own button instead of the browser's mini-infobar
			this.installPrompt = e as BeforeInstallPromptEvent;
			this.canInstall = true;
		};
		const onInstalled = () => {
			this.installPrompt = null;
			this.canInstall = false;
		};
		window.addEventListener('beforeinstallprompt', onBeforeInstall);
		window.addEventListener('appinstalled', onInstalled);
		this.timers.push(setTimeout(() => this.register(), REGISTER_AT_THE_LATEST_MS));
		const updateCheck = setInterval(() => {
			if (navigator.onLine) this.registration?.update().catch(() => undefined);
		}, UPDATE_CHECK_MS);
		// test builds only, as window.__segments: what would a reload interrupt?
		if (__SEGMENTS_TEST_HOOKS__)
			(window as unknown as { __segmentsPwa: unknown }).__segmentsPwa = { markBusy, busyNow };
		return () => {
			window.removeEventListener('beforeinstallprompt', onBeforeInstall);
			window.removeEventListener('appinstalled', onInstalled);
			clearInterval(updateCheck);
			for (const t of this.timers) clearTimeout(t);
			this.started = false;
		};
	}

	/**
	 * Register the service worker (once; later calls do nothing). AppUpdates.svelte calls it when
	 * the engine has started: on a first visit the engine worker downloads DuckDB's 34 MB wasm, and
	 * the service worker's install would download it again at the same time; one after the other,
	 * the install mostly reads it from the HTTP cache, and the two never compete (Chromium can fail
	 * one of two parallel downloads of the same large file, and then the whole install fails).
	 */
	register(): void {
		// the dev server has no service worker; some browsers (and automated ones) have none either
		if (this.workbox || !this.started || dev || !('serviceWorker' in navigator)) return;
		this.attempts++;
		this.offlineReady = navigator.serviceWorker.controller !== null;
		// the app is served from the site's root: the manifest's scope and start_url are '/' too
		const wb = new Workbox('/sw.js', { scope: '/' });
		this.workbox = wb;
		wb.addEventListener('waiting', () => {
			this.updateReady = true;
		});
		wb.addEventListener('controlling', (e) => {
			this.offlineReady = true;
			if (this.reloading) window.location.reload();
			// another tab activated a new version: this page's code is now the old one
			else if (e.isUpdate) this.updateReady = true;
		});
		wb.addEventListener('redundant', () => {
			// the first install failed: the app works, just not offline yet; try again later
			if (navigator.serviceWorker.controller || this.attempts >= INSTALL_ATTEMPTS) return;
			this.workbox = null;
			this.timers.push(setTimeout(() => this.register(), RETRY_AFTER_MS * this.attempts));
		});
		wb.register()
			.then((registration) => {
				this.registration = registration;
			})
			.catch(() => {
				// blocked (private modes, some browsers under automation) or offline on a first visit:
				// the app works, only without offline use and updates
			});
	}

	/** Switch to the new version now (the caller has checked busyNow() with the user). */
	reload(): void {
		this.reloading = true;
		const waiting = this.registration?.waiting;
		if (this.workbox && waiting) {
			// the 'controlling' listener reloads once the new worker has taken over
			this.workbox.messageSkipWaiting();
			setTimeout(() => window.location.reload(), TAKEOVER_TIMEOUT_MS);
		} else window.location.reload();
	}

	/** Show the browser's install dialog (it can be shown once per beforeinstallprompt). */
	async install(): Promise<void> {
		const prompt = this.installPrompt;
		if (!prompt) return;
		this.installPrompt = null;
		this.canInstall = false;
		await prompt.prompt();
		await prompt.userChoice;
	}
}

export const appUpdates = new AppUpdates();
