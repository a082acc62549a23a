// The tab's sessionStorage, or null where there is none (Node, a sandboxed frame that throws on
// access): what a page keeps across a reload of the same tab.
export function sessionStore(): Storage | null {
	try {
		return typeof sessionStorage === 'undefined' ? null : sessionStorage;
	} catch {
		return null;
	}
}
