/* global window, document -- the functions given to page.evaluate run in the page */
// End to end: a portal page served on 127.0.0.1 with the built widget (dist/cookie-charter.js at the
// repository's root, from `npm run build`), its receipt-endpoint on a receiver; "Tout refuser" clicked in
// Chromium, then the receipt, and the charter it answered, read back from /export.json.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { exported, startReceiver, temporary, TOKEN } from './helpers.js';

const ROOT = new URL('../../../', import.meta.url);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

const portal = (endpoint) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Portail</title>
<script src="/dist/cookie-charter.js" async></script></head>
<body>
<cookie-charter platform="https://data.example.fr" lang="fr" revision="2024-06" receipt-endpoint="${endpoint}">
  <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" service="Mesure d'audience"
      cookies="_pk_id.* _pk_ses.*" purpose="Mesurer la fréquentation du portail" duration="13 mois"></cookie-charter-entry>
</cookie-charter>
<main><h1>Portail de données</h1></main>
</body></html>`;

describe('a portal page in Chromium', () => {
  const folder = temporary('browser');
  let site;
  let receiver;
  let browser;
  let choice;
  let proof;

  before(async () => {
    site = createServer(async (req, res) => {
      const path = new URL(req.url, 'http://page').pathname;
      if (path === '/') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(portal(`${receiver.url}/receipts`));
      }
      if (/^\/dist\/[\w.-]+\.js$/.test(path)) {
        try {
          const script = await readFile(new URL(`.${path}`, ROOT));
          res.writeHead(200, { 'Content-Type': 'text/javascript' });
          return res.end(script);
        } catch {
          // falls through to 404
        }
      }
      res.writeHead(404).end();
    });
    await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
    const pageOrigin = `http://127.0.0.1:${site.address().port}`;
    receiver = await startReceiver({ RECEIPTS_DATA: folder, RECEIPTS_ORIGINS: pageOrigin });
    browser = await puppeteer.launch({
      executablePath: CHROME,
      headless: true,
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-component-update', '--no-default-browser-check'],
    });
    const page = await browser.newPage();
    await page.goto(pageOrigin, { waitUntil: 'load' });
    const refuse = await page.waitForSelector('cookie-charter >>> [part~="reject-all"]', { visible: true, timeout: 15_000 });
    await refuse.click();
    choice = await page
      .waitForFunction(() => window.cookieCharter?.preferences?.()?.id, { timeout: 10_000 })
      .then((handle) => handle.jsonValue());
    // The beacon leaves after the click; the receiver answers once it is stored.
    for (let attempt = 0; attempt < 40; attempt++) {
      proof = await exported(receiver.url, { id: choice });
      if (proof.receipts.length && (proof.charters.length || attempt > 10)) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });

  it('shows the refusal on the dashboard, after signing in with the token, axe-clean and under its CSP', async () => {
    const page = await browser.newPage();
    const violations = [];
    page.on('console', (message) => /Content Security Policy|Refused to/.test(message.text()) && violations.push(message.text()));
    const requests = [];
    page.on('request', (request) => /^https?:/.test(request.url()) && requests.push(new URL(request.url()).origin));
    await page.goto(receiver.url, { waitUntil: 'load' });
    await page.type('#token', TOKEN);
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
    const cookie = (await page.cookies()).find((item) => item.name === 'receipts_session');
    assert.ok(cookie?.httpOnly && cookie.sameSite === 'Strict', 'the session lives in an HttpOnly, SameSite=Strict cookie');
    assert.ok(!page.url().includes(TOKEN), 'the token is never in a URL');
    await page.waitForSelector('[data-chart] canvas');
    const row = await page.$eval('[data-chart$="-kinds"]', (chart) =>
      [...[...chart.closest('.pair').querySelectorAll('tbody tr')].at(-1).children].map((cell) => cell.textContent.trim()).join(' '),
    );
    assert.match(row, /^\d{4}-\d{2}-\d{2} 1 0 \(0\.0 %\) 1 \(100\.0 %\) 0 \(0\.0 %\) 0 \(0\.0 %\)$/);
    await page.evaluate(await readFile(new URL('node_modules/axe-core/axe.min.js', ROOT), 'utf8'));
    const axe = await page.evaluate(async () =>
      (await window.axe.run(document)).violations.map((item) => `${item.id}: ${item.nodes.length}`),
    );
    assert.deepEqual(axe, []);
    assert.deepEqual(violations, []);
    assert.deepEqual([...new Set(requests)], [receiver.url], 'no request to another site');
    await page.close();
  });

  after(async () => {
    await browser?.close();
    await receiver?.stop();
    await new Promise((resolve) => (site ? site.close(resolve) : resolve()));
    await rm(folder, { recursive: true, force: true });
  });

  it('stores the refusal sent by the widget, found by its choice id', () => {
    assert.equal(proof.receipts.length, 1);
    const [stored] = proof.receipts;
    assert.equal(stored.id, choice);
    assert.equal(stored.revision, '2024-06');
    assert.equal(stored.gpc, false);
    assert.deepEqual(stored.categories, { statistics: false });
  });

  it(
    'stores the charter the visitor was shown, under the digest the receipt names',
    { todo: widgetSendsCharter() ? false : 'the widget does not send its charter yet (src/enforcement/receipt.ts)' },
    () => {
      const [stored] = proof.receipts;
      assert.match(stored.charter ?? '', /^[0-9a-f]{16}$/);
      assert.equal(stored.shown, 'charter');
      const texts = proof.charters.filter((charter) => charter.charter === stored.charter);
      assert.equal(texts.length, 1);
      assert.equal(texts[0].shown.revision, '2024-06');
      assert.ok(texts[0].shown.entries.some((entry) => entry.id === 'matomo' && entry.provider === 'Matomo'));
    },
  );
});

/** Whether the built widget carries the charter's digest in its receipts (the widget's side of issue 26). */
function widgetSendsCharter() {
  const dist = new URL('dist/', ROOT);
  // The digest's second seed, 0xcbf29ce4, as the minifier may write it.
  return readdirSync(dist)
    .filter((name) => name.endsWith('.js'))
    .some((name) => /0xcbf29ce4|3421674724/i.test(readFileSync(new URL(name, dist), 'utf8')));
}
