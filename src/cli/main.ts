// `segments`: the app's segment definitions evaluated outside the browser, on native DuckDB, with
// the app's own compiler and validator (docs/cli.md). Exit codes: 0 ok, 1 a segment failed,
// 2 bad input (nothing written).
import { errorMessage } from '../lib/error-message';
import { checkCommand, runCommand, sqlCommand } from './commands';
import { BadInput, EXIT_BAD_INPUT, EXIT_OK, EXIT_SEGMENT_FAILED } from './errors';
import { parseOptions } from './options';
import { refreshCommand } from './refresh';

export const HELP = `segments — evaluate Segments definitions on native DuckDB (see docs/cli.md)

  segments run <definitions.json | backup.json | model.json> --data <folder | file | Entity=path>…
      [--model model.json] [--as-of DATE] [--out members.parquet | members.csv | folder]
      [--format parquet|csv] [--segment NAME]… [--threads N] [--memory-limit 8GB]
      [--temp-dir DIR] [--json]
  segments check <definitions.json | …> [--model model.json] [--data …] [--json]
  segments sql <definitions.json | …> [--model model.json] [--as-of DATE] [--segment NAME]…
  segments refresh <backup.json> --data … --out backup.json [--all] [--state DIR] [--as-of DATE]

Exit codes: 0 ok, 1 a segment failed, 2 bad input (nothing written).
`;

export async function main(argv: string[]): Promise<number> {
	try {
		const options = parseOptions(argv);
		if (options.help || options.command === '' || options.command === 'help') {
			process.stdout.write(HELP);
			return options.command === '' && !options.help ? EXIT_BAD_INPUT : EXIT_OK;
		}
		switch (options.command) {
			case 'run':
				return await runCommand(options);
			case 'check':
				return await checkCommand(options);
			case 'sql':
				return sqlCommand(options);
			case 'refresh':
				return await refreshCommand(options);
			default:
				throw new BadInput(
					`Unknown command “${options.command}”; use run, check, sql or refresh (see segments --help).`
				);
		}
	} catch (e) {
		if (e instanceof BadInput) {
			process.stderr.write(`segments: ${e.message}\n`);
			return EXIT_BAD_INPUT;
		}
		process.stderr.write(`segments: something went wrong: ${errorMessage(e)}\n`);
		return EXIT_SEGMENT_FAILED;
	}
}
