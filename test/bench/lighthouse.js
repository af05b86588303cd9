// Lighthouse on the demo portal page, first visit (fresh profile: the banner shows).
//
//   node test/bench/lighthouse.js [--no-build] [--desktop]
//
// Builds dist/ (unless --no-build), starts `node demo/serve.js` on a free port of 127.0.0.1, runs
// Lighthouse through its Node API in headless Chromium (CHROME_PATH, default /usr/bin/chromium), and
// prints the performance, accessibility and best-practices scores and the cumulative layout shift.
// A summary is written to results/lighthouse.json.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const { values: options } = parseArgs({
  options: { 'no-build': { type: 'boolean', default: false }, desktop: { type: 'boolean', default: false } },
});
const root = fileURLToPath(new URL('../../', import.meta.url));

if (!options['no-build']) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A port that was free on 127.0.0.1 a moment ago. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const port = await freePort();
const server = spawn(process.execPath, ['demo/serve.js'], {
  cwd: root,
  env: { ...process.env, PORT: String(port) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let chrome;
try {
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('demo/serve.js did not start within 10 s')), 10_000);
    server.once('exit', (code) => reject(new Error(`demo/serve.js exited with ${code}`)));
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });

  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const url = `http://127.0.0.1:${port}/`;
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] },
    options.desktop ? desktopConfig : undefined,
  );
  const { lhr } = result;
  const score = (id) => (lhr.categories[id].score === null ? null : Math.round(lhr.categories[id].score * 100));
  const audit = (id) => ({ value: lhr.audits[id]?.numericValue ?? null, display: lhr.audits[id]?.displayValue ?? null });
  const summary = {
    date: lhr.fetchTime,
    lighthouse: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
    url: '/ (demo/portal.html, Ris-Orangis)',
    formFactor: lhr.configSettings.formFactor,
    throttlingMethod: lhr.configSettings.throttlingMethod,
    scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices') },
    cls: audit('cumulative-layout-shift'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    failedAudits: Object.values(lhr.audits)
      .filter((item) => item.score !== null && item.score < 1 && ['binary', 'numeric'].includes(item.scoreDisplayMode))
      .map((item) => `${item.id}: ${item.title}`),
    runWarnings: lhr.runWarnings,
  };
  console.log(
    `Lighthouse ${summary.lighthouse} on ${url} (${summary.formFactor}, ${summary.throttlingMethod} throttling), ${summary.date}`,
  );
  console.log(`${summary.userAgent}`);
  console.log(`performance     ${summary.scores.performance}`);
  console.log(`accessibility   ${summary.scores.accessibility}`);
  console.log(`best-practices  ${summary.scores.bestPractices}`);
  console.log(`CLS             ${summary.cls.value?.toFixed(3)} (${summary.cls.display})`);
  console.log(`FCP ${summary.fcp.display} · LCP ${summary.lcp.display} · TBT ${summary.tbt.display}`);
  if (summary.failedAudits.length) console.log(`audits not passed:\n  ${summary.failedAudits.join('\n  ')}`);
  for (const warning of summary.runWarnings) console.log(`warning: ${warning}`);
  const results = new URL('results/', import.meta.url);
  mkdirSync(results, { recursive: true });
  writeFileSync(new URL('lighthouse.json', results), `${JSON.stringify(summary, null, 2)}\n`);
} finally {
  await chrome?.kill();
  server.kill();
}
