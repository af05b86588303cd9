// Side-by-side benchmark of cookie-charter and other consent banners, in headless Chromium.
//
//   node test/bench/run.js [--rounds N] [--only name,name] [--page tiny,portal] [--network model,fast,loopback]
//                          [--calls N] [--baseline DIR]
//
// --page and --network pick the pages (pages.js) and network profiles (network.js) measured: both pages
// and the model and fast profiles unless told otherwise; every system is measured on each pair, in every round. --baseline DIR adds "cookie-charter (baseline)":
// another build's dist/ (an earlier commit's), measured in the same rounds, pages and profiles, interleaved,
// so that a change is judged against the code before it in one run.
//
// Run through the root `npm run bench`, which builds dist/ and installs this folder's packages first.
// How each figure is measured: BENCHMARK.md at the repository's root, and the footer of results/latest.md.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { returningContext } from './contexts.js';
import { launchBrowser, machineOf } from './browser.js';
import { emulateNetwork, networks } from './network.js';
import { pageNames } from './pages.js';
import {
  BANNER_MARK,
  bannerIsLcpSource,
  centreSource,
  dialogWatchSource,
  eventTimingWatchSource,
  interactionSource,
  layoutShiftWatchSource,
  lcpWatchSource,
  longTaskWatchSource,
  pointerDownWatchSource,
  querySource,
  stampSource,
  visibleSource,
} from './probes.js';
import { report } from './report.js';
import { startServer } from './server.js';
import { baselineSystem, recommendedSystem, systems as allSystems } from './systems.js';
import { writtenBanner } from './written.js';
import { blockingTime, ownScriptTime, pageScriptTime, scriptBefore, TRACE_CATEGORIES } from './trace.js';

const here = new URL('.', import.meta.url);
const THROTTLE = 4;
const QUIET_MS = 500; // no request in flight and under 5 ms of main-thread work for this long = settled
const SETTLE_MAX_MS = 10_000;
const BANNER_TIMEOUT_MS = 20_000;
const DIALOG_TIMEOUT_MS = 10_000;
const QUERY_BUDGET_MS = 1000;
const NAVIGATION_TIMEOUT_MS = 60_000; // the portal page, traced and throttled on a busy machine, can take over 30 s to load

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    only: { type: 'string' },
    page: { type: 'string', default: pageNames.join(',') },
    network: { type: 'string', default: 'model,fast' },
    calls: { type: 'string', default: '1000000' },
    baseline: { type: 'string' },
  },
});
const list = (value) =>
  value
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
const rounds = Number(options.rounds);
const calls = Number(options.calls);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive integer');
if (!Number.isInteger(calls) || calls < 1000) throw new Error('--calls takes an integer of at least 1000');
const pages = list(options.page);
const profiles = list(options.network);
for (const [name, chosen, known] of [
  ['--page', pages, pageNames],
  ['--network', profiles, Object.keys(networks)],
]) {
  const unknown = chosen.filter((value) => !known.includes(value));
  if (!chosen.length || unknown.length)
    throw new Error(`${name}: unknown ${unknown.join(', ') || '(none given)'}; known: ${known.join(', ')}`);
}
const only = list(options.only);
const knownNames = ['cookie-charter', ...allSystems.map((system) => system.name)];
if (only) {
  const unknown = only.filter((name) => !knownNames.includes(name));
  if (unknown.length) throw new Error(`unknown system(s): ${unknown.join(', ')}; known: ${knownNames.join(', ')}`);
}
const baseline = options.baseline && baselineSystem(options.baseline);
if (baseline && !existsSync(`${options.baseline}/cookie-charter.js`))
  throw new Error(`--baseline: no cookie-charter.js in ${options.baseline}`);
/** Every system measured, once the recommended placement's written banner is made (`recommended`). */
const systemsWith = (recommended) => {
  const candidates = [recommended, allSystems[0], ...(baseline ? [baseline] : []), ...allSystems.slice(1)];
  return only
    ? candidates.filter(
        (system) => only.includes(system.name) || (system === baseline && only.some((name) => name.startsWith('cookie-charter'))),
      )
    : candidates;
};

