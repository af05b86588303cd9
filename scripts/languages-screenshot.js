// `npm run screenshots` also takes docs/images/languages.png: in each language of the widget, at phone
// width, the banner and the top of the dialog it opens, on the demo portal page with `<html lang>` set to
// that language; then one sheet of them all, laid out and captured by the same browser.
import { writeFileSync } from 'node:fs';
import { demoBrowser } from './demo-browser.js';
import { LANGS } from './languages.js';
import { withPalette } from './png-palette.js';

/* global document -- in the functions that run in the page */

const port = Number(process.env.PORT ?? 8767);
const origin = `http://127.0.0.1:${port}`;
const out = new URL('../docs/images/languages.png', import.meta.url).pathname;

// One pixel per CSS pixel, pictures and sheet alike, so that the text stays sharp; the palette keeps 22 pictures light.
const PHONE = { width: 390, height: 800, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
/** The height of the open dialog's picture: its title, its introduction, and the first two categories down to the switch. */
const DIALOG_TOP = 510;
const COLUMNS = 4;

/** A language's own name for itself, as a language menu writes it: "Deutsch", "Euskara", "العربية". */
const nameOf = (lang) => {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
};

/** `<cookie-charter>`'s part `name`, once it is drawn in `lang`. */
const partIn = (page, name, lang) =>
  page.waitForFunction(
    (part, lang) => {
      const element = document.querySelector('cookie-charter')?.shadowRoot?.querySelector(`[part~="${part}"]`);
      return element?.getAttribute('lang') === lang && element;
    },
    {},
    name,
    lang,
  );

/** The window's width from a little above `element`, down to its end or `height` pixels. */
const clipAt = async (element, { above = 0, height = Infinity } = {}) => {
  const box = await element.boundingBox();
  const y = Math.max(0, box.y - above);
  return { x: 0, y, width: PHONE.width, height: Math.min(box.y + box.height - y, height) };
};

/** The banner, then the top of the dialog the visitor opens from it, on a phone, on the portal page `html`. */
async function picturesIn(browser, lang, html) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const url = `${origin}/languages/${lang}.html`;
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url() === url ? request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : request.continue(),
  );
  await page.setViewport(PHONE);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', {
    features: [
      { name: 'prefers-reduced-motion', value: 'reduce' },
      { name: 'prefers-color-scheme', value: 'light' },
    ],
  });
  await page.goto(url, { waitUntil: 'networkidle0' });
  const banner = await partIn(page, 'banner', lang);
  await page.evaluate(() => document.fonts.ready);
  const bannerShot = await page.screenshot({ clip: await clipAt(banner) });

  await (await banner.$('[part~="customize"]')).click();
  const dialog = await partIn(page, 'dialog', lang);
  await page.waitForFunction((dialog) => dialog.open && dialog.querySelector('[part~="toggle"]'), {}, dialog);
  await page.evaluate(() => document.fonts.ready);
  // With the dimmed page around it, as the visitor sees it.
  const dialogShot = await page.screenshot({ clip: await clipAt(dialog, { above: 12, height: DIALOG_TOP }) });
  await context.close();
  return { lang, banner: bannerShot, dialog: dialogShot };
}

/** The sheet: a cell per language, labelled with its code and name, its banner above its dialog. */
function sheet(pictures) {
  const url = (png) => `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const cells = pictures.map(
    ({ lang, banner, dialog }) => `<figure>
      <figcaption>${lang} · <bdi lang="${lang}">${nameOf(lang)}</bdi></figcaption>
      <img src="${url(banner)}" alt="" />
      <img src="${url(dialog)}" alt="" />
    </figure>`,
  );
  return `<!doctype html>
<html lang="en">
  <meta charset="utf-8" />
  <style>
    body { margin: 0; padding: 16px; background: #e4e4ea; color: #161616; font: bold 20px/1.3 sans-serif; }
    main { display: grid; grid-template-columns: repeat(${COLUMNS}, ${PHONE.width}px); gap: 24px 16px; align-items: start; }
    figure { display: grid; gap: 8px; margin: 0; }
    img { outline: 1px solid #a0a0a8; }
  </style>
  <main>${cells.join('')}</main>
</html>`;
}

const { browser, close } = await demoBrowser(port);
try {
  // The first demo portal and its seed entries, with no `lang` on `<cookie-charter>`: `<html lang>` decides.
  const portal = await (await fetch(`${origin}/`)).text();
  const unset = portal.replace(/(<cookie-charter\b[^>]*?) lang="fr"/, '$1');
  if (unset === portal || !portal.includes('<html lang="fr">')) throw new Error('the demo page no longer sets lang="fr" as expected');
  const pictures = [];
  for (const lang of LANGS) pictures.push(await picturesIn(browser, lang, unset.replace('<html lang="fr">', `<html lang="${lang}">`)));

  const page = await browser.newPage();
  await page.setViewport({ width: 32 + COLUMNS * PHONE.width + (COLUMNS - 1) * 16, height: 600 });
  await page.setContent(sheet(pictures), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const png = withPalette(Buffer.from(await page.screenshot({ fullPage: true })));
  writeFileSync(out, png);
  console.log(`docs/images/languages.png (${png.length} bytes)`);
} finally {
  await close();
}
