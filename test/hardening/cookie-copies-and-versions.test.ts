import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPage, openPortal, pageGlobal, part, pause, storedCookie, until, type Portal } from '../helpers.js';

/**
 * A portal served under a path (`test/fixtures/deep/portal.html`): a copy of the cookie written at a
 * longer path that covers it is visible there, and listed first. The test page itself, and the srcdoc
 * portals that read its cookies, are at `/` and never see such a copy.
 */
const DEEP = '/test/fixtures/deep';

afterEach(() => {
  cleanUp();
  // cleanUp() removes what the test page sees, at `/`.
  for (const path of [DEEP, '/test/fixtures', '/test']) document.cookie = `cookies_preferences=; Path=${path}; Max-Age=0`;
});

const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;

/** A value in the format the widget writes. */
const encoded = (value: object) => encodeURIComponent(JSON.stringify(value));

/** Writes a copy of the cookie at `attributes`; Chromium shows it to another document a moment later. */
const plant = async (value: object | string, attributes = 'Path=/') => {
  document.cookie = `cookies_preferences=${typeof value === 'string' ? encodeURIComponent(value) : encoded(value)}; ${attributes}`;
  await pause(100);
};

/** Every `cookies_preferences` the document reads, in its order, URL-decoded. */
const copies = (doc: Document) =>
  doc.cookie
    .split('; ')
    .filter((cookie) => cookie.startsWith('cookies_preferences='))
    .map((cookie) => decodeURIComponent(cookie.slice('cookies_preferences='.length)));

/** Records warnings and change events of the page from its very start. */
const WATCH = `<script>
  window.warnings = [];
  window.changes = 0;
  console.warn = (message) => window.warnings.push(String(message));
  document.addEventListener('cookie-charter:change', () => (window.changes += 1));
</script>`;

/** The browser sends Global Privacy Control, set before the widget runs. */
const GPC = `<script>Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });</script>`;

const opened = (portal: Portal) =>
  until(() => {
    const dialog = part<HTMLDialogElement>(portal.host, 'dialog');
    return dialog?.open ? dialog : null;
  }, 'the dialog');

describe('several copies of the cookie', () => {
  /*
   * On http://localhost, Chromium and Firefox both take `Domain=localhost` and the host-only cookie for
   * one and the same cookie: writing one replaces the other. The copies that a changed cookie-domain
   * leaves on a real portal's domain (`Domain=example.fr` beside a host-only `data.example.fr`) cannot
   * both exist here; these two tests check that the widget, which writes at the one place and removes
   * the others, never removes what it has just written when the browser merges two of those places.
   */
  it('records a withdrawal made after the portal added cookie-domain, and it survives a reload', async () => {
    const before = await openPortal(charter());
    before.api.acceptAll();
    expect(storedCookie()).to.contain('"s":1');

    const portal = await openPortal(charter('cookie-domain="localhost"'), { head: WATCH });
    expect(portal.api.allows('matomo')).to.equal(true);
    portal.api.open();
    const dialog = await opened(portal);
    dialog.querySelector<HTMLButtonElement>('footer [part~="reject-all"]')!.click();
    expect(portal.api.stored).to.equal(true);
    expect(portal.api.allows('matomo')).to.equal(false);
    await pause(200);
    expect(pageGlobal<string[]>(portal, 'warnings')).to.deep.equal([]);

    const reloaded = await openPortal(charter('cookie-domain="localhost"'));
    expect(reloaded.api.decided).to.equal(true);
    expect(reloaded.api.allows('matomo')).to.equal(false);
  });

  it('forgets an acceptance stored with Domain= on reset(), after the portal removed cookie-domain', async () => {
    await plant({ s: 1, t: 1, d: now(), i: 'k2m9q4p1x7' }, 'Path=/; Domain=localhost');
    const portal = await openPortal(charter());
    expect(portal.api.allows('matomo')).to.equal(true);
    portal.api.reset();
    expect(portal.api.decided).to.equal(false);

    const reloaded = await openPortal(charter());
    expect(reloaded.api.decided).to.equal(false);
    expect(reloaded.api.allows('matomo')).to.equal(false);
    expect(storedCookie()).to.equal(null);
  });

  it('takes the newest copy when an older one, planted at a longer path, is listed first; the next choice removes it', async () => {
    await plant({ s: 0, t: 0, d: now() - 60, i: 'k2m9q4p1x7' });
    await plant({ s: 1, t: 1, d: now() - HOUR, i: 'k2m9q4p1x7' }, `Path=${DEEP}`);
    const portal = await openPage(`${DEEP}/portal.html`);
    expect(copies(portal.doc)).to.have.length(2);
    expect(copies(portal.doc)[0]).to.contain('"s":1', 'the planted acceptance is listed first');

    expect(portal.api.decided).to.equal(true);
    expect(portal.api.allows('matomo')).to.equal(false);
    expect(portal.api.allows('youtube')).to.equal(false);

    portal.api.choose({ youtube: true });
    expect(copies(portal.doc)).to.have.length(1);
    expect(JSON.parse(copies(portal.doc)[0])).to.deep.include({ s: 0, t: 0, e: { youtube: 1 } });
    const reloaded = await openPage(`${DEEP}/portal.html`);
    expect([reloaded.api.allows('matomo'), reloaded.api.allows('youtube')]).to.deep.equal([false, true]);
  });

  it('of two copies of the same date, takes the one that allows less, whichever is listed first', async () => {
    const date = now() - 60;
    const accepted = { s: 1, t: 1, d: date, i: 'k2m9q4p1x7' };
    const refused = { s: 0, t: 0, d: date, i: 'k2m9q4p1x7' };
    for (const [atRoot, deeper] of [
      [refused, accepted],
      [accepted, refused],
    ]) {
      await plant(atRoot);
      await plant(deeper, `Path=${DEEP}`);
      const portal = await openPage(`${DEEP}/portal.html`);
      expect(portal.api.decided).to.equal(true);
      expect([portal.api.allows('statistics'), portal.api.allows('third-party')]).to.deep.equal([false, false]);
      cleanUp();
      document.cookie = `cookies_preferences=; Path=${DEEP}; Max-Age=0`;
    }
  });

  it('judges the revision on the newest copy alone: an older copy of the current revision does not come back', async () => {
    await plant({ s: 0, t: 0, r: 'r2', d: now() - 60, i: 'k2m9q4p1x7' });
    await plant({ s: 1, t: 1, d: now() - HOUR, i: 'k2m9q4p1x7' }, `Path=${DEEP}`);
    // The fixture has no revision: the planted copy is valid for it, the newer one is not.
    const portal = await openPage(`${DEEP}/portal.html`);
    expect(copies(portal.doc)[0]).to.contain('"s":1', 'the planted acceptance is listed first');
    expect(portal.api.decided).to.equal(false);
    expect(portal.api.allows('matomo')).to.equal(false);
    await until(() => part(portal.host, 'banner'), 'the banner');
  });
});

