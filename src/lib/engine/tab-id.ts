// This tab's id: stable across reloads of the tab (sessionStorage), different in every tab.
export const tabId: string = (() => {
	try {
		const existing = sessionStorage.getItem('segments-tab-id');
		if (existing) return existing;
		const id = crypto.randomUUID().slice(0, 8);
		sessionStorage.setItem('segments-tab-id', id);
		return id;
	} catch {
		return crypto.randomUUID().slice(0, 8);
	}
})();
