// Side-by-side benchmark of cookie-charter and other consent banners, in headless Chromium.
//
//   node test/bench/run.js [--rounds N] [--only name,name] [--calls N] [--baseline DIR]
//
// --baseline DIR adds "cookie-charter (baseline)": another build's dist/ (an earlier commit's), measured
// in the same rounds, interleaved, so that a change is judged against the code before it in one run.
//
// Run through the root `npm run bench`, which builds dist/ and installs this folder's packages first.
// How each figure is measured: BENCHMARK.md at the repository's root, and the footer of results/latest.md.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { startServer } from './server.js';
import { systems as allSystems } from './systems.js';

const here = new URL('.', import.meta.url);
const THROTTLE = 4;
const QUIET_MS = 500; // no request in flight and under 5 ms of main-thread work for this long = settled
const SETTLE_MAX_MS = 10_000;
const BANNER_TIMEOUT_MS = 20_000;
const QUERY_BUDGET_MS = 1000;

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    only: { type: 'string' },
    calls: { type: 'string', default: '1000000' },
    baseline: { type: 'string' },
  },
});
const rounds = Number(options.rounds);
const calls = Number(options.calls);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds takes a positive integer');
if (!Number.isInteger(calls) || calls < 1000) throw new Error('--calls takes an integer of at least 1000');
const only = options.only
  ?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
if (only) {
  const unknown = only.filter((name) => !allSystems.some((system) => system.name === name));
  if (unknown.length) throw new Error(`unknown system(s): ${unknown.join(', ')}; known: ${allSystems.map((s) => s.name).join(', ')}`);
}
const baseline = options.baseline && {
  ...allSystems[0],
  name: 'cookie-charter (baseline)',
  version: `${options.baseline} (an earlier build)`,
  body: allSystems[0].body.replace('/cc/', '/cc-baseline/'),
};
if (baseline && !existsSync(`${options.baseline}/cookie-charter.js`))
  throw new Error(`--baseline: no cookie-charter.js in ${options.baseline}`);
const candidates = baseline ? [allSystems[0], baseline, ...allSystems.slice(1)] : allSystems;
const systems = only
  ? candidates.filter((system) => only.includes(system.name) || (system === baseline && only.includes('cookie-charter')))
  : candidates;

