// Where a visit's script time goes, per file: CPU profiles (sampled every 100 µs) of first visits, or
// with --visit returning of a returning visitor's (who accepted everything in a first visit), or with
// --visit dialog of the click on "Personnaliser" until the dialog shows with its switches, 4×
// throttled, in headless Chromium. A browser's own work that a call forces (the style and layout that
// showModal() needs) counts as the calling function's self time. With --baseline DIR, another build of the widget is profiled in the
// same rounds, interleaved, as run.js measures it.
//
//   node test/bench/profile.js [--rounds N] [--baseline DIR] [--page tiny|portal] [--network loopback|model|fast]
//                              [--visit first|returning|dialog]
//
// Prints, per build, the mean self time per visit of each script file and of the widget's busiest
// functions (minified names, with their line and column in the built file).
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { returningContext } from './contexts.js';
import { emulateNetwork, networks } from './network.js';
import { pageNames } from './pages.js';
import { dialogWatchSource } from './probes.js';
import { startServer } from './server.js';
import { baselineSystem, systems } from './systems.js';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '12' },
    baseline: { type: 'string' },
    page: { type: 'string', default: 'tiny' },
    network: { type: 'string', default: 'loopback' },
    visit: { type: 'string', default: 'first' },
  },
});
const rounds = Number(options.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive integer');
if (!pageNames.includes(options.page)) throw new Error(`--page takes one of ${pageNames.join(', ')}`);
if (!['first', 'returning', 'dialog'].includes(options.visit)) throw new Error('--visit takes first, returning or dialog');
if (!(options.network in networks)) throw new Error(`--network takes one of ${Object.keys(networks).join(', ')}`);

const widget = systems[0];
const builds = [widget];
if (options.baseline) builds.push(baselineSystem(options.baseline));
const server = await startServer(builds, options.baseline);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

/** The cookies a visitor who clicked "Tout accepter" on `build`'s page keeps. */
async function acceptedCookies(build, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const accept = await page.waitForFunction(`(${build.acceptAll})()`, { timeout: 20_000 });
  await accept.click();
  await page.waitForFunction(`window.cookieCharter.decided`);
  const cookies = await page.cookies();
  await context.close();
  return cookies;
}

/**
 * One visit, profiled from navigation: a first visit until a second and a half after the banner
 * shows; a returning visit until a second and a half after the page's load event. A dialog visit is
 * a first visit left idle for four seconds (the dialog's files come meanwhile), then profiled from the
 * click on "Personnaliser" until the dialog is on screen with a switch drawn.
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** "Personnaliser" → dialog of each build, per round (`--visit dialog`), as the probe measured it. */
const dialogMs = new Map(builds.map((build) => [build.name, []]));

async function profileVisit(build) {
  const url = `${server.origin}/p/${options.page}/${encodeURIComponent(build.name)}.html`;
  const stored = options.visit === 'returning' ? await acceptedCookies(build, url) : [];
  const context = await returningContext(browser, stored);
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  if (networks[options.network]) await emulateNetwork(page, options.network);
  const dialog = options.visit === 'dialog';
  if (!dialog) await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  if (!stored.length) await page.waitForFunction(`(${build.banner})()?.getBoundingClientRect().height > 0`, { timeout: 20_000 });
  if (dialog) {
    await sleep(4000);
    await page.evaluate(dialogWatchSource(build.dialog, build.toggle));
    const button = await page.waitForFunction(`(${build.customize})()`, { timeout: 20_000 });
    const box = await button.boundingBox();
    await cdp.send('Profiler.start');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction('window.__benchDialogMs !== undefined', { timeout: 20_000, polling: 50 });
    dialogMs.get(build.name).push(await page.evaluate('window.__benchDialogMs'));
  } else await sleep(1500);
  const { profile } = await cdp.send('Profiler.stop');
  await context.close();
  return profile;
}

const totals = new Map(builds.map((build) => [build.name, { files: {}, functions: {} }]));
for (let round = 0; round < rounds; round++) {
  for (const build of round % 2 ? [...builds].reverse() : builds) {
    const profile = await profileVisit(build);
    const { files, functions } = totals.get(build.name);
    const self = {};
    profile.samples.forEach((node, i) => (self[node] = (self[node] ?? 0) + (profile.timeDeltas[i] ?? 0)));
    for (const node of profile.nodes) {
      const us = self[node.id];
      if (!us || !node.callFrame.url.startsWith(server.origin)) continue;
      const file = node.callFrame.url.slice(server.origin.length).replace(/\?.*/, '').replace('/cc-baseline/', '/cc/');
      files[file] = (files[file] ?? 0) + us;
      if (!file.startsWith('/cc/')) continue; // the portal page's own functions are not the widget's
      const { functionName, lineNumber, columnNumber } = node.callFrame;
      const name = `${file.split('/').pop()} ${functionName || '(anonymous)'} ${lineNumber + 1}:${columnNumber + 1}`;
      functions[name] = (functions[name] ?? 0) + us;
    }
  }
  console.error(`round ${round + 1}/${rounds}`);
}

const ms = (us) => (us / 1000 / rounds).toFixed(1).padStart(6);
for (const [name, { files, functions }] of totals) {
  const widgetFiles = Object.entries(files).filter(([file]) => file.startsWith('/cc/'));
  console.log(
    `\n${name}: ${ms(widgetFiles.reduce((sum, [, us]) => sum + us, 0))} ms of the widget's own script per ${options.visit} visit`,
  );
  const clicks = dialogMs.get(name);
  if (clicks.length)
    console.log(`  "Personnaliser" → dialog, each round (profiled, so slower): ${clicks.map((click) => click.toFixed(0)).join(' / ')} ms`);
  for (const [file, us] of widgetFiles.sort((a, b) => b[1] - a[1])) console.log(`  ${ms(us)}  ${file}`);
  for (const [fn, us] of Object.entries(functions)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8))
    console.log(`    ${ms(us)}  ${fn}`);
}
await browser.close();
await server.close();
