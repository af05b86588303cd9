import { expect } from '@open-wc/testing';
import { decodeChoice } from '../../src/consent/codec.js';
import { charter, cleanUp, openPage, openPortal, pageGlobal, part, pause, storedCookie, until, type Portal } from '../helpers.js';

afterEach(cleanUp);

/** Records errors, warnings and change events of the page from its very start. */
const WATCH = `<script>
  window.errors = [];
  window.warnings = [];
  window.changes = 0;
  addEventListener('error', (event) => window.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
  console.warn = (message) => window.warnings.push(String(message));
  document.addEventListener('cookie-charter:change', () => (window.changes += 1));
</script>`;

// Copied into this page's own arrays: the page's Array methods may be broken on purpose.
const errors = (portal: Portal) => [...pageGlobal<string[]>(portal, 'errors')];
const warnings = (portal: Portal) => [...pageGlobal<string[]>(portal, 'warnings')];
const uiRequests = (portal: Portal) =>
  portal.win.performance.getEntriesByType('resource').filter((entry) => /cookie-charter-ui\.js|ui\/define/.test(entry.name)).length;

const opened = (portal: Portal) =>
  until(() => {
    const dialog = part<HTMLDialogElement>(portal.host, 'dialog');
    return dialog?.open ? dialog : null;
  }, 'the dialog');

