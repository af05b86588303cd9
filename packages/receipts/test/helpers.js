// What the tests share: a receiver started as the command runs it, a PostgreSQL server of their own,
// and requests made as the widget makes them.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BIN = new URL('../bin/cookie-charter-receipts.js', import.meta.url).pathname;
export const TOKEN = 'test-token-0123456789abcdef';
export const ORIGIN = 'https://data.example.fr';

/** A fresh temporary folder, removed by `remove()`. */
export const temporary = (prefix) => mkdtempSync(join(tmpdir(), `receipts-${prefix}-`));

/**
 * Starts the command with `env` (token, origins and a free port unless given) and resolves once it
 * listens, with its URL, its output so far and a way to stop or kill it.
 */
export function startReceiver(env = {}) {
  const child = spawn(process.execPath, [BIN], {
    env: { PATH: process.env.PATH, RECEIPTS_TOKEN: TOKEN, RECEIPTS_ORIGINS: ORIGIN, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the receiver did not start in time:\n${output}`)), 30_000);
    const read = (chunk) => {
      output += chunk;
      const match = /receiving on (http:\/\/[^/\s]+)\/receipts/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1],
          child,
          exited,
          output: () => output,
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then(({ code }) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`the receiver exited with ${code}:\n${output}`), { code, output }));
    });
  });
}

/** Runs the command to its end (for the ways it refuses to start). */
export function runReceiver(env) {
  const result = spawnSync(process.execPath, [BIN], {
    env: { PATH: process.env.PATH, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, output: result.stdout + result.stderr };
}

/** A receipt as the widget's `preferences()` gives it, with the charter's digest. */
export const receipt = (changes = {}) => ({
  categories: { statistics: false, 'third-party': false },
  entries: {},
  objections: ['matomo'],
  revision: '2024-06',
  date: '2024-06-12T09:30:12.000Z',
  id: 'k2m9q4p1x7',
  gpc: false,
  charter: '0123456789abcdef',
  ...changes,
});

/** POSTs a body as the widget does (text/plain, from `origin`); resolves with the status. */
export async function post(url, body, { origin = ORIGIN, type = 'text/plain;charset=UTF-8', headers = {} } = {}) {
  const response = await fetch(`${url}/receipts`, {
    method: 'POST',
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    headers: { ...(origin ? { Origin: origin } : {}), 'Content-Type': type, ...headers },
  });
  await response.arrayBuffer();
  return response;
}

/** GETs an export with the token; resolves with the parsed JSON (or the CSV's text). */
export async function exported(url, query, format = 'json') {
  const response = await fetch(`${url}/export.${format}?${new URLSearchParams(query)}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  if (response.status !== 200) throw new Error(`export answered ${response.status}: ${await response.text()}`);
  return format === 'json' ? response.json() : response.text();
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Debian's PostgreSQL binaries, the newest version installed. */
export function postgresBin() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'pg_ctl'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/**
 * A PostgreSQL server of the test's own, in a temporary folder, on 127.0.0.1 only, with fsync on.
 * initdb and pg_ctl refuse to run as root: as root they run as the `postgres` user.
 */
export async function startPostgres() {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed: sudo apt-get install postgresql (npm test installs it when run as root)');
  const folder = temporary('pg');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const group = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(folder, Number(id.stdout), Number(group.stdout));
  }
  const run = (tool, args, check = true) => {
    const command = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    const result = spawnSync(command[0], command[1], { encoding: 'utf8', timeout: 60_000 });
    if (check && result.status !== 0) throw new Error(`${tool} failed: ${result.stdout}${result.stderr}`);
    return result;
  };
  const data = join(folder, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${folder} -c fsync=on -c synchronous_commit=on`;
  const start = () => run('pg_ctl', ['-D', data, '-l', join(folder, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start,
    stop: (mode = 'fast') => run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop'], false),
    remove() {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], false);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