if (!existsSync(new URL('../../dist/cookie-charter.js', here))) {
  console.error('dist/cookie-charter.js is missing: run `npm run build` at the repository root first (or `npm run bench`).');
  process.exit(1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// --- sizes -------------------------------------------------------------------------------------

const sizeCache = new Map();
/** Raw, gzip (level 9) and brotli (quality 11) sizes of one body, cached by content. */
function sizes(buffer) {
  const key = createHash('sha256').update(buffer).digest('hex');
  let result = sizeCache.get(key);
  if (!result) {
    result = {
      raw: buffer.length,
      gzip: gzipSync(buffer, { level: 9 }).length,
      brotli: brotliCompressSync(buffer, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
      }).length,
    };
    sizeCache.set(key, result);
  }
  return result;
}

/** The version of a peer as installed in test/bench/node_modules. */
function versionOf(system) {
  if (!system.package) return system.version;
  const manifest = JSON.parse(readFileSync(new URL(`node_modules/${system.package}/package.json`, here), 'utf8'));
  return manifest.version;
}

const pathOf = (url) => new URL(url).pathname + new URL(url).search;
// Encoded as the browser reports it in traces ("cookie-charter%20(baseline)"), so that the two compare equal.
const pageUrl = (origin, page, system) => new URL(`/p/${page}/${encodeURIComponent(system.name)}.html`, origin).href;

// --- page helpers ------------------------------------------------------------------------------

/**
 * Opens a page under network profile `network`, with the CPU throttled, that records every HTTP
 * response (with the bytes CDP saw on the wire), with CDP performance metrics on.
 */
async function openPage(context, network) {
  const page = await context.newPage();
  page.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  // Two CDP sessions: one reports durations in wall time (the figures of the table), the other in
  // the main thread's own CPU time (less sensitive to other processes competing for the machine).
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const cpu = await page.createCDPSession();
  await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.emulateCPUThrottling(THROTTLE);
  if (networks[network]) await emulateNetwork(page, network);
  const transferred = new Map(); // requestId → encodedDataLength, once the response has finished
  await cdp.send('Network.enable');
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => transferred.set(requestId, encodedDataLength));
  const responses = [];
  let documentResponse = null;
  let inFlight = 0;
  let lastNetwork = Date.now();
  page.on('request', () => {
    inFlight++;
    lastNetwork = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastNetwork = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const url = response.url();
    if (!/^https?:/.test(url)) return;
    const entry = {
      id: response.request().id,
      url,
      status: response.status(),
      type: response.request().resourceType(),
      body: response.buffer().catch((error) => error),
    };
    if (response.request().isNavigationRequest()) documentResponse = entry;
    else responses.push(entry);
  });
  const metrics = async (session = cdp) => {
    const { metrics: all } = await session.send('Performance.getMetrics');
    return Object.fromEntries(all.map(({ name, value }) => [name, value]));
  };
  /** Waits until no request is in flight and the main thread has been (nearly) idle for QUIET_MS. */
  const settle = async () => {
    const start = Date.now();
    let previous = await metrics();
    while (Date.now() - start < SETTLE_MAX_MS) {
      await sleep(QUIET_MS);
      const current = await metrics();
      const busy = current.TaskDuration - previous.TaskDuration > 0.005;
      previous = current;
      if (!busy && inFlight === 0 && Date.now() - lastNetwork >= QUIET_MS)
        return { settled: true, metrics: current, cpuMetrics: await metrics(cpu) };
    }
    return { settled: false, metrics: previous, cpuMetrics: await metrics(cpu) };
  };
  /** Sizes of one recorded response; a body that cannot be read, or an error status, fails the round. */
  const measureEntry = async (entry) => {
    const body = await entry.body;
    if (body instanceof Error) throw new Error(`cannot read the body of ${entry.url}: ${body.message}`);
    if (entry.status >= 400) throw new Error(`${entry.url} answered ${entry.status}`);
    return { url: entry.url, status: entry.status, type: entry.type, ...sizes(body), transferred: transferred.get(entry.id) ?? null };
  };
  /** Every response recorded from index `from` on, with sizes, split into the system's (`isOwn`) and the page's. */
  const fetched = async (isOwn, from = 0) => {
    const files = [];
    for (const entry of responses.slice(from)) files.push(await measureEntry(entry));
    const total = (subset, key) => subset.reduce((sum, file) => sum + (file[key] ?? 0), 0);
    const own = files.filter((file) => isOwn(file.url));
    return {
      files: own,
      raw: total(own, 'raw'),
      gzip: total(own, 'gzip'),
      brotli: total(own, 'brotli'),
      transferred: total(own, 'transferred'),
      page: files.filter((file) => !isOwn(file.url)),
      document: documentResponse && (await measureEntry(documentResponse)),
    };
  };
  /** Clicks the element given by `find` at its centre with real input events (CDP Input), the CPU still throttled. */
  const click = async (find) => {
    const centre = await page.evaluate(centreSource(find));
    if (!centre) throw new Error('the button is not there');
    if (!centre.reaches) throw new Error('another element covers the button');
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.up();
  };
  return { page, metrics, settle, fetched, click, responseCount: () => responses.length };
}

