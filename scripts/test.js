// `npm test`: finds (or installs) the browsers, says which versions run, builds, type-checks, lints,
// checks the package in Node, then runs every test in headless Chromium and Firefox. It never downloads
// a browser build of its own. With --browser-only (`npm run test:browser`), it finds the browsers and
// runs the browser tests alone: no build, no type check, no lint, no Node checks.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { executable, selected, version } from './browsers.js';
import { buildNodeTests } from './node-tests.js';

const browserOnly = process.argv.includes('--browser-only');
const runnerArgs = process.argv.slice(2).filter((arg) => arg !== '--browser-only');
const browsers = selected();
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const located = (browser) => process.env[browser.env] || (existsSync(browser.path) ? browser.path : null);

// The receipt store's tests start a PostgreSQL server of their own, from Debian's binaries.
const hasPostgres = () =>
  existsSync('/usr/lib/postgresql') &&
  readdirSync('/usr/lib/postgresql').some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/pg_ctl`));
const missing = browsers.filter((browser) => !located(browser));
if (!browserOnly && !hasPostgres()) missing.push({ name: 'PostgreSQL', debian: 'postgresql' });
if (missing.length) {
  const packages = missing.map((browser) => browser.debian);
  const isRoot = process.getuid?.() === 0;
  if (isRoot && has('apt-get')) {
    console.log(`Installing ${packages.join(' and ')} from Debian's packages…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  } else {
    const pointable = missing.filter((needed) => needed.env);
    console.error(
      `The tests need ${missing.map((needed) => needed.name).join(' and ')}, which were not found.\n` +
        `Install them with:  sudo apt-get install ${packages.join(' ')}` +
        (pointable.length ? `\nor point ${pointable.map((browser) => browser.env).join(' and ')} at the browser executables.` : ''),
    );
    process.exit(1);
  }
}

// Which browsers run, once, before anything else: a browser that cannot say its version will not start.
for (const browser of browsers) {
  const path = executable(browser);
  const found = version(browser);
  if (found.problem) {
    console.error(
      `${browser.name} did not start (${path}): ${found.problem}.\n` +
        (process.env[browser.env]
          ? `Point ${browser.env} at a ${browser.name} executable, or unset it to use ${browser.path}.`
          : `Reinstall it with:  sudo apt-get install --reinstall ${browser.debian}\nor point ${browser.env} at a ${browser.name} executable.`),
    );
    process.exit(1);
  }
  console.log(`${browser.name} ${found.version} (${path})`);
  // Firefox 144 brought WebDriver BiDi's emulation.setScreenOrientationOverride, which puppeteer-core
  // sends with every viewport: older ones (ESR 140) run the tests without it (scripts/firefox-viewport.js).
  if (browser.id === 'firefox' && Number.parseInt(found.version, 10) < 144) {
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    console.log(
      `  Older than Firefox 144: the tests run without screen orientation emulation. Debian's current firefox-esr has it:\n` +
        `  ${sudo}apt-get update && ${sudo}apt-get install -y --only-upgrade firefox-esr`,
    );
  }
}

const run = (command, args) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

/** The newest modification time of the files under `folder`. */
const newest = (folder) => Math.max(...readdirSync(folder, { recursive: true }).map((name) => statSync(`${folder}/${name}`).mtimeMs));

const nodeCount = '.tmp/node-test-count.txt';
rmSync(nodeCount, { force: true });
mkdirSync('.tmp', { recursive: true });
let checks = { status: 0 };
if (browserOnly) {
  // Some files load the built widget (test/dist.test.ts, test/size.test.ts, portals opened with the built
  // script): they test dist/ as it is, which this mode never builds.
  const built = 'dist/cookie-charter.js';
  if (!existsSync(built)) console.log(`\nNo ${built}: the tests that load dist/ fail until \`npm run build\` makes it.`);
  else if (newest('src') > statSync(built).mtimeMs)
    console.log('\ndist/ is older than src/: the tests that load it test the older build (`npm run build`).');
} else {
  run('npm', ['run', '--silent', 'build']);
  run('npm', ['run', '--silent', 'build', '--workspace', 'packages/scan']);
  run('npm', ['run', '--silent', 'build', '--workspace', 'packages/receipts']);
  run(bin('tsc'), ['--noEmit', '-p', '.']);
  run(bin('tsc'), ['--noEmit', '-p', 'packages/scan']);
  run(bin('tsc'), ['--noEmit', '-p', 'packages/receipts']);
  run(bin('tsc'), ['--noEmit', '-p', 'demo/configurator']);
  run('npm', ['run', '--silent', 'lint']);

  // The package as users get it (files, declarations, manifest), the scanner against its fixture portals
  // in Chromium, and the consent rules' model-based test (test/node/, bundled first), in Node; counted
  // with the browser tests.
  const nodeTests = [
    ...(await buildNodeTests()),
    ...['test/package', 'packages/scan/test', 'packages/receipts/test'].flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.test.js'))
        .map((name) => `${folder}/${name}`),
    ),
  ];
  console.log('\n> node --test test/node/ test/package/ packages/scan/test/ packages/receipts/test/');
  checks = spawnSync(
    process.execPath,
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/node-count-reporter.js',
      `--test-reporter-destination=${nodeCount}`,
      ...nodeTests,
    ],
    { stdio: 'inherit' },
  );
}

rmSync('.tmp/test-count.txt', { force: true });
rmSync('.tmp/test-slow.txt', { force: true });
const tests = spawnSync(bin('web-test-runner'), ['--config', 'web-test-runner.config.js', ...runnerArgs], { stdio: 'inherit' });

/**
 * Adds up "N passed, N failed, N skipped" lines; a missing file counts as one failure. The lines after the
 * count in the runner's file say which browsers did not start.
 */
const counts = [...(browserOnly ? [] : [nodeCount]), '.tmp/test-count.txt'].map((file) =>
  existsSync(file) ? readFileSync(file, 'utf8') : '0 passed, 1 failed',
);
const sum = (word) => counts.reduce((total, text) => total + Number(new RegExp(`(\\d+) ${word}`).exec(text)?.[1] ?? 0), 0);
// Tests that took half their runner's default timeout or more: on a slower machine they would be the first to time out.
const slow = existsSync('.tmp/test-slow.txt') ? readFileSync('.tmp/test-slow.txt', 'utf8').trim() : '';
if (slow) console.log(`\nThe slowest tests (5 s or more; a test's default timeout is 10 s):\n${slow}`);
const notStarted = counts.flatMap((text) => text.trim().split('\n').slice(1));
if (notStarted.length) console.log(`\n${notStarted.join('\n')}`);
console.log(`\n${sum('passed')} passed, ${sum('failed')} failed${sum('skipped') ? `, ${sum('skipped')} skipped` : ''}`);
process.exit(checks.status === 0 && tests.status === 0 && !notStarted.length ? 0 : 1);
