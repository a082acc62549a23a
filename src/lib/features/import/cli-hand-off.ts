// Where to go when data is too large for the browser tab: the command-line program runs the same
// definitions on native DuckDB, reading files in place (docs/cli.md). The sentence names the
// exact steps and command, with the file the user tried.
import { datedFileName } from '$lib/sharing/save-file';

/** The command for a file, as the user would type it (the file's name quoted when it needs it). */
export function cliCommand(fileName: string, date = new Date()): string {
	const data = /^[\w.,@+-]+$/.test(fileName)
		? fileName
		: `"${fileName.replace(/["\\$`]/g, '\\$&')}"`;
	return `npx segments run ${datedFileName('segments-model', 'json', date)} --data ${data}`;
}

export function cliHandOff(fileName: string, date = new Date()): string {
	return `For data this large, use Segments' command-line program on this computer: it runs the same segments with native DuckDB and reads the file where it is. On the Sharing page choose “Export for the command line”, then, in a copy of Segments (see docs/cli.md), run: ${cliCommand(fileName, date)}`;
}
