/**
 * Firefox before 144 (ESR 140, which Debian bookworm had before ESR 153) lacks the WebDriver BiDi command
 * `emulation.setScreenOrientationOverride`, which puppeteer-core 24's `page.setViewport()` sends together
 * with `browsingContext.setViewport`. The runner calls `setViewport()` before every test file, and so does
 * the tests' `setViewport` command: without this, every Firefox file fails with "unknown command".
 *
 * Pages made here answer that one error by waiting until the page has the size sent alongside it (that
 * answer comes later, up to a quarter of a second) and go on without a screen orientation, which no test
 * reads. Any other error is thrown as it was; a Firefox that knows the command never gets here.
 */
const unknownOrientation = (error) => /unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message ?? ''));

/** A `createPage` for the puppeteer launcher: the context's new page, whose setViewport() bears Firefox 140. */
export async function createPage({ context }) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!unknownOrientation(error)) throw error;
      if (!viewport?.width || !viewport?.height) return;
      await page
        .waitForFunction(
          (width, height) => globalThis.innerWidth === width && globalThis.innerHeight === height,
          { polling: 20, timeout: 5000 },
          viewport.width,
          viewport.height,
        )
        .catch((cause) => {
          throw new Error(`Firefox did not take the viewport ${viewport.width}×${viewport.height}`, { cause });
        });
    }
  };
  return page;
}