describe('the format version of the cookie', () => {
  const LATER = () => `{"v":3,"s":1,"t":1,"x":{"y":[1,2]},"d":${now()},"i":"k2m9q4p1x7","z":"a later key"}`;

  it('reads a value written by a later version as no choice, leaves it alone, and replaces it on a click', async () => {
    const later = LATER();
    await plant(later);
    const portal = await openPortal(charter(), { head: WATCH });
    expect(portal.api.decided).to.equal(false);
    expect(portal.api.allows('statistics')).to.equal(false);
    await until(() => part(portal.host, 'banner'), 'the banner');
    await pause(300);
    expect(storedCookie()).to.equal(later);
    expect(pageGlobal(portal, 'changes')).to.equal(0);

    part(portal.host, 'reject-all')!.click();
    expect(copies(document)).to.have.length(1);
    expect(storedCookie()).to.match(/^\{"v":2,"s":0,"t":0,/);
  });

  it('never overwrites a value written by a later version under Global Privacy Control, and does not loop', async () => {
    const later = LATER();
    await plant(later);
    const head = WATCH + GPC;
    const one = await openPortal(charter('revision="2024-06"'), { head });
    const other = await openPortal(charter('revision="2024-07"'), { head });
    for (const portal of [one, other]) {
      expect(portal.api.allows('statistics')).to.equal(false);
      expect(portal.api.preferences()?.gpc ?? true).to.equal(true);
    }
    await pause(1000);
    expect(storedCookie()).to.equal(later);
    expect(pageGlobal<number>(one, 'changes') + pageGlobal<number>(other, 'changes')).to.be.at.most(2);
  });

  it('still reads a value of the first format, without a version, as a choice covering every entry; the next choice is written in version 2', async () => {
    await plant({ s: 1, t: 0, r: '2024-06', d: now() - HOUR, i: 'k2m9q4p1x7' });
    const body = charter('revision="2024-06"').replace(
      '</cookie-charter>',
      '<cookie-charter-entry id="ga" category="statistics" provider="Google Analytics" cookies="_ga _ga_*"></cookie-charter-entry></cookie-charter>',
    );
    const portal = await openPortal(body);
    expect(portal.api.decided).to.equal(true);
    expect([portal.api.allows('matomo'), portal.api.allows('ga'), portal.api.allows('statistics')]).to.deep.equal([true, true, true]);
    expect(portal.api.allows('youtube')).to.equal(false);
    await pause(200);
    expect(part(portal.host, 'banner')).to.equal(null);

    portal.api.choose({ youtube: true });
    expect(storedCookie()).to.match(/^\{"v":2,"s":1,"t":0,"e":\{"youtube":1\},/);
    expect(portal.api.preferences()!.id).to.equal('k2m9q4p1x7');
  });
});
