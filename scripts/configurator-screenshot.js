// `npm run screenshots` also takes docs/images/configurator.png: the configurator with Matomo and a
// YouTube video from the catalogue, and one warning of the widget beside its field.
import { demoBrowser } from './demo-browser.js';

/* global document -- in the functions that run in the page */

const port = Number(process.env.PORT ?? 8766);
const { browser, close } = await demoBrowser(port);
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1300 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.goto(`http://127.0.0.1:${port}/demo/configurator.html`, { waitUntil: 'networkidle0' });
  const add = async (service) => {
    await page.select('#f-catalogue', service);
    await page.click('.add button');
  };
  await add('matomo');
  await page.type('#f-entry-0-tag-url', 'https://stats.example.fr/');
  await page.type('#f-entry-0-tag-site', '3');
  await add('youtube');
  await page.type('#f-entry-1-tag-video', 'dQw4w9WgXcQ');
  await page.type('#f-charter-platform', 'https://data.example.fr');
  await page.type('#f-charter-revision', '2025-06');
  await page.type('#f-charter-expires', '500');
  // The preview's banner and placeholder, once the widget has drawn them.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await page.evaluate(() => document.fonts.ready);
  const path = new URL('../docs/images/configurator.png', import.meta.url).pathname;
  await page.screenshot({ path });
  console.log('docs/images/configurator.png');
} finally {
  await close();
}
