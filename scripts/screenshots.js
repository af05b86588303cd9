// `npm run screenshots`: pictures of the widget on the demo portal, for the docs (docs/images/), taken
// in headless Chromium (`CHROME_PATH`, else /usr/bin/chromium). Each picture starts with no cookie.
import { mkdirSync, readFileSync } from 'node:fs';
import { demoBrowser } from './demo-browser.js';

/* global document, window -- in the functions that run in the page */

const port = Number(process.env.PORT ?? 8765);
const origin = `http://127.0.0.1:${port}`;
const out = new URL('../docs/images/', import.meta.url);
mkdirSync(out, { recursive: true });

// The DSFR-like theme exactly as docs/theming.md gives it to portals.
const theming = readFileSync(new URL('../docs/theming.md', import.meta.url), 'utf8');
const dsfr = /```css\n([\s\S]*?)```/.exec(theming.slice(theming.indexOf('\n## A theme close to the French State design system')))[1];

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 800, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Each picture: a file name, the demo page, the window, and what to do before the shot (returns the element to clip to, if any). */
const shots = [
  { file: 'banner.png', page: '/', viewport: LAPTOP },
  { file: 'dialog.png', page: '/', viewport: LAPTOP, before: openDialog },
  { file: 'dialog-phone.png', page: '/', viewport: PHONE, before: openDialog },
  { file: 'placeholder.png', page: '/videos.html', viewport: LAPTOP, before: placeholder },
  { file: 'dsfr-theme.png', page: '/', viewport: LAPTOP, style: dsfr, before: openDialog },
  { file: 'forced-colors.png', page: '/', viewport: LAPTOP, forcedColors: true, before: openDialog },
];

/** The element of `part` in `<cookie-charter>`'s shadow root, once it is there. */
const partOf = (page, name) =>
  page.waitForFunction((part) => document.querySelector('cookie-charter')?.shadowRoot?.querySelector(`[part~="${part}"]`), {}, name);

async function openDialog(page) {
  const customize = await partOf(page, 'customize');
  await customize.click();
  await page.waitForFunction(() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('dialog[open] [part~="toggle"]'));
}

async function placeholder(page) {
  // As a visitor who refused sees it: without the banner in front.
  await page.evaluate(() => window.cookieCharter.rejectAll());
  await page.waitForFunction(() => !document.querySelector('cookie-charter').shadowRoot.querySelector('[part~="banner"]'));
  const element = await page.waitForFunction(() => document.querySelector('cookie-charter-placeholder'));
  // The placeholder with some of the page around it, in the page's coordinates, which `clip` takes.
  const box = await element.evaluate((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return { x: x + window.scrollX, y: y + window.scrollY, width, height };
  });
  const margin = 24;
  return { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin };
}

const { browser, close } = await demoBrowser(port);
try {
  // `npm run screenshots -- dialog.png` takes only the pictures named.
  const only = process.argv.slice(2);
  for (const shot of shots.filter(({ file }) => !only.length || only.includes(file))) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(shot.viewport);
    // Through the protocol: the library's own method does not know `forced-colors`.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'prefers-reduced-motion', value: 'reduce' },
        { name: 'prefers-color-scheme', value: 'light' },
        { name: 'forced-colors', value: shot.forcedColors ? 'active' : 'none' },
      ],
    });
    await page.goto(origin + shot.page, { waitUntil: 'networkidle0' });
    if (shot.style) await page.addStyleTag({ content: shot.style });
    await partOf(page, 'banner');
    const clip = await shot.before?.(page);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: new URL(shot.file, out).pathname, ...(clip ? { clip } : {}) });
    console.log(`docs/images/${shot.file}`);
    await context.close();
  }
} finally {
  await close();
}