if (!existsSync(new URL('../../dist/cookie-charter.js', here))) {
  console.error('dist/cookie-charter.js is missing: run `npm run build` at the repository root first (or `npm run bench`).');
  process.exit(1);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values) => {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

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

// --- page helpers ------------------------------------------------------------------------------

/**
 * Opens a page that records every HTTP response other than the page document itself (the widget's
 * files: scripts, style sheets, and anything they load), with CDP performance metrics on and the
 * CPU throttled.
 */
async function openPage(context) {
  const page = await context.newPage();
  // Two CDP sessions: one reports durations in wall time (the figures of the table), the other in
  // the main thread's own CPU time (less sensitive to other processes competing for the machine).
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
  const cpu = await page.createCDPSession();
  await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.emulateCPUThrottling(THROTTLE);
  const responses = [];
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
    if (!/^https?:/.test(url) || response.request().isNavigationRequest()) return;
    responses.push({
      url,
      status: response.status(),
      type: response.request().resourceType(),
      body: response.buffer().catch((error) => error),
    });
  });
  const metrics = async (session = cdp) => {
    const { metrics: list } = await session.send('Performance.getMetrics');
    return Object.fromEntries(list.map(({ name, value }) => [name, value]));
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
  /** Sizes of every recorded response body, and their totals. */
  const fetched = async () => {
    const files = [];
    for (const entry of responses) {
      const body = await entry.body;
      // A body that cannot be read, or an error status, would make the byte counts wrong: fail the round.
      if (body instanceof Error) throw new Error(`cannot read the body of ${entry.url}: ${body.message}`);
      if (entry.status >= 400) throw new Error(`${entry.url} answered ${entry.status}`);
      files.push({ url: entry.url, status: entry.status, type: entry.type, ...sizes(body) });
    }
    const total = (key) => files.reduce((sum, file) => sum + (file[key] ?? 0), 0);
    return { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
  };
  return { page, metrics, settle, fetched };
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

/** Page-side source: is the element given by `find()` on screen (non-zero box, not hidden, not transparent)? */
const visibleSource = (find) => `(() => {
  const el = (${find})();
  if (!el || !el.isConnected) return false;
  const box = el.getBoundingClientRect();
  if (box.width <= 0 || box.height <= 0) return false;
  if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return false;
  if (getComputedStyle(el).visibility === 'hidden') return false;
  for (let node = el; node; node = node.parentElement || node.getRootNode().host) {
    if (Number(getComputedStyle(node).opacity) === 0) return false;
  }
  return true;
})()`;

/** Page-side source, run before any script of the page: stamps the first frame where the banner is visible. */
const stampSource = (find) => `(() => {
  const visible = () => { try { return ${visibleSource(find)}; } catch { return false; } };
  const tick = () => {
    if (visible()) window.__benchBannerAt = performance.now();
    else if (performance.now() < ${BANNER_TIMEOUT_MS}) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** Page-side source, run before any script of the page: keeps the latest largest-contentful-paint candidate. */
const lcpWatchSource = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__benchLcp = entry;
}).observe({ type: 'largest-contentful-paint', buffered: true });`;

/** Page-side source, run before any script of the page: keeps the duration of every task over 50 ms. */
const longTaskWatchSource = `window.__benchLongTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });`;

/**
 * Page-side source: whether the page's largest contentful paint so far is the banner, or inside it
 * (shadow roots crossed; an element reported as a shadow host counts when the banner is inside it).
 */
const bannerIsLcpSource = (find) => `(() => {
  const entry = window.__benchLcp;
  const banner = (${find})();
  if (!entry || !entry.element || !banner) return false;
  if (entry.element.shadowRoot && entry.element.shadowRoot.contains(banner)) return true;
  for (let node = entry.element; node; node = node.parentNode || node.host) if (node === banner) return true;
  return false;
})()`;

/**
 * Page-side source: times the system's query in a tight loop, without throttling. The expression is
 * written into its own loop (a fresh function, so the engine may inline it as in a page's hot code).
 * After 1,000 warm-up calls, the loop makes `calls` calls, or fewer when that would take over
 * QUERY_BUDGET_MS (reading `document.cookie` costs tens of microseconds), never fewer than 1,000.
 * The baseline is the same loop around the cheapest query there is: reading a global flag.
 */
const querySource = (query) => `(() => {
  const loop = (expression) => new Function('n', 'let hits = 0; for (let i = 0; i < n; i++) { if (' + expression + ') hits++; } return hits;');
  const time = (run) => {
    const warm = performance.now();
    run(1000);
    const perCall = (performance.now() - warm) / 1000;
    const n = Math.max(1000, Math.min(${calls}, Math.floor(${QUERY_BUDGET_MS} / Math.max(perCall, 1e-9))));
    const start = performance.now();
    const hits = run(n);
    return { ns: ((performance.now() - start) * 1e6) / n, calls: n, hits };
  };
  const measured = time(loop(${JSON.stringify(query)}));
  window.__benchFlag = true;
  const baseline = time(loop('window.__benchFlag === true'));
  return { value: (${query}), ns: measured.ns, calls: measured.calls, hits: measured.hits, baselineNs: baseline.ns };
})()`;

// --- the page's own script time, from a trace ------------------------------------------------

/** Trace events that run JavaScript; the outermost ones on the page's main thread are added up. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'TimerFire',
  'RunMicrotasks',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
]);
const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute'];

/**
 * Main-thread JavaScript of the page itself, from a Chromium trace: the outermost script events on the
 * renderer thread that parsed `url`, wall time (`dur`) and the thread's CPU time (`tdur`). Scripts of
 * the browser's own (`chrome://` resources, which every page runs alike) are left out, so that the
 * figure is the widget's code and its inline configuration, and nothing else.
 */
function pageScriptTime(trace, url) {
  const events = trace.traceEvents ?? trace;
  const parse = events.find((event) => event.name === 'ParseHTML' && event.args?.beginData?.url === url);
  if (!parse) return null;
  const own = events
    .filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && SCRIPT_EVENTS.has(event.name))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  let wall = 0;
  let cpu = 0;
  let outerEnd = -Infinity;
  for (const event of own) {
    if (event.ts < outerEnd) continue; // nested in an event already counted
    outerEnd = event.ts + (event.dur ?? 0);
    const source = String(event.args?.data?.url ?? event.args?.fileName ?? event.args?.data?.scriptName ?? '');
    if (/^(chrome|devtools|chrome-extension):/.test(source)) continue;
    wall += event.dur ?? 0;
    cpu += event.tdur ?? event.dur ?? 0;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000 };
}

// --- one system, one round ---------------------------------------------------------------------

/** Loads the page untraced and settled: its bytes, main-thread time, and whether the banner shows. */
async function loadAndMeasure(visit, url, system) {
  await visit.page.goto(url, { waitUntil: 'load' });
  const { settled, metrics, cpuMetrics } = await visit.settle();
  const bytes = await visit.fetched();
  const bannerShown = await visit.page.evaluate(visibleSource(system.banner));
  return { settled, ...summary(metrics, cpuMetrics), bytes, bannerShown };
}

/** A fresh context (so a fresh renderer process, like a first visit) holding the cookies `stored`. */
async function returningContext(browser, stored) {
  const context = await browser.createBrowserContext();
  try {
    await context.setCookie(
      ...stored.map(({ name, value, domain, path, expires, httpOnly, secure, sameSite }) => ({
        name,
        value,
        domain,
        path,
        expires,
        httpOnly,
        secure,
        sameSite,
      })),
    );
  } catch (error) {
    await context.close();
    throw error;
  }
  return context;
}

async function measure(browser, origin, system) {
  const url = `${origin}/p/${system.name}.html`;
  const result = { system: system.name };

  // 1. First visit, with nothing injected into the page: bytes and main-thread time.
  {
    const context = await browser.createBrowserContext();
    try {
      result.first = await loadAndMeasure(await openPage(context), url, system);
    } finally {
      await context.close();
    }
  }

  // 2. First visit again, in a fresh context, with the banner stamp injected: time to banner; then
  //    "accept all" and read the cookies it stored.
  let stored;
  {
    const context = await browser.createBrowserContext();
    try {
      const visit = await openPage(context);
      await visit.page.evaluateOnNewDocument(stampSource(system.banner));
      await visit.page.evaluateOnNewDocument(lcpWatchSource);
      await visit.page.evaluateOnNewDocument(longTaskWatchSource);
      await visit.page.goto(url, { waitUntil: 'load' });
      await visit.page.waitForFunction('window.__benchBannerAt !== undefined', { timeout: BANNER_TIMEOUT_MS, polling: 50 });
      result.bannerMs = await visit.page.evaluate('window.__benchBannerAt');

      // Some banners are visible before their buttons work: let the page settle before clicking.
      await visit.settle();
      // Asked before the click, which ends the search for the largest contentful paint.
      result.bannerIsLcp = await visit.page.evaluate(bannerIsLcpSource(system.banner));
      result.firstLongTasks = await visit.page.evaluate('window.__benchLongTasks');
      await visit.page.emulateCPUThrottling(null);
      await visit.page.evaluate(`(${system.acceptAll})().click()`);
      await visit.page.waitForFunction(`(() => { try { return (${system.query}) === true; } catch { return false; } })()`, {
        timeout: 5000,
        polling: 50,
      });
      await sleep(300); // a later write of the cookie, if any, lands too
      stored = await visit.page.cookies();
      const consent = stored.filter((cookie) => system.cookies.includes(cookie.name));
      if (consent.length !== system.cookies.length) throw new Error(`no ${system.cookies.join(', ')} cookie after "accept all"`);
      result.cookie = {
        bytes: consent.reduce((sum, cookie) => sum + Buffer.byteLength(cookie.name + cookie.value), 0),
        all: stored.map((cookie) => ({ name: cookie.name, bytes: Buffer.byteLength(cookie.name + cookie.value) })),
      };
    } finally {
      await context.close();
    }
  }

  // 3. Returning visitor: a fresh context (so a fresh renderer process, like the first visit) holding
  //    the cookies that "accept all" stored in step 2; bytes and main-thread time, then the query.
  {
    const context = await returningContext(browser, stored);
    try {
      const visit = await openPage(context);
      await visit.page.evaluateOnNewDocument(longTaskWatchSource);
      result.returning = await loadAndMeasure(visit, url, system);
      // Read before the query below, whose loop is a long task of its own.
      result.returningLongTasks = await visit.page.evaluate('window.__benchLongTasks');

      await visit.page.emulateCPUThrottling(null);
      result.query = await visit.page.evaluate(querySource(system.query));
      if (result.query.value !== true) throw new Error(`the query ${system.query} answered ${result.query.value} after "accept all"`);
    } finally {
      await context.close();
    }
  }

  // 4. Returning visitor again, traced (a trace slows the page, so apart from step 3): the page's
  //    own script time, without what the browser runs in every page.
  {
    const context = await returningContext(browser, stored);
    try {
      const visit = await openPage(context);
      await visit.page.tracing.start({ categories: TRACE_CATEGORIES });
      await visit.page.goto(url, { waitUntil: 'load' });
      await visit.settle();
      const trace = JSON.parse(Buffer.from(await visit.page.tracing.stop()).toString('utf8'));
      result.returningOwn = pageScriptTime(trace, url);
    } finally {
      await context.close();
    }
  }
  return result;
}
// --- report ------------------------------------------------------------------------------------

const fmt = (value, digits = 0) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const kb = (bytes) => (bytes === null ? '–' : bytes >= 1000 ? `${(bytes / 1000).toFixed(1)} kB` : `${bytes} B`);
const ratio = (value, base) => (value === null || base === null || base === 0 ? '–' : `${(value / base).toFixed(2)}×`);

function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function report(environment, medians) {
  const base = medians.find((entry) => entry.system === 'cookie-charter');
  const main = table(
    [
      'system',
      'version',
      'files',
      'bytes raw',
      'bytes gzip',
      'bytes brotli',
      'inline config brotli',
      'first-visit banner ms',
      'first-visit script ms',
      'returning files',
      'returning bytes brotli',
      'returning script ms',
      'ns per query',
      'cookie bytes',
      'ok rounds',
    ],
    medians.map((m) => [
      m.system,
      m.version,
      fmt(m.files),
      kb(m.raw),
      kb(m.gzip),
      kb(m.brotli),
      kb(m.inlineBrotli),
      fmt(m.bannerMs),
      fmt(m.scriptMs, 1),
      fmt(m.returningFiles),
      kb(m.returningBrotli),
      fmt(m.returningScriptMs, 1),
      fmt(m.nsPerQuery, 1),
      fmt(m.cookieBytes),
      `${m.ok}/${m.rounds}`,
    ]),
  );
  const ratios = base
    ? table(
        [
          'system ÷ cookie-charter',
          'bytes gzip',
          'bytes brotli',
          'first-visit banner ms',
          'first-visit script ms',
          'returning bytes brotli',
          'returning script ms',
          'ns per query',
          'cookie bytes',
        ],
        medians
          .filter((m) => m !== base)
          .map((m) => [
            m.system,
            ratio(m.gzip, base.gzip),
            ratio(m.brotli, base.brotli),
            ratio(m.bannerMs, base.bannerMs),
            ratio(m.scriptMs, base.scriptMs),
            ratio(m.returningBrotli, base.returningBrotli),
            ratio(m.returningScriptMs, base.returningScriptMs),
            ratio(m.nsPerQuery, base.nsPerQuery),
            ratio(m.cookieBytes, base.cookieBytes),
          ]),
      )
    : '';
  const extra = table(
    [
      'system',
      'first-visit script CPU ms',
      'returning script CPU ms',
      'returning own script ms',
      'returning own script CPU ms',
      'own CPU ÷ cookie-charter',
      'banner is the LCP',
      'first-visit long tasks',
      'first-visit longest task ms',
      'returning long tasks',
      'returning longest task ms',
      'first-visit task ms',
      'returning task ms',
      'returning bytes gzip',
      'query calls timed',
      'query loop baseline ns',
      'cookies after "accept all"',
    ],
    medians.map((m) => [
      m.system,
      fmt(m.scriptCpuMs, 1),
      fmt(m.returningScriptCpuMs, 1),
      fmt(m.returningOwnMs, 1),
      fmt(m.returningOwnCpuMs, 1),
      m === base ? '1.00×' : ratio(m.returningOwnCpuMs, base?.returningOwnCpuMs ?? null),
      `${m.bannerIsLcp}/${m.ok}`,
      `${m.firstLongTaskRounds}/${m.ok}`,
      fmt(m.firstLongestTaskMs),
      `${m.returningLongTaskRounds}/${m.ok}`,
      fmt(m.returningLongestTaskMs),
      fmt(m.taskMs, 1),
      fmt(m.returningTaskMs, 1),
      kb(m.returningGzip),
      fmt(m.queryCalls),
      fmt(m.baselineNs, 1),
      m.cookieNames,
    ]),
  );
  const files = medians
    .map(
      (m) =>
        `- ${m.system}: ${(m.firstVisitFiles ?? []).map((f) => `\`${f.url}\` (${kb(f.raw)} raw, ${kb(f.brotli)} br)`).join(', ') || 'none'}` +
        (m.returningFilesList && m.returningFilesList.length !== m.firstVisitFiles?.length
          ? `; returning: ${m.returningFilesList.map((f) => `\`${f.url}\``).join(', ') || 'none'}`
          : ''),
    )
    .join('\n');
  const e = environment;
  return [
    `# Consent banner benchmark`,
    '',
    `${e.date} · Node ${e.node} · ${e.chromium} · ${e.cpu} × ${e.cores} cores · ${e.rounds} rounds (medians) · CPU throttled ${THROTTLE}× · up to ${e.calls.toLocaleString('en')} query calls`,
    '',
    main,
    '',
    ratios,
    '',
    extra,
    '',
    'Files fetched on a first visit:',
    '',
    files,
    '',
    'Bytes: every HTTP response of the page other than the page itself (served with `no-store`, so a returning visit fetches again), sized raw, gzip -9 and brotli q11 by the harness.',
    'Inline config: the system\'s tags and configuration written in the page (not counted in "bytes"), compressed alone.',
    'Script/task ms: CDP Performance.getMetrics ScriptDuration/TaskDuration (wall time) once the page settled (nothing in flight and the main thread under 5 ms busy for 500 ms); "CPU ms": the same metric in the main thread\'s CPU time (threadTicks).',
    "Returning own script ms: a further returning visit, traced: the outermost JavaScript events (EvaluateScript, FunctionCall, TimerFire, RunMicrotasks, v8 compile and module evaluation) on the page's main thread, wall time and thread CPU time, leaving out the browser's own chrome:// scripts that run in every page.",
    'Banner is the LCP: rounds where the first visit\'s largest contentful paint, just before "accept all", was the banner or inside it.',
    'Long tasks: rounds where the page ran at least one main-thread task over 50 ms (PerformanceObserver "longtask", from navigation until the page settled; the first visit\'s until just before "accept all"), and the median over rounds of the longest one (0 when there was none).',
    'Banner ms: performance.now() at the first animation frame where the banner has a non-zero box in the viewport, is not visibility:hidden and has no opacity:0 ancestor (a separate page load from the script-time one).',
    'ns per query: one evaluation of the system\'s "is statistics allowed?" expression inside a tight loop, unthrottled, loop included; baseline: the same loop reading a global flag.',
    '',
  ].join('\n');
}