const summary = (metrics, cpuMetrics) => ({
  scriptMs: metrics.ScriptDuration * 1000,
  taskMs: metrics.TaskDuration * 1000,
  scriptCpuMs: cpuMetrics.ScriptDuration * 1000,
  taskCpuMs: cpuMetrics.TaskDuration * 1000,
  layoutMs: metrics.LayoutDuration * 1000,
  styleMs: metrics.RecalcStyleDuration * 1000,
  heapBytes: metrics.JSHeapUsedSize,
});

/** Loads the page and lets it settle: its bytes, main-thread time, and whether the banner shows. */
async function loadAndMeasure(visit, url, system, isOwn) {
  await visit.page.goto(url, { waitUntil: 'load' });
  const { settled, metrics, cpuMetrics } = await visit.settle();
  const bytes = await visit.fetched(isOwn);
  const bannerShown = await visit.page.evaluate(visibleSource(system.banner));
  return { settled, ...summary(metrics, cpuMetrics), bytes, bannerShown };
}

/** Runs `step` in a fresh browser context, closed afterwards; an error names the step. */
async function inContext(name, contextPromise, step) {
  const context = await contextPromise;
  try {
    return await step(context);
  } catch (error) {
    throw new Error(`${name}: ${error?.message ?? error}`, { cause: error });
  } finally {
    await context.close();
  }
}

// --- one system, one page, one network profile, one round ------------------------------------

