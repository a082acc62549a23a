// A Vitest environment for rune classes (*.svelte.test.ts): Node, but modules are transformed for
// the client, so Svelte compiles runes the browser way ($derived memoizes, $state is a proxy) and
// `svelte` resolves to its client runtime. A test file selects it with
// `// @vitest-environment svelte-client` (vite.config.ts maps that name to this file).
import type { Environment } from 'vitest/environments';

const environment: Environment = {
	name: 'svelte-client',
	viteEnvironment: 'client',
	setup() {
		return { teardown() {} };
	}
};

export default environment;
