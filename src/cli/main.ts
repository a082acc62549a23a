// `segments`: the app's segment definitions evaluated outside the browser, on native DuckDB, with
// the app's own compiler and validator (docs/cli.md). Exit codes: 0 ok, 1 a segment failed,
// 2 bad input (nothing written).
import { errorMessage } from '../lib/error-message';
import { checkCommand, runCommand, sqlCommand } from './commands';
import { readInputs, resolveModel } from './inputs';
import { loadCommand } from './postgres-load';
import { withTables } from './postgres-run';
import { BadInput, EXIT_BAD_INPUT, EXIT_OK, EXIT_SEGMENT_FAILED } from './errors';
import { parseOptions } from './options';
import { refreshCommand } from './refresh';

export const HELP = `segments — evaluate Segments definitions on native DuckDB or PostgreSQL (see docs/cli.md)

  segments run <definitions.json | backup.json | model.json> --data <folder | file | Entity=path>…
      [--model model.json] [--as-of DATE] [--out members.parquet | members.csv | folder]
      [--format parquet|csv] [--segment NAME]… [--threads N] [--memory-limit 8GB]
      [--temp-dir DIR] [--time-zone ZONE] [--json]
  segments run <…> --engine postgres --url postgres://user@host:5432/db [--table Entity=table]…
      [--as-of DATE] [--out …] [--segment NAME]… [--json]
  segments load --engine postgres --url postgres://… --data <folder | file | Entity=path>…
      (--model model.json | <backup.json | model.json>) [--table Entity=table]… [--replace]
  segments check <definitions.json | …> [--model model.json] [--data …] [--json]
  segments sql <definitions.json | …> [--model model.json] [--as-of DATE] [--segment NAME]…
      [--dialect duckdb|postgres]
  segments refresh <backup.json> --data … --out backup.json [--all] [--state DIR] [--as-of DATE]

Relative dates are read in --time-zone (an IANA name such as Europe/Paris), else the zone the
backup or model file carries, else this machine's; timestamps in the data are UTC.

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
				if (options.engine === 'postgres')
					throw new BadInput('segments refresh runs on DuckDB only; leave out --engine postgres.');
				return await refreshCommand(options);
			case 'load': {
				const from = options.model ?? options.file;
				if (!from)
					throw new BadInput(
						'segments load needs the data model: --model model.json (Sharing → “Export for the command line”) or a workspace backup.'
					);
				const inputs = readInputs(from);
				return await loadCommand(
					options,
					withTables(resolveModel(inputs, undefined), options.table)
				);
			}
			default:
				throw new BadInput(
					`Unknown command “${options.command}”; use run, check, sql, refresh or load (see segments --help).`
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
