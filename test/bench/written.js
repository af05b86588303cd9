// The banner of the recommended placement, written into the page (docs/install.md, "The fastest
// placement"): made by this build's `cookie-charter-prerender.js` in a real page, as a portal makes it.
import { visibleSource } from './probes.js';
import { startServer } from './server.js';
import { systems } from './systems.js';

/**
 * Opens the tiny page with the drop-in alone, waits for its banner, and asks this build's prerender()
 * for it: `{ written, reveal }`, the declarative shadow root to write first in <cookie-charter> and the
 * inline script to put right after the element.
 */
export async function writtenBanner(browser) {
  const oneTag = systems[0];
  const server = await startServer([oneTag]);
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.goto(new URL(`/p/tiny/${encodeURIComponent(oneTag.name)}.html`, server.origin).href, { waitUntil: 'load' });
    await tab.waitForFunction(visibleSource(oneTag.banner), { timeout: 20_000, polling: 50 });
    const made = await tab.evaluate(async () => {
      const module = await import('/cc/cookie-charter-prerender.js');
      return { written: module.prerender(), reveal: module.REVEAL };
    });
    if (!made.written) throw new Error('prerender() wrote no banner');
    return made;
  } finally {
    await context.close();
    await server.close();
  }
}
