// `npm run test:journeys [-- --runs 50 --seed 123 --steps 40 --path "0:1:2" --budget 600 --avoid a]`: the journey
// fuzzer with its budget from the command line (or JOURNEY_* variables), through Playwright.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const env: Record<string, string> = {};
const names: Record<string, string> = {
	'--runs': 'JOURNEY_RUNS',
	'--seed': 'JOURNEY_SEED',
	'--steps': 'JOURNEY_STEPS',
	'--path': 'JOURNEY_PATH',
	'--shrink': 'JOURNEY_SHRINK',
	'--avoid': 'JOURNEY_AVOID',
	'--budget': 'JOURNEY_BUDGET_S'
};
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
	const [flag, inline] = args[i]!.split('=', 2) as [string, string | undefined];
	const name = names[flag];
	if (!name) {
		rest.push(args[i]!);
		continue;
	}
	const value = inline ?? args[++i];
	if (value === undefined) throw new Error(`${flag} needs a value`);
	env[name] = value;
}
const result = spawnSync(
	'npx',
	['playwright', 'test', '--config', 'tests/journeys/playwright.config.ts', ...rest],
	{ stdio: 'inherit', env: { ...process.env, ...env } }
);
process.exit(result.status ?? 1);
