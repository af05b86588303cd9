// Where "Personnaliser" → dialog time goes: a trace of the click, per event name (nested ones too).
import puppeteer from 'puppeteer-core';
import { emulateNetwork } from '/work/main/test/bench/network.js';
import { startServer } from '/work/main/test/bench/server.js';
import { systems } from '/work/main/test/bench/systems.js';
import { dialogWatchSource } from '/work/main/test/bench/probes.js';
const names = (process.argv[3] || 'cookie-charter (one tag)').split(',');
const pageName = process.argv[2] || 'tiny';
const rounds = Number(process.argv[4] || 3);
const chosen = systems.filter((s) => names.includes(s.name));
const server = await startServer(chosen);
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const totals = {};
for (let r = 0; r < rounds; r++) for (const system of chosen) {
  const ctx = await browser.createBrowserContext(); const page = await ctx.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.emulateCPUThrottling(4); await emulateNetwork(page, 'model');
  const url = `${server.origin}/p/${pageName}/${encodeURIComponent(system.name)}.html`;
  await page.goto(url, { waitUntil: 'load' });
  const btn = await page.waitForFunction(`(${system.customize})()`, { timeout: 20000 });
  await new Promise((res) => setTimeout(res, 4000));
  await page.evaluate(dialogWatchSource(system.dialog, system.toggle));
  const cdp = await page.createCDPSession(); await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
  const box = await btn.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction('window.__benchDialogMs !== undefined', { timeout: 20000, polling: 50 });
  const ms = await page.evaluate('window.__benchDialogMs');
  const { profile } = await cdp.send('Profiler.stop');
  const self = {};
  profile.samples.forEach((node, i) => (self[node] = (self[node] ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const sums = {};
  for (const node of profile.nodes) { const us = self[node.id]; if (!us) continue; const f = node.callFrame; const k = `${f.functionName || '(anon)'} ${f.url.split('/').pop().slice(0, 30)}:${f.lineNumber + 1}:${f.columnNumber + 1}`; sums[k] = (sums[k] ?? 0) + us / 1000; }
  delete sums['(idle) :0:0']; delete sums['(program) :0:0'];
  const t = (totals[system.name] ??= { ms: [], sums: {} });
  t.ms.push(ms);
  for (const [k, v] of Object.entries(sums)) t.sums[k] = (t.sums[k] ?? 0) + v / rounds;
  await ctx.close();
}
for (const [name, { ms, sums }] of Object.entries(totals)) {
  console.log(`\n${name} on ${pageName}: dialog ${ms.map((m) => m.toFixed(0)).join(' / ')} ms`);
  for (const [k, v] of Object.entries(sums).sort((a, b) => b[1] - a[1]).slice(0, 18)) if (v >= 0.5) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
}
await browser.close(); await server.close();
