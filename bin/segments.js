#!/usr/bin/env node
// The `segments` command (docs/cli.md). The CLI is TypeScript in src/cli/ and uses the app's own
// compiler and validator from src/lib/, so it is run through tsx's loader (compiled in memory,
// cached, no build step to forget); nothing here but the hand-over.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