describe('odd pages', () => {
  it('script loaded three times (two drop-ins and the module): one API, one banner, queued work and gated scripts once', async () => {
    const head = `${WATCH}<script>
      window.ready = 0;
      (window.cookieCharter = window.cookieCharter || []).push(() => (window.ready += 1));
    </script>`;
    const body =
      charter() +
      `<script type="text/plain" data-consent="statistics">window.runs = (window.runs || 0) + 1;</script>
       <script src="/dist/cookie-charter.js"></script><script src="/dist/cookie-charter.js" defer></script>`;
    const portal = await openPortal(body, { head });
    const banner = await until(() => part(portal.host, 'banner'), 'the banner');
    expect(portal.host!.shadowRoot!.querySelectorAll('[part="banner"]')).to.have.length(1);
    expect(pageGlobal(portal, 'ready')).to.equal(1);
    part(portal.host, 'accept-all')!.click();
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script');
    await pause(300);
    expect(banner.isConnected).to.equal(false);
    expect(pageGlobal(portal, 'runs')).to.equal(1);
    expect(pageGlobal(portal, 'changes')).to.equal(1);
    expect(uiRequests(portal)).to.equal(1);
    expect(errors(portal)).to.deep.equal([]);
  });

  it('element added late, removed and added again: the choice and the charter are kept meanwhile', async () => {
    const portal = await openPortal('<main></main>', { head: WATCH });
    const { doc, api } = portal;
    const holder = doc.createElement('div');
    holder.innerHTML = charter('revision="2024-06"');
    const host = holder.firstElementChild as HTMLElement;
    doc.querySelector('main')!.append(host);
    (await until(() => part(host, 'accept-all'), 'the banner of the late element')).click();
    expect(api.allows('matomo')).to.equal(true);

    // A single-page app changes view: the element leaves the page.
    host.remove();
    await pause(100);
    expect(api.decided).to.equal(true);
    expect(api.allows('matomo')).to.equal(true);
    expect(api.preferences()!.revision).to.equal('2024-06');
    expect(pageGlobal(portal, 'changes')).to.equal(1);
    // Still the charter's entries while it is away: choices by entry id keep working.
    api.choose({ youtube: false });
    expect(api.allows('youtube')).to.equal(false);
    expect(api.allows('dailymotion')).to.equal(true);

    doc.querySelector('main')!.append(host);
    await pause(100);
    expect(part(host, 'banner')).to.equal(null);
    expect(api.allows('youtube')).to.equal(false);
    expect(api.preferences()!.entries).to.deep.equal({ youtube: false });
    api.reset();
    await until(() => part(host, 'banner'), 'the banner again after reset');
    expect(errors(portal)).to.deep.equal([]);
  });

  it('open() while the element is away shows a copy of that charter, with its entries', async () => {
    const portal = await openPortal(charter('revision="2024-06"'), { head: WATCH });
    await until(() => part(portal.host, 'banner'), 'the banner');
    portal.host!.remove();
    await pause(50);
    portal.api.open();
    const copy = await until(() => portal.doc.querySelector('cookie-charter'), 'a copy in the page');
    expect(copy).to.not.equal(portal.host);
    const dialog = await opened({ ...portal, host: copy as HTMLElement });
    expect(dialog.textContent).to.contain('Matomo').and.contain('YouTube');
    part(copy, 'save')!.click();
    expect(portal.api.decided).to.equal(true);
    expect(portal.api.preferences()!.revision).to.equal('2024-06');
    expect(errors(portal)).to.deep.equal([]);
  });

  it('two elements on one page: the first is used, the second stays empty, a warning says so', async () => {
    const second = `<cookie-charter revision="other"><cookie-charter-entry id="ga" category="statistics"></cookie-charter-entry></cookie-charter>`;
    const portal = await openPortal(charter('revision="first"') + second, { head: WATCH });
    const [first, other] = portal.doc.querySelectorAll('cookie-charter');
    await until(() => part(first, 'banner'), 'the banner of the first');
    await until(() => warnings(portal).some((warning) => warning.includes('more than one <cookie-charter>')), 'the warning');
    expect(other.shadowRoot?.querySelector('*') ?? null).to.equal(null);
    portal.api.acceptAll();
    expect(portal.api.preferences()!.revision).to.equal('first');
    expect(portal.api.allows('matomo')).to.equal(true);
    expect(portal.api.allows('ga')).to.equal(false);
    expect(warnings(portal).filter((warning) => warning.includes('more than one'))).to.have.length(1);
  });

  it('sixty entries: all shown, each answered on its own, stored and read back exactly', async () => {
    const categories = ['statistics', 'first-party', 'third-party'];
    const ids = Array.from({ length: 60 }, (_, i) => `service-${String(i).padStart(2, '0')}`);
    const entries = ids
      .map(
        (id, i) =>
          `<cookie-charter-entry id="${id}" category="${categories[i % 3]}" provider="Prestataire ${i}" cookies="_c${i}_*" purpose="Finalité ${i}"></cookie-charter-entry>`,
      )
      .join('');
    const body = `<cookie-charter revision="60">${entries}</cookie-charter>`;
    const portal = await openPortal(body, { head: WATCH });
    await until(() => part(portal.host, 'banner'), 'the banner');
    portal.api.open();
    const dialog = await opened(portal);
    for (const id of ids) expect(dialog.querySelector(`input[part~="toggle"][name="${id}"]`), id).to.not.equal(null);
    // The cards' tables: the four built-in necessary rows and the sixty entries.
    expect(dialog.querySelectorAll('.cards tbody tr')).to.have.length(64);
    // Every other entry switched on, by the visitor, one by one.
    const wanted = new Map(ids.map((id, i) => [id, i % 2 === 0]));
    for (const [id, on] of wanted) if (on) dialog.querySelector<HTMLInputElement>(`input[name="${id}"]`)!.click();
    part(portal.host, 'save')!.click();
    for (const [id, on] of wanted) expect(portal.api.allows(id), id).to.equal(on);
    const raw = portal.doc.cookie.split('; ').find((cookie) => cookie.startsWith('cookies_preferences='))!;
    expect(raw.length).to.be.below(4000);
    const stored = decodeChoice(storedCookie(portal.doc)!)!;
    for (const [id, on] of wanted)
      expect(stored.entries[id] ?? stored.categories[categories[ids.indexOf(id) % 3] as 'statistics'], id).to.equal(on);

    cleanUp();
    document.cookie = raw + '; Path=/';
    const returning = await openPortal(body);
    for (const [id, on] of wanted) expect(returning.api.allows(id), id).to.equal(on);
  });

  it('very long texts: the banner scrolls, and every button can still be reached and pressed', async () => {
    const long = 'Texte très long. '.repeat(400);
    const texts = JSON.stringify({ bannerTitle: long, bannerText: long, acceptAll: long.slice(0, 300), rejectAll: long.slice(0, 300) });
    const body = `<cookie-charter>
      <cookie-charter-entry id="matomo" category="statistics" provider="${long}" purpose="${long}" cookies="_pk_id"></cookie-charter-entry>
      <script type="application/json" data-cookie-charter-texts>${texts}</script>
    </cookie-charter>`;
    const portal = await openPortal(body, { head: WATCH });
    const banner = await until(() => part(portal.host, 'banner'), 'the banner');
    expect(banner.getBoundingClientRect().height).to.be.at.most(portal.win.innerHeight);
    for (const name of ['accept-all', 'reject-all', 'customize']) {
      const button = part(portal.host, name)!;
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      expect(portal.host!.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2), name).to.equal(button);
    }
    part(portal.host, 'customize')!.click();
    const dialog = await opened(portal);
    const save = part(portal.host, 'save')!;
    const box = save.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(portal.win.innerHeight);
    expect(portal.host!.shadowRoot!.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)).to.equal(save);
    expect(dialog.textContent).to.contain(long.trim());
    expect(errors(portal)).to.deep.equal([]);
  });

  it('quirks mode (no doctype, an old portal page): banner at the bottom of the window, dialog, choice', async () => {
    const portal = await openPage('/test/fixtures/quirks.html');
    expect(portal.doc.compatMode).to.equal('BackCompat');
    const banner = await until(() => part(portal.host, 'banner'), 'the banner');
    const box = banner.getBoundingClientRect();
    expect(box.height).to.be.above(50);
    expect(box.bottom).to.be.at.most(portal.win.innerHeight);
    expect(box.bottom).to.be.above(portal.win.innerHeight - 40);
    part(portal.host, 'customize')!.click();
    const dialog = await opened(portal);
    expect(dialog.matches(':modal')).to.equal(true);
    part(portal.host, 'reject-all')!.click();
    expect(portal.api.decided).to.equal(true);
    expect(JSON.parse(storedCookie(portal.doc)!)).to.include({ s: 0, t: 0 });
    expect(errors(portal)).to.deep.equal([]);
  });

  it('<html> without lang: French; with <html lang="en-GB">: English', async () => {
    const french = await openPortal(charter(), { lang: '' });
    expect(french.doc.documentElement.hasAttribute('lang')).to.equal(false);
    await until(() => part(french.host, 'banner'), 'the banner');
    expect(part(french.host, 'accept-all')!.textContent!.trim()).to.equal('Tout accepter');
    expect(part(french.host, 'banner')!.getAttribute('lang')).to.equal('fr');
    cleanUp();
    const english = await openPortal(charter(), { lang: 'en-GB' });
    await until(() => part(english.host, 'banner'), 'the banner');
    expect(part(english.host, 'accept-all')!.textContent!.trim()).to.equal('Accept all');
  });
});