async function measure(browser, origin, page, network, system) {
  const url = pageUrl(origin, page, system);
  // The system's own files, and its inline tags (the page's own scripts are all files of their own).
  const isOwnFile = (fileUrl) => Boolean(system.files) && fileUrl.startsWith(origin + system.files);
  const isOwnScript = (scriptUrl) => isOwnFile(scriptUrl) || scriptUrl === url;
  const result = { system: system.name, page, network };

  // 1. First visit, with nothing injected into the page: bytes and main-thread time; then
  //    "Personnaliser": time to the dialog with its switches, and the bytes fetched for it.
  await inContext('first visit', browser.createBrowserContext(), async (context) => {
    const visit = await openPage(context, network);
    result.first = await loadAndMeasure(visit, url, system, isOwnFile);
    if (system.noDialog) return;
    const before = visit.responseCount();
    await visit.page.evaluate(dialogWatchSource(system.dialog, system.toggle));
    try {
      await visit.click(system.customize);
      await visit.page.waitForFunction('window.__benchDialogMs !== undefined', { timeout: DIALOG_TIMEOUT_MS, polling: 50 });
      result.dialogMs = await visit.page.evaluate('window.__benchDialogMs');
      await visit.settle();
      result.dialogBytes = await visit.fetched(isOwnFile, before);
    } catch (error) {
      result.dialogError = String(error?.message ?? error).split('\n')[0];
    }
  });

  // 2. First visit again, with the banner stamp injected: time to banner; then "accept all", clicked
  //    with real input events, 4× throttled: the time to the next paint; and the cookies it stored.
  let stored;
  await inContext('banner and "accept all"', browser.createBrowserContext(), async (context) => {
    const visit = await openPage(context, network);
    for (const source of [
      stampSource(system.banner),
      lcpWatchSource,
      longTaskWatchSource,
      eventTimingWatchSource,
      layoutShiftWatchSource(system.banner),
    ])
      await visit.page.evaluateOnNewDocument(source);
    await visit.page.goto(url, { waitUntil: 'load' });
    await visit.page.waitForFunction('window.__benchBannerAt !== undefined', { timeout: BANNER_TIMEOUT_MS, polling: 50 });
    result.bannerMs = await visit.page.evaluate('window.__benchBannerAt');

    // Some banners are visible before their buttons work: let the page settle before clicking.
    await visit.settle();
    // Asked before the click, which ends the search for the largest contentful paint.
    result.bannerIsLcp = await visit.page.evaluate(bannerIsLcpSource(system.banner));
    result.firstLongTasks = await visit.page.evaluate('window.__benchLongTasks');
    result.layoutShift = await visit.page.evaluate('window.__benchLayoutShift');
    result.bannerShift = await visit.page.evaluate('window.__benchBannerShift');
    await visit.page.evaluate(pointerDownWatchSource);
    await visit.click(system.acceptAll);
    await visit.page.waitForFunction(`(() => { try { return (${system.query}) === true; } catch { return false; } })()`, {
      timeout: 5000,
      polling: 50,
    });
    await visit.settle(); // a later write of the cookie, if any, lands too; the paint's timing entries arrive
    result.acceptPaint = await visit.page.evaluate(interactionSource);
    stored = await visit.page.cookies();
    const consent = stored.filter((cookie) => system.cookies.includes(cookie.name));
    if (consent.length !== system.cookies.length) throw new Error(`no ${system.cookies.join(', ')} cookie after "accept all"`);
    result.cookie = {
      bytes: consent.reduce((sum, cookie) => sum + Buffer.byteLength(cookie.name + cookie.value), 0),
      all: stored.map((cookie) => ({ name: cookie.name, bytes: Buffer.byteLength(cookie.name + cookie.value) })),
    };
  });

  // 3. Returning visitor: a fresh context (so a fresh renderer process, like the first visit) holding
  //    the cookies that "accept all" stored in step 2; bytes and main-thread time, then the query.
  await inContext('returning visit', returningContext(browser, stored), async (context) => {
    const visit = await openPage(context, network);
    await visit.page.evaluateOnNewDocument(longTaskWatchSource);
    result.returning = await loadAndMeasure(visit, url, system, isOwnFile);
    // Read before the query below, whose loop is a long task of its own.
    result.returningLongTasks = await visit.page.evaluate('window.__benchLongTasks');

    await visit.page.emulateCPUThrottling(null);
    result.query = await visit.page.evaluate(querySource(system.query, calls, QUERY_BUDGET_MS));
    if (result.query.value !== true) throw new Error(`the query ${system.query} answered ${result.query.value} after "accept all"`);
  });

  // 4. Returning visitor again, traced (a trace slows the page, so apart from step 3): the page's
  //    own script time, without what the browser runs in every page, and the system's sampled part.
  await inContext('returning visit, traced', returningContext(browser, stored), async (context) => {
    const visit = await openPage(context, network);
    await visit.page.tracing.start({ categories: TRACE_CATEGORIES });
    await visit.page.goto(url, { waitUntil: 'load' });
    await visit.settle();
    const trace = JSON.parse(Buffer.from(await visit.page.tracing.stop()).toString('utf8'));
    result.returningOwn = page === 'tiny' ? pageScriptTime(trace, url) : null;
    result.returningOwnSampledMs = ownScriptTime(trace, url, isOwnScript);
  });

  // 5. A first visit traced: the main thread's blocking time and the system's part, and the system's
  //    script before the banner's first frame on screen (the stamp marks that frame in the trace).
  await inContext('first visit, traced', browser.createBrowserContext(), async (context) => {
    const visit = await openPage(context, network);
    await visit.page.evaluateOnNewDocument(stampSource(system.banner));
    await visit.page.tracing.start({ categories: TRACE_CATEGORIES });
    await visit.page.goto(url, { waitUntil: 'load' });
    await visit.page.waitForFunction('window.__benchBannerAt !== undefined', { timeout: BANNER_TIMEOUT_MS, polling: 50 });
    await visit.settle();
    const trace = JSON.parse(Buffer.from(await visit.page.tracing.stop()).toString('utf8'));
    result.blocking = { ...blockingTime(trace, url, isOwnScript), beforeBanner: scriptBefore(trace, url, isOwnScript, BANNER_MARK) };
  });
  return result;
}

/**
 * One untimed visit of every page of every system, with "Personnaliser" clicked, so that the server
 * has compressed every file before the first measured round.
 */
async function warmUp(browser, origin) {
  for (const page of pages)
    for (const system of systems)
      await inContext('warm-up', browser.createBrowserContext(), async (context) => {
        const tab = await context.newPage();
        tab.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
        await tab.goto(pageUrl(origin, page, system), { waitUntil: 'load' });
        await tab.waitForFunction(visibleSource(system.banner), { timeout: BANNER_TIMEOUT_MS, polling: 50 }).catch(() => {});
        if (system.customize) await tab.evaluate(`(${system.customize})()?.click()`).catch(() => {});
        await sleep(1500);
      }).catch((error) => console.log(`${page} ${system.name}: ${error.message} (the first round will compress what it missed)`));
}

// --- main --------------------------------------------------------------------------------------

