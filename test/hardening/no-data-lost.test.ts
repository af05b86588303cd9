import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, pageGlobal, part, pause, storedCookie, until } from '../helpers.js';

afterEach(cleanUp);

const GATED = `<script type="text/plain" data-consent="matomo">window.runs = (window.runs || 0) + 1;</script>`;

describe('a choice made before the banner has loaded', () => {
  for (const [label, script] of [
    ['the module build', 'src'],
    ['the drop-in with defer', 'dist'],
  ] as const) {
    it(`is kept when a queued callback calls acceptAll() (${label}); the banner never shows`, async () => {
      const head = `<script>
        (window.cookieCharter = window.cookieCharter || []).push((api) => api.acceptAll());
      </script>`;
      const portal = await openPortal(charter('revision="2024-06"') + GATED, { head, script });
      expect(portal.api.decided).to.equal(true);
      expect(portal.api.allows('youtube')).to.equal(true);
      await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script');
      await pause(300);
      expect(part(portal.host, 'banner')).to.equal(null);
      expect(JSON.parse(storedCookie(portal.doc)!)).to.include({ s: 1, t: 1, r: '2024-06' });
    });
  }

  it('is kept whole when the script runs while the page is still parsed, before the charter is there', async () => {
    // A blocking script in <head>: when it runs, <cookie-charter> and its entries are not parsed yet.
    const head = `<script>
      window.heard = [];
      (window.cookieCharter = window.cookieCharter || []).push((api) => {
        api.onChange((preferences) => window.heard.push(preferences));
        api.acceptAll();
        api.choose({ dailymotion: false });
        window.decidedWhileParsing = api.decided;
      });
    </script><script src="/dist/cookie-charter.js"></script>`;
    const portal = await openPortal(charter('revision="2024-06"') + GATED, { head, script: 'none', waitForApi: true });
    const { api } = portal;
    // Recorded once the whole charter was read: its revision, both its categories, the entry's answer.
    expect(pageGlobal(portal, 'decidedWhileParsing')).to.equal(false);
    expect(api.decided).to.equal(true);
    expect(api.preferences()).to.deep.include({
      categories: { statistics: true, 'third-party': true },
      entries: { dailymotion: false },
      revision: '2024-06',
    });
    expect([api.allows('matomo'), api.allows('youtube'), api.allows('dailymotion')]).to.deep.equal([true, true, false]);
    expect(pageGlobal<unknown[]>(portal, 'heard')).to.have.length(2);
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script');
    await pause(300);
    expect(part(portal.host, 'banner')).to.equal(null);
    expect(JSON.parse(storedCookie(portal.doc)!)).to.deep.include({ s: 1, t: 1, e: { dailymotion: 0 }, r: '2024-06' });
  });

  it('is kept when the visitor clicks the banner the instant it shows', async () => {
    const head = `<script>
      customElements.whenDefined('cookie-charter').then(async () => {
        const host = document.querySelector('cookie-charter');
        await host.updateComplete;
        host.shadowRoot.querySelector('[part~="accept-all"]').click();
        window.clicked = true;
      });
    </script>`;
    const portal = await openPortal(charter() + GATED, { head });
    await until(() => pageGlobal(portal, 'clicked'), 'the click');
    expect(portal.api.decided).to.equal(true);
    expect(portal.api.allows('matomo')).to.equal(true);
    await until(() => !part(portal.host, 'banner'), 'the banner to go');
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script');
    expect(portal.host!.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Votre choix est enregistré');
    expect(JSON.parse(storedCookie(portal.doc)!)).to.include({ s: 1, t: 1 });
  });
});

describe('choose() called by a page script while the page is still parsed', () => {
  /** The drop-in loaded by a blocking script in <head>, after a recorder of warnings. */
  const HEAD = `<script>window.warnings = []; console.warn = (message) => window.warnings.push(String(message));</script>
    <script src="/dist/cookie-charter.js"></script>`;

  it('before the charter: returns false, says it is recorded once the page is read, and records it then', async () => {
    const head = `${HEAD}<script>
      window.returned = cookieCharter.choose({ statistics: true });
      window.decidedWhileParsing = cookieCharter.decided;
    </script>`;
    const portal = await openPortal(charter('revision="2024-06"') + GATED, { head, script: 'none', waitForApi: true });
    expect(pageGlobal(portal, 'returned')).to.equal(false);
    expect(pageGlobal(portal, 'decidedWhileParsing')).to.equal(false);
    await until(
      () =>
        pageGlobal<string[]>(portal, 'warnings').some((warning) =>
          warning.includes('choose() was called before <cookie-charter> was read'),
        ),
      'the warning',
    );
    // Recorded once the whole charter was read, under its revision; the category it did not name stays unanswered.
    expect(portal.api.decided).to.equal(false);
    expect([portal.api.allows('matomo'), portal.api.allows('youtube')]).to.deep.equal([true, false]);
    expect(JSON.parse(storedCookie(portal.doc)!))
      .to.include({ s: 1, r: '2024-06' })
      .and.not.have.property('t');
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script');
  });

  it('after the charter: records at once and returns true', async () => {
    const body = `${charter('revision="2024-06"')}<script>
      window.returned = cookieCharter.choose({ statistics: true });
      window.allowedWhileParsing = cookieCharter.allows('matomo');
      window.parsing = document.readyState;
    </script><p>La suite de la page.</p>`;
    const portal = await openPortal(body, { head: HEAD, script: 'none', waitForApi: true });
    expect(pageGlobal(portal, 'parsing')).to.equal('loading');
    expect(pageGlobal(portal, 'returned')).to.equal(true);
    expect(pageGlobal(portal, 'allowedWhileParsing')).to.equal(true);
    expect(JSON.parse(storedCookie(portal.doc)!))
      .to.include({ s: 1, r: '2024-06' })
      .and.not.have.property('t');
  });

  it('after the charter, naming nothing valid: returns false and records nothing, then or later', async () => {
    const body = `${charter()}<script>
      window.returned = cookieCharter.choose({ nonsense: true });
      window.parsing = document.readyState;
    </script><p>La suite de la page.</p>`;
    const portal = await openPortal(body, { head: HEAD, script: 'none', waitForApi: true });
    expect(pageGlobal(portal, 'parsing')).to.equal('loading');
    expect(pageGlobal(portal, 'returned')).to.equal(false);
    await pause(200);
    expect(portal.api.decided).to.equal(false);
    expect(storedCookie(portal.doc)).to.equal(null);
    await until(() => part(portal.host, 'banner'), 'the banner');
  });
});

/** document.cookie that silently ignores writes until the page sets `window.cookiesWork`. */
const IGNORED_WRITES = `<script>
  const real = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  window.cookiesWork = false;
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { return window.cookiesWork ? real.get.call(this) : ''; },
    set(value) { if (window.cookiesWork) real.set.call(this, value); },
  });
  window.warnings = [];
  console.warn = (message) => window.warnings.push(String(message));
</script>`;

const THROWING = `<script>
  const blocked = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
  Object.defineProperty(Document.prototype, 'cookie', { get: blocked, set: blocked, configurable: true });
</script>`;

describe('a choice that could not be written', () => {
  it('is reported by cookieCharter.stored, kept for the page, and written on the next choice', async () => {
    const portal = await openPortal(charter() + GATED, { head: IGNORED_WRITES });
    const { api, win } = portal;
    expect(api.stored).to.equal(true);
    const seen: boolean[] = [];
    api.onChange(() => seen.push(api.stored));

    api.acceptAll();
    expect(api.stored).to.equal(false);
    expect(api.decided).to.equal(true);
    expect(storedCookie()).to.equal(null, 'nothing reached the browser');
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script, allowed for this page');
    await until(
      () => pageGlobal<string[]>(portal, 'warnings').some((warning) => warning.includes('cookieCharter.stored is false')),
      'the warning',
    );

    // Cookies come back (the visitor allowed them for the site): the next choice is written, whole.
    (win as unknown as { cookiesWork: boolean }).cookiesWork = true;
    api.choose({ youtube: false });
    expect(api.stored).to.equal(true);
    expect(JSON.parse(storedCookie(portal.doc)!)).to.deep.include({ s: 1, t: 1, e: { youtube: 0 } });
    expect(seen).to.deep.equal([false, true]);

    api.reset();
    expect(api.stored).to.equal(true);
    expect(storedCookie(portal.doc)).to.equal(null);
  });

  it('is reported the same way when document.cookie throws', async () => {
    const { api } = await openPortal(charter(), { head: THROWING });
    api.rejectAll();
    expect(api.decided).to.equal(true);
    expect(api.stored).to.equal(false);
    api.acceptAll();
    expect(api.stored).to.equal(false);
    expect(api.allows('statistics')).to.equal(true);
  });
});
