// `node bench/screenshots.js`: docs/sign-in.png and docs/dashboard.png, from two weeks of made-up
// answers written straight into a PGlite folder, then the receiver started on it and Chromium signed in.
import { rmSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { migrate, openPglite } from '../dist/index.js';
import { ORIGIN, startReceiver, temporary, TOKEN } from '../test/helpers.js';

const folder = temporary('screenshots');
const db = await openPglite(folder);
await migrate(db);
let seed = 26;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const days = 14;
for (let day = days; day >= 1; day--) {
  const arrived = new Date(Date.now() - day * 86_400_000);
  for (let visitor = 0; visitor < 40 + Math.floor(random() * 30); visitor++) {
    const roll = random();
    const answer =
      roll < 0.08
        ? { gpc: true, categories: { statistics: false, 'third-party': false }, objections: ['matomo'] }
        : roll < 0.45
          ? { gpc: false, categories: { statistics: true, 'third-party': true }, objections: [] }
          : roll < 0.85
            ? { gpc: false, categories: { statistics: false, 'third-party': false }, objections: ['matomo'] }
            : { gpc: false, categories: { statistics: true, 'third-party': false }, objections: random() < 0.5 ? ['matomo'] : [] };
    await db.query(
      `insert into receipt (origin, choice_id, chosen_at, arrived_at, revision, charter, gpc, categories, entries, objections, body_sha256)
       values ($1, $2, $3, $3, '2024-06', '3fa1c0d27be94e10', $4, $5, '{}', $6, $2)`,
      [
        ORIGIN,
        `s${String(day).padStart(2, '0')}v${String(visitor).padStart(4, '0')}`,
        arrived.toISOString(),
        answer.gpc,
        JSON.stringify(answer.categories),
        JSON.stringify(answer.objections),
      ],
    );
  }
}
await db.close();

const receiver = await startReceiver({ RECEIPTS_DATA: folder });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 720, height: 420 });
  await page.goto(receiver.url);
  await page.screenshot({ path: new URL('../docs/sign-in.png', import.meta.url).pathname });
  await page.type('#token', TOKEN);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  await page.setViewport({ width: 1280, height: 1100 });
  await page.goto(`${receiver.url}/?from=${new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)}`);
  await page.waitForSelector('[data-chart] canvas');
  await page.screenshot({ path: new URL('../docs/dashboard.png', import.meta.url).pathname });
} finally {
  await browser.close();
  await receiver.stop();
  rmSync(folder, { recursive: true, force: true });
}
