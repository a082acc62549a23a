#!/usr/bin/env node
// `npm start`: build the app, say so in one line (the build's full log only when it fails), then
// serve it with scripts/serve.js. PORT and HOST choose the address (PORT=8080 npm start).
import { spawn } from 'node:child_process';

const started = Date.now();
process.stdout.write('Building the app… ');
const build = spawn('npx', ['vite', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
let log = '';
build.stdout.on('data', (d) => (log += d));
build.stderr.on('data', (d) => (log += d));
build.on('close', async (code) => {
	if (code !== 0) {
		console.log('failed.\n');
		console.log(log);
		process.exit(code ?? 1);
	}
	for (const step of [
		'scripts/security-headers.js',
		'scripts/check-precache.js',
		'scripts/check-no-test-hooks.js'
	]) {
		const ok = await new Promise((resolve) => {
			const child = spawn(process.execPath, [step], { stdio: ['ignore', 'pipe', 'inherit'] });
			child.on('close', (c) => resolve(c === 0));
		});
		if (!ok) process.exit(1);
	}
	console.log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
	await import('./serve.js');
});
