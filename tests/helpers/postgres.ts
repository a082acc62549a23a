// A throw-away PostgreSQL 15 for tests: the server named by SEGMENTS_TEST_PG_URL when set, otherwise
// one started here — initdb into a temporary folder, listening only on 127.0.0.1 on a free port with
// its unix socket in that folder, stopped and deleted at the end. initdb refuses to run as root, so
// as root the folder is given to the `postgres` user (Debian's package creates it) and the
// binaries run as that user. Without the binaries the tests are skipped with a message, except in
// CI (env CI set), where a missing PostgreSQL is a failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = process.env.SEGMENTS_TEST_PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface TestPostgres {
	url: string;
	stop(): void;
}

/** Why the PostgreSQL tests cannot run here, or null when they can. Throws in CI. */
export function postgresUnavailable(): string | null {
	if (process.env.SEGMENTS_TEST_PG_URL) return null;
	if (existsSync(join(BIN, 'initdb')) && existsSync(join(BIN, 'pg_ctl'))) return null;
	const why = `PostgreSQL 15 is not installed (no ${join(BIN, 'initdb')}); install Debian's postgresql-15 or set SEGMENTS_TEST_PG_URL`;
	if (process.env.CI) throw new Error(`${why}. In CI the PostgreSQL tests must run.`);
	return why;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL binary, as the `postgres` user when this process is root. */
function pgBin(name: string, args: string[]): void {
	const [cmd, all] = isRoot()
		? ['runuser', ['-u', 'postgres', '--', join(BIN, name), ...args]]
		: [join(BIN, name), args];
	const r = spawnSync(cmd, all, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	if (r.status !== 0)
		throw new Error(`${name} failed (${r.status}): ${r.stderr || r.stdout || r.error?.message}`);
}

export async function startTestPostgres(): Promise<TestPostgres> {
	const given = process.env.SEGMENTS_TEST_PG_URL;
	if (given) return { url: given, stop: () => {} };
	const dir = mkdtempSync(join(tmpdir(), 'segments-pg-'));
	const data = join(dir, 'data');
	if (isRoot()) {
		chmodSync(dir, 0o755);
		execFileSync('chown', ['postgres:', dir]);
	}
	const port = await freePort();
	let started = false;
	const stop = () => {
		if (started)
			try {
				pgBin('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
			} catch {
				// already gone
			}
		started = false;
		rmSync(dir, { recursive: true, force: true });
	};
	try {
		pgBin('initdb', [
			'-D',
			data,
			'-U',
			'segments',
			'--auth=trust',
			'--encoding=UTF8',
			'--locale=C.UTF-8',
			'--no-sync'
		]);
		const settings = [
			'-c listen_addresses=127.0.0.1',
			`-c port=${port}`,
			`-c unix_socket_directories=${dir}`,
			'-c fsync=off',
			'-c synchronous_commit=off',
			'-c full_page_writes=off'
		].join(' ');
		pgBin('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'log'), '-w', 'start']);
		started = true;
		return { url: `postgres://segments@127.0.0.1:${port}/postgres`, stop };
	} catch (e) {
		stop();
		throw e;
	}
}
