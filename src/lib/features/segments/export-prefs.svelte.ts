// How member CSV exports treat text a spreadsheet would run as a formula: neutralised (the
// default, for Excel and LibreOffice) or raw values for other programs. Remembered in this browser.
const KEY = 'segments:csv-raw-values';

function stored(): boolean {
	try {
		return globalThis.localStorage?.getItem(KEY) === 'true';
	} catch {
		return false;
	}
}

class ExportPrefs {
	/** true: write every value exactly as imported (for programs, not spreadsheets). */
	raw = $state(stored());

	setRaw(raw: boolean): void {
		this.raw = raw;
		try {
			globalThis.localStorage?.setItem(KEY, String(raw));
		} catch {
			// storage unavailable: the choice lasts for this visit
		}
	}
}

export const exportPrefs = new ExportPrefs();
