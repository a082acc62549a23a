// The layering rules (eslint.layers.js) refuse a wrong import and let a right one through: each
// case lints a one-line module as if it sat in the folder named.
import { ESLint } from 'eslint';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import { describe, expect, it } from 'vitest';
import { layers } from '../../eslint.layers.js';

const eslint = new ESLint({
	overrideConfigFile: true,
	overrideConfig: [
		{ files: ['**/*.ts'], languageOptions: { parser: ts.parser } },
		...svelte.configs.base,
		{ files: ['**/*.svelte'], languageOptions: { parserOptions: { parser: ts.parser } } },
		...layers
	]
});

async function refusals(filePath: string, source: string): Promise<string[]> {
	const [result] = await eslint.lintText(source, { filePath });
	return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('layers', () => {
	it.each([
		['src/lib/engine/x.ts', "import { app } from '$lib/features/app/app.svelte';"],
		['src/lib/engine/import/x.ts', "import { database } from '../../db/schema';"],
		['src/lib/engine/x.ts', "import { onMount } from 'svelte';"],
		['src/lib/segments/x.ts', "import { engine } from '$lib/engine';"],
		['src/lib/segments/x.ts', "import { goto } from '$app/navigation';"],
		['src/lib/db/x.ts', "import { runNow } from '$lib/runs/service';"],
		['src/lib/runs/x.ts', "import { toasts } from '$lib/components/ui/toasts.svelte';"],
		['src/lib/sharing/x.ts', "import { app } from '../features/app/app.svelte';"],
		[
			'src/lib/components/ui/X.svelte',
			"<script>import { app } from '$lib/features/app/app.svelte';</script>"
		],
		['src/lib/features/app/x.ts', "import { load } from '../../../routes/+layout';"]
	])('%s may not %s', async (file, source) => {
		const found = await refusals(file, source);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(/^no-restricted-imports: /);
	});

	it.each([
		['src/lib/engine/x.ts', "import { quoteIdent } from '../sql/quote';"],
		['src/lib/db/x.ts', "import { engine } from '$lib/engine';"],
		['src/lib/runs/x.ts', "import { database } from '$lib/db/schema';"],
		['src/lib/features/segments/x.ts', "import { healthOf } from '../segments/actions';"],
		['src/lib/components/ui/x.ts', "import type { AttributeType } from '$lib/segments/data-model';"]
	])('%s may %s', async (file, source) => {
		expect(await refusals(file, source)).toEqual([]);
	});
});
