// One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes doubled),
// and when it starts or ends with blank space (which spreadsheet programs would otherwise trim).
export function csvField(value: unknown): string {
	if (value === null || value === undefined) return '';
	const s = typeof value === 'string' ? value : String(value);
	return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
}

/**
 * Text a spreadsheet would evaluate as a formula — it starts with =, +, -, @, a tab or a carriage
 * return (OWASP's list for CSV injection) — gets a leading apostrophe, which Excel and LibreOffice
 * show as text. Only ever applied to text columns: a number such as -5 is written as it is.
 */
export function spreadsheetSafe(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? "'" + text : text;
}
