// Every file of DuckDB's hard CSV corpus through the app's import path (the same EngineCore the
// worker runs, on duckdb-wasm's Node build): each must import or be refused with a sentence; none
// may hang or crash the engine. The counts are written for docs/reliability.md.
import { describe, expect, it } from 'vitest';
import { readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openNodeEngine, fileFrom } from '../helpers/node-engine';
import { EngineError, isFatalEngineError } from '../../src/lib/engine/errors';
import type { EngineCore } from '../../src/lib/engine/worker/core';
import { recordCase } from '../helpers/reliability';

const root = 'tests/fixtures/csv-corpus';
const PER_FILE_MS = 20_000;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = path.join(dir, name);
		return statSync(p).isDirectory() ? files(p) : name.startsWith('LICENSE') ? [] : [p];
	});
}

type Outcome = 'imported' | 'refused' | 'hang' | 'crash' | 'raw-error';

describe('hard CSV corpus', () => {
	it(
		'imports or refuses every file with a message; no hang, no crash',
		{ timeout: 600_000 },
		async () => {
			let core: EngineCore = await openNodeEngine();
			const results: {
				file: string;
				outcome: Outcome;
				rows?: number;
				malformed?: number;
				message?: string;
			}[] = [];
			for (const file of files(root)) {
				const f = await fileFrom(file);
				let outcome: Outcome;
				let extra: { rows?: number; malformed?: number; message?: string } = {};
				try {
					const staged = await Promise.race([
						core.stage(f, f.name, {}, () => {}),
						new Promise<never>((_r, reject) =>
							setTimeout(() => reject(new Error('HANG')), PER_FILE_MS)
						)
					]);
					outcome = 'imported';
					extra = { rows: staged.rowCount, malformed: staged.malformed.count };
					await core.discard(staged.stageId);
				} catch (e) {
					const message = e instanceof Error ? e.message : String(e);
					if (message === 'HANG') outcome = 'hang';
					else if (e instanceof EngineError && e.code === 'restarted') outcome = 'crash';
					else if (!(e instanceof EngineError) && isFatalEngineError(message)) outcome = 'crash';
					else if (e instanceof EngineError && !/\n|\bat \w+ \(|Error:/.test(e.message))
						outcome = 'refused';
					else outcome = 'raw-error';
					extra = { message: message.split('\n')[0] };
					if (outcome === 'crash' || outcome === 'hang') core = await openNodeEngine();
				}
				results.push({ file: path.relative(root, file), outcome, ...extra });
			}
			const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
			const summary = {
				files: results.length,
				imported: count('imported'),
				refused: count('refused'),
				hang: count('hang'),
				crash: count('crash'),
				rawError: count('raw-error')
			};
			mkdirSync('test-results/reliability', { recursive: true });
			writeFileSync(
				'test-results/reliability/csv-corpus-node.json',
				JSON.stringify({ summary, results }, null, 2)
			);
			console.log(summary);
			recordCase('1-hard-files-node', {
				case: '1. Hard files',
				check: `DuckDB's CSV corpus (${summary.files} files) through the import path on the real engine (Node)`,
				runs: summary.files,
				passed: summary.imported + summary.refused,
				failed: summary.hang + summary.crash + summary.rawError,
				notes: `${summary.imported} imported, ${summary.refused} refused with a message; ${summary.hang} hangs, ${summary.crash} crashes, ${summary.rawError} raw errors.`
			});
			for (const r of results.filter((x) => x.outcome !== 'imported' && x.outcome !== 'refused'))
				console.log(r);
			expect(summary.files).toBe(237);
			expect(summary.hang).toBe(0);
			expect(summary.crash).toBe(0);
			expect(summary.rawError).toBe(0);
		}
	);
});
