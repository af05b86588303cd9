// Run first by `npm start` and `npm test`, so that they work on a fresh clone: installs the dependencies
// (`npm ci`) when node_modules is missing or older than package-lock.json, and does nothing otherwise.
// Node's own modules only: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// npm writes node_modules/.package-lock.json at the end of every install: what node_modules holds.
const installed = `${root}node_modules/.package-lock.json`;
const wanted = `${root}package-lock.json`;

const why = !existsSync(installed)
  ? 'node_modules is missing'
  : statSync(installed).mtimeMs < statSync(wanted).mtimeMs
    ? 'node_modules is older than package-lock.json'
    : null;

if (why) {
  console.log(`${why}: npm ci`);
  // No dependency's install script is needed (CONTRIBUTING.md, "Install scripts"); npm 10 runs them all
  // anyway, and puppeteer's would download a browser the tests never use.
  const env = { ...process.env, PUPPETEER_SKIP_DOWNLOAD: process.env.PUPPETEER_SKIP_DOWNLOAD ?? '1' };
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
