// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	const __APP_VERSION__: string;
	/** True in test builds (SEGMENTS_TEST_HOOKS=1): window.__segments, fault injection, raw SQL. */
	const __SEGMENTS_TEST_HOOKS__: boolean;
}

export {};
