import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, part, until } from './helpers.js';

// The built drop-in, loaded the way a portal loads it: one classic script tag, no module.
afterEach(cleanUp);

const uiRequests = (win: Window) =>
  win.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('cookie-charter-ui.js')).length;

describe('dist/cookie-charter.js in a portal page', () => {
  for (const [label, tag] of [
    ['defer in <head>', '<script src="/dist/cookie-charter.js" defer></script>'],
    ['async in <head>', '<script src="/dist/cookie-charter.js" async></script>'],
  ]) {
    it(`works with ${label}: queue, banner from its sibling file, choice, API`, async () => {
      const head = `<script>
        window.log = [];
        (window.cookieCharter = window.cookieCharter || []).push(function (api) {
          window.log.push('ready:' + api.allows('matomo'));
          api.onChange(function (prefs) { window.log.push('change:' + api.allows('matomo')); });
        });
      </script>${tag}`;
      const { win, api, host } = await openPortal(charter(), { head, script: 'none', waitForApi: true });
      (await until(() => part(host, 'accept-all'), 'banner')).click();
      expect(api.allows('matomo')).to.equal(true);
      expect((win as unknown as { log: string[] }).log).to.deep.equal(['ready:false', 'change:true']);
      expect(uiRequests(win)).to.equal(1);
    });
  }

  it('works at the end of <body>, and a returning visitor downloads the core alone', async () => {
    const first = await openPortal(charter(), { script: 'dist' });
    (await until(() => part(first.host, 'reject-all'), 'banner')).click();
    for (const frame of document.querySelectorAll('iframe')) frame.remove();

    const { win, api, host } = await openPortal(charter(), { script: 'dist' });
    expect(api.decided).to.equal(true);
    expect(api.allows('statistics')).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(uiRequests(win)).to.equal(0);
    expect(win.customElements.get('cookie-charter')).to.equal(undefined);

    // The footer link still opens the charter: the UI loads then.
    const link = win.document.createElement('a');
    link.href = '#';
    link.setAttribute('data-cookie-charter-open', '');
    link.textContent = 'Gérer les cookies';
    win.document.body.append(link);
    link.click();
    const dialog = await until(() => part<HTMLDialogElement>(host, 'dialog'), 'dialog');
    await until(() => dialog.open, 'dialog open');
    expect(uiRequests(win)).to.equal(1);
  });
});