// --- main --------------------------------------------------------------------------------------

const server = await startServer(systems, options.baseline);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
});
const environment = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: await browser.version(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  rounds,
  calls,
  throttle: THROTTLE,
};
console.log(`${environment.date} · Node ${environment.node} · ${environment.chromium} · ${environment.cpu} × ${environment.cores} cores`);

const runs = [];
const started = Date.now();
try {
  for (let round = 0; round < rounds; round++) {
    // Interleaved, and rotated each round so that no system always runs first.
    const order = systems.map((_, i) => systems[(i + round) % systems.length]);
    for (const system of order) {
      const t0 = Date.now();
      try {
        const result = await measure(browser, server.origin, system);
        runs.push({ round: round + 1, ...result });
        console.log(
          `round ${round + 1}/${rounds} ${system.name}: banner ${fmt(result.bannerMs)} ms, script ${fmt(result.first.scriptMs, 1)} ms, ` +
            `${kb(result.first.bytes.brotli)} br, returning ${fmt(result.returning.scriptMs, 1)} ms, ${fmt(result.query.ns, 1)} ns/query (${Date.now() - t0} ms)`,
        );
      } catch (error) {
        runs.push({ round: round + 1, system: system.name, error: String(error?.message ?? error) });
        console.log(`round ${round + 1}/${rounds} ${system.name}: FAILED ${error?.message ?? error}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const medians = systems.map((system) => {
  const ok = runs.filter((run) => run.system === system.name && !run.error);
  const pick = (get) => median(ok.map(get));
  const inline = sizes(Buffer.from(system.head + system.body));
  return {
    system: system.name,
    version: versionOf(system),
    rounds,
    ok: ok.length,
    files: pick((r) => r.first.bytes.files.length),
    raw: pick((r) => r.first.bytes.raw),
    gzip: pick((r) => r.first.bytes.gzip),
    brotli: pick((r) => r.first.bytes.brotli),
    inlineRaw: inline.raw,
    inlineGzip: inline.gzip,
    inlineBrotli: inline.brotli,
    bannerMs: pick((r) => r.bannerMs),
    bannerIsLcp: ok.filter((r) => r.bannerIsLcp).length,
    firstLongTaskRounds: ok.filter((r) => r.firstLongTasks?.length).length,
    firstLongestTaskMs: pick((r) => Math.max(0, ...(r.firstLongTasks ?? []))),
    returningLongTaskRounds: ok.filter((r) => r.returningLongTasks?.length).length,
    returningLongestTaskMs: pick((r) => Math.max(0, ...(r.returningLongTasks ?? []))),
    scriptMs: pick((r) => r.first.scriptMs),
    taskMs: pick((r) => r.first.taskMs),
    scriptCpuMs: pick((r) => r.first.scriptCpuMs),
    returningFiles: pick((r) => r.returning.bytes.files.length),
    returningRaw: pick((r) => r.returning.bytes.raw),
    returningGzip: pick((r) => r.returning.bytes.gzip),
    returningBrotli: pick((r) => r.returning.bytes.brotli),
    returningScriptMs: pick((r) => r.returning.scriptMs),
    returningTaskMs: pick((r) => r.returning.taskMs),
    returningScriptCpuMs: pick((r) => r.returning.scriptCpuMs),
    returningOwnMs: pick((r) => r.returningOwn?.wallMs),
    returningOwnCpuMs: pick((r) => r.returningOwn?.cpuMs),
    queryCalls: pick((r) => r.query.calls),
    nsPerQuery: pick((r) => r.query.ns),
    baselineNs: pick((r) => r.query.baselineNs),
    cookieBytes: pick((r) => r.cookie.bytes),
    cookieNames: system.cookies.join(', '),
    query: system.query,
    firstVisitFiles: ok[0]?.first.bytes.files.map(({ url, type, raw, gzip, brotli }) => ({
      url: new URL(url).pathname + new URL(url).search,
      type,
      raw,
      gzip,
      brotli,
    })),
    returningFilesList: ok[0]?.returning.bytes.files.map(({ url, type, raw, gzip, brotli }) => ({
      url: new URL(url).pathname + new URL(url).search,
      type,
      raw,
      gzip,
      brotli,
    })),
    warnings: [
      ...new Set(
        ok.flatMap((r) =>
          [
            !r.first.bannerShown && 'banner not visible after the first-visit settle',
            r.returning.bannerShown && 'banner visible to a returning visitor',
            !r.first.settled && 'first visit did not settle within 10 s',
            !r.returning.settled && 'returning visit did not settle within 10 s',
          ].filter(Boolean),
        ),
      ),
    ],
  };
});

const markdown = report(environment, medians);
console.log(`\n${markdown}`);
for (const m of medians) if (m.warnings.length) console.log(`warning: ${m.system}: ${m.warnings.join('; ')}`);
const failures = runs.filter((run) => run.error);
if (failures.length) console.log(`${failures.length} measurement(s) failed: see "error" in results/latest.json`);
if (medians.some((m) => m.ok === 0)) process.exitCode = 1;
console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);

const results = new URL('results/', here);
mkdirSync(results, { recursive: true });
writeFileSync(new URL('latest.json', results), `${JSON.stringify({ environment, medians, runs: runs.map(stripBodies) }, null, 2)}\n`);
writeFileSync(new URL('latest.md', results), markdown);

/** Keeps the per-round data, with file paths instead of full URLs (the port changes every run). */
function stripBodies(run) {
  if (run.error) return run;
  const files = (bytes) => ({
    ...bytes,
    files: bytes.files.map((file) => ({ ...file, url: new URL(file.url).pathname + new URL(file.url).search })),
  });
  return {
    ...run,
    first: { ...run.first, bytes: files(run.first.bytes) },
    returning: { ...run.returning, bytes: files(run.returning.bytes) },
  };
}
