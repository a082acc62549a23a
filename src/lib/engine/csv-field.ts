// One CSV field per RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes doubled),
// and when it starts or ends with blank space (which spreadsheet programs would otherwise trim).
export function csvField(value: unknown): string {
	if (value === null || value === undefined) return '';
	const s = typeof value === 'string' ? value : String(value);
	return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
}
