// The first visit's banner alone, side by side: how soon each system's banner is on screen, round by
// round, and cookie-charter's time minus each other's in the same round. A run is short enough to be
// repeated: name it before it starts, and keep whatever it shows.
//
//   node test/bench/race.js --name A [--rounds 10] [--only name,name] [--page tiny,portal,portal-head] [--network model]
//
// Each round loads every page once for every system, interleaved, the order rotated each round, in a
// fresh browser context (fresh renderer, empty cookie jar and cache), CPU throttled 4× and under the
// network profile, exactly as run.js's banner step does (same pages, server, probe and written banner).
// Results: results/race-<name>.md and .json. run.js measures everything else.
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchBrowser, machineOf } from './browser.js';
import { emulateNetwork, networks } from './network.js';
import { pageNames } from './pages.js';
import { stampSource } from './probes.js';
import { bannerRace } from './report.js';
import { startServer } from './server.js';
import { recommendedSystem, systems as allSystems } from './systems.js';
import { writtenBanner } from './written.js';

const THROTTLE = 4;
const BANNER_TIMEOUT_MS = 20_000;

const { values: options } = parseArgs({
  options: {
    name: { type: 'string' },
    rounds: { type: 'string', default: '10' },
    only: { type: 'string', default: 'cookie-charter,orejime,osano-cookieconsent,floor' },
    page: { type: 'string', default: pageNames.join(',') },
    network: { type: 'string', default: 'model' },
  },
});
const list = (value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
if (!options.name || !/^[\w-]+$/.test(options.name))
  throw new Error('--name: give the run a name (letters, digits, - and _) before it starts');
const rounds = Number(options.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive integer');
const pages = list(options.page);
const network = options.network;
if (pages.some((page) => !pageNames.includes(page))) throw new Error(`--page: known pages are ${pageNames.join(', ')}`);
if (!(network in networks)) throw new Error(`--network: known profiles are ${Object.keys(networks).join(', ')}`);

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const browser = await launchBrowser();
const made = await writtenBanner(browser);
const candidates = [recommendedSystem(made.written, made.reveal), ...allSystems];
const systems = list(options.only).map((name) => {
  const system = candidates.find((candidate) => candidate.name === name);
  if (!system) throw new Error(`unknown system ${name}; known: ${candidates.map((candidate) => candidate.name).join(', ')}`);
  return system;
});
const server = await startServer(systems);
const url = (page, system) => new URL(`/p/${page}/${encodeURIComponent(system.name)}.html`, server.origin).href;

/** One first visit: the time of the first frame where the banner is on screen. */
async function bannerMs(page, system) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    tab.setDefaultNavigationTimeout(60_000);
    await tab.emulateCPUThrottling(THROTTLE);
    await emulateNetwork(tab, network);
    await tab.evaluateOnNewDocument(stampSource(system.banner));
    await tab.goto(url(page, system), { waitUntil: 'load' });
    await tab.waitForFunction('window.__benchBannerAt !== undefined', { timeout: BANNER_TIMEOUT_MS, polling: 50 });
    return await tab.evaluate('window.__benchBannerAt');
  } finally {
    await context.close();
  }
}

const started = Date.now();
const runs = [];
const environment = {
  name: options.name,
  ...(await machineOf(browser)),
  rounds,
  throttle: THROTTLE,
  pages,
  network,
};
console.log(`run ${environment.name} · ${environment.date} · ${environment.chromium} · ${environment.cpu} × ${environment.cores} cores`);
try {
  // One untimed visit of each page of each system: the server compresses every file once.
  for (const page of pages) for (const system of systems) await bannerMs(page, system).catch(() => {});
  for (let round = 0; round < rounds; round++) {
    for (const page of pages.map((_, i) => pages[(i + round) % pages.length])) {
      const line = [];
      for (const system of systems.map((_, i) => systems[(i + round) % systems.length])) {
        try {
          const ms = await bannerMs(page, system);
          runs.push({ round: round + 1, page, network, system: system.name, bannerMs: ms });
          line.push(`${system.name} ${ms.toFixed(0)}`);
        } catch (error) {
          runs.push({ round: round + 1, page, network, system: system.name, error: String(error?.message ?? error) });
          line.push(`${system.name} FAILED`);
        }
      }
      console.log(`round ${round + 1}/${rounds} ${page}: ${line.join(', ')} ms`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
environment.seconds = Math.round((Date.now() - started) / 1000);

const medians = pages.map(
  (page) =>
    `| ${page} | ${systems
      .map((system) => median(runs.filter((r) => r.page === page && r.system === system.name && !r.error).map((r) => r.bannerMs)))
      .map((ms) => (ms === null ? '–' : ms.toFixed(0)))
      .join(' | ')} |`,
);
const text = [
  `# Banner race, run ${environment.name}`,
  '',
  `${environment.date} · Node ${environment.node} · ${environment.chromium} · ${environment.cpu} × ${environment.cores} cores · ` +
    `${rounds} rounds · CPU throttled ${THROTTLE}× · ${network} network · ${Math.round(environment.seconds / 60)} min`,
  '',
  'Banner visible, ms (medians):',
  '',
  `| page | ${systems.map((system) => system.name).join(' | ')} |`,
  `|---|${systems.map(() => '---:').join('|')}|`,
  ...medians,
  '',
  "cookie-charter's time minus the other's, round by round:",
  '',
  network === 'model'
    ? bannerRace(
        runs,
        pages,
        systems.map((system) => system.name),
      )
    : '(model network only)',
  '',
  `Failed measurements: ${runs.filter((r) => r.error).length}.`,
  '',
].join('\n');
console.log(`\n${text}`);
const results = new URL('results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(new URL(`race-${environment.name}.json`, results), `${JSON.stringify({ environment, runs }, null, 2)}\n`);
writeFileSync(new URL(`race-${environment.name}.md`, results), text);