const browser = await launchBrowser();
const made = await writtenBanner(browser);
const systems = systemsWith(recommendedSystem(made.written, made.reveal));
const server = await startServer(systems, options.baseline);
const environment = {
  ...(await machineOf(browser)),
  rounds,
  calls,
  throttle: THROTTLE,
  pages,
  networks: Object.fromEntries(profiles.map((name) => [name, networks[name]])),
};
console.log(`${environment.date} · Node ${environment.node} · ${environment.chromium} · ${environment.cpu} × ${environment.cores} cores`);

const fmt = (value, digits = 0) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const kb = (bytes) => (bytes === null || bytes === undefined ? '–' : bytes >= 1000 ? `${(bytes / 1000).toFixed(1)} kB` : `${bytes} B`);

const runs = [];
const started = Date.now();
try {
  await warmUp(browser, server.origin);
  console.log(`warm-up done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  const combos = pages.flatMap((page) => profiles.map((network) => ({ page, network })));
  for (let round = 0; round < rounds; round++) {
    // Interleaved, and rotated each round so that no system (and no page or profile) always runs first.
    for (const { page, network } of combos.map((_, i) => combos[(i + round) % combos.length])) {
      for (const system of systems.map((_, i) => systems[(i + round) % systems.length])) {
        const t0 = Date.now();
        const where = `round ${round + 1}/${rounds} ${page}/${network} ${system.name}`;
        try {
          const result = await measure(browser, server.origin, page, network, system);
          runs.push({ round: round + 1, ...result });
          console.log(
            `${where}: banner ${fmt(result.bannerMs)} ms, dialog ${fmt(result.dialogMs)} ms, accept→paint ${result.acceptPaint ? fmt(result.acceptPaint.ms) : '<16'} ms, ` +
              `${kb(result.first.bytes.brotli)} br, script ${fmt(result.first.scriptMs, 1)} ms, returning ${fmt(result.returning.scriptMs, 1)} ms` +
              (result.blocking ? `, TBT ${fmt(result.blocking.tbtMs)} ms (own ${fmt(result.blocking.ownTbtMs)})` : '') +
              (result.dialogError ? ` [dialog: ${result.dialogError}]` : '') +
              ` (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
          );
        } catch (error) {
          runs.push({ round: round + 1, system: system.name, page, network, error: String(error?.message ?? error) });
          console.log(`${where}: FAILED ${error?.message ?? error}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
environment.seconds = Math.round((Date.now() - started) / 1000);

const markdown = report({
  environment,
  systems,
  runs,
  versionOf,
  inlineSizes: (system) => sizes(Buffer.from(system.head + (system.bodyStart ?? '') + system.body)),
});
console.log(`\n${markdown.text}`);
for (const warning of markdown.warnings) console.log(`warning: ${warning}`);
const failures = runs.filter((run) => run.error);
if (failures.length) console.log(`${failures.length} measurement(s) failed: see "error" in results/latest.json`);
if (markdown.medians.some((m) => m.ok === 0)) process.exitCode = 1;
console.log(`(${environment.seconds} s)`);

const results = new URL('results/', here);
mkdirSync(results, { recursive: true });
writeFileSync(
  new URL('latest.json', results),
  `${JSON.stringify({ environment, medians: markdown.medians, runs: runs.map(stripBodies) }, null, 2)}\n`,
);
writeFileSync(new URL('latest.md', results), markdown.text);

/** Keeps the per-round data, with file paths instead of full URLs (the ports change every run). */
function stripBodies(run) {
  if (run.error) return run;
  // The page's own files are the same in every run: their totals by type are enough here.
  const byType = (list) => {
    const totals = {};
    for (const file of list) {
      const total = (totals[file.type] ??= { files: 0, raw: 0, brotli: 0, transferred: 0 });
      total.files++;
      total.raw += file.raw;
      total.brotli += file.brotli;
      total.transferred += file.transferred ?? 0;
    }
    return totals;
  };
  const files = (bytes) =>
    bytes && {
      ...bytes,
      files: bytes.files.map((file) => ({ ...file, url: pathOf(file.url) })),
      page: byType(bytes.page),
      document: bytes.document && { ...bytes.document, url: pathOf(bytes.document.url) },
    };
  return {
    ...run,
    first: { ...run.first, bytes: files(run.first.bytes) },
    returning: { ...run.returning, bytes: files(run.returning.bytes) },
    dialogBytes: files(run.dialogBytes),
  };
}
