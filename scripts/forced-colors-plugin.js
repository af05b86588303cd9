/**
 * A test-runner command, `forced-colors`, that turns Windows-style forced colours on or off in
 * Chromium through the DevTools protocol (the runner's own media command does not offer it).
 * Answers false where the browser cannot (Firefox through WebDriver BiDi).
 */
export function forcedColorsPlugin() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.name.includes('Chrom')) return false;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
