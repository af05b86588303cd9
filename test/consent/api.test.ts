import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, pageGlobal, part, pause, storedCookie, recordReceipts, until } from '../helpers.js';

const DAY = 86400;
const now = () => Math.floor(Date.now() / 1000);
/**
 * Stores a choice the way the widget writes it, as a returning visitor's browser would hold it.
 * Chromium shows one document's cookie write to another a moment later: the next page waits for it.
 */
const store = async (value: object) => {
  document.cookie = `cookies_preferences=${encodeURIComponent(JSON.stringify(value))}; Path=/`;
  await pause(100);
};

afterEach(cleanUp);

describe('window.cookieCharter before any choice', () => {
  it('allows only necessary cookies and has no preferences', async () => {
    const { api } = await openPortal(charter());
    expect(api.decided).to.equal(false);
    expect(api.allows('necessary')).to.equal(true);
    for (const name of ['statistics', 'first-party', 'third-party', 'matomo', 'youtube', 'unknown']) {
      expect(api.allows(name), name).to.equal(false);
    }
    expect(api.preferences()).to.equal(null);
    expect(storedCookie()).to.equal(null);
  });

  it('runs callbacks queued before the script, then runs pushed callbacks at once', async () => {
    const head = `<script>
      window.seen = [];
      (window.cookieCharter = window.cookieCharter || []).push(function (api) { window.seen.push(typeof api.allows); });
      window.cookieCharter.push(function () { throw new Error('a portal bug'); });
      window.cookieCharter.push(function (api) { window.seen.push(api.decided); });
    </script>`;
    const { win, api } = await openPortal(charter(), { head });
    expect((win as unknown as { seen: unknown[] }).seen).to.deep.equal(['function', false]);
    let got: unknown = null;
    api.push((value) => (got = value));
    expect(got).to.equal(api);
  });
});

describe('recording a choice', () => {
  it('acceptAll allows every optional category and entry and stores the short cookie', async () => {
    const { api } = await openPortal(charter('revision="2024-06"'));
    api.acceptAll();
    expect(api.decided).to.equal(true);
    for (const name of ['statistics', 'third-party', 'matomo', 'youtube', 'dailymotion']) expect(api.allows(name), name).to.equal(true);
    // first-party has no entry on this portal, so it was not asked and stays refused.
    expect(api.allows('first-party')).to.equal(false);
    const stored = JSON.parse(storedCookie()!);
    expect(stored).to.include({ s: 1, t: 1, r: '2024-06' });
    expect(stored.i).to.match(/^[a-z0-9]{10}$/);
    expect(Math.abs(stored.d - now())).to.be.below(5);
    // 102 bytes before the format version (12) and the digests of the entries it covers (18, and 4 each).
    const raw = document.cookie.split('; ').find((cookie) => cookie.startsWith('cookies_preferences='))!;
    expect(raw.length).to.be.at.most(160);
  });

  it('rejectAll refuses every optional category', async () => {
    const { api } = await openPortal(charter());
    api.rejectAll();
    expect(api.decided).to.equal(true);
    expect(['statistics', 'third-party', 'matomo', 'youtube'].map((name) => api.allows(name))).to.deep.equal([false, false, false, false]);
    expect(JSON.parse(storedCookie()!)).to.include({ s: 0, t: 0 });
    expect(api.preferences()!.categories).to.deep.equal({ statistics: false, 'third-party': false });
  });

  it('choose records categories and entries, keeping only entries that differ from their category', async () => {
    const { api } = await openPortal(charter());
    api.choose({ 'third-party': true, dailymotion: false });
    expect(api.allows('third-party')).to.equal(true);
    expect(api.allows('youtube')).to.equal(true);
    expect(api.allows('dailymotion')).to.equal(false);
    expect(api.allows('statistics')).to.equal(false);
    expect(JSON.parse(storedCookie()!)).to.deep.include({ t: 1, e: { dailymotion: 0 } });
    expect(JSON.parse(storedCookie()!), 'statistics was not answered').not.to.have.property('s');

    api.choose({ statistics: false, matomo: true });
    expect(api.allows('matomo')).to.equal(true);
    expect(api.allows('statistics')).to.equal(false);
    expect(api.allows('dailymotion')).to.equal(false, 'an earlier answer is kept');
    expect(api.decided).to.equal(true);

    const prefs = api.preferences()!;
    expect(prefs.categories).to.deep.equal({ statistics: false, 'third-party': true });
    expect(prefs.entries).to.deep.equal({ matomo: true, dailymotion: false });
    expect(new Date(prefs.date).getTime()).to.be.closeTo(Date.now(), 5000);
    expect(prefs.id).to.match(/^[a-z0-9]{10}$/);
  });

  it('choose() on a first visit answers only the names given: the banner still asks about the rest, after a reload too', async () => {
    const portal = await openPortal(charter());
    await until(() => part(portal.host, 'banner'), 'the banner');
    expect(portal.api.choose({ youtube: true })).to.equal(true);
    expect(portal.api.allows('youtube')).to.equal(true);
    for (const name of ['third-party', 'dailymotion', 'statistics', 'matomo']) expect(portal.api.allows(name), name).to.equal(false);
    expect(portal.api.decided).to.equal(false);
    expect(JSON.parse(storedCookie()!)).to.include.keys('e', 'd', 'i').and.not.include.keys('s', 'f', 't');
    await pause(100);
    expect(part(portal.host, 'banner'), 'the banner stays').to.not.equal(null);

    await pause(100);
    const again = await openPortal(charter());
    expect(again.api.allows('youtube')).to.equal(true);
    expect(again.api.allows('dailymotion')).to.equal(false);
    expect(again.api.decided).to.equal(false);
    await until(() => part(again.host, 'banner'), 'the banner, after a reload');

    // The banner's answer then covers the rest; "Tout refuser" refuses everything, the entry allowed before too.
    again.api.rejectAll();
    expect(again.api.decided).to.equal(true);
    expect(again.api.allows('youtube')).to.equal(false);
  });

  it('ignores unknown names and non-boolean answers with a warning, never throwing', async () => {
    const { api, win } = await openPortal(charter());
    const warnings: string[] = [];
    win.console.warn = (message: string) => warnings.push(message);
    api.choose({ statistics: 'yes', bogus: true, necessary: false } as unknown as Record<string, boolean>);
    api.choose(null as unknown as Record<string, boolean>);
    expect(api.allows('statistics')).to.equal(false);
    expect(api.allows('necessary')).to.equal(true);
    // Explained once the UI module, which holds the explanations, has loaded.
    await until(() => warnings.length >= 4, 'the warnings');
    expect(warnings.join('\n'))
      .to.contain('"statistics" must be true or false')
      .and.contain('"bogus"')
      .and.contain('"necessary"')
      .and.contain('choose() takes an object');
  });

  it('choose() naming no optional category or entry returns false, warns, and records nothing', async () => {
    const head = `<script>
      window.warnings = [];
      window.changes = 0;
      window.beacons = [];
      console.warn = (message) => window.warnings.push(String(message));
      document.addEventListener('cookie-charter:change', () => (window.changes += 1));
      ${recordReceipts('(url) => window.beacons.push(url)')}
    </script>`;
    const portal = await openPortal(charter('receipt-endpoint="/receipts"'), { head });
    const { api } = portal;
    await until(() => part(portal.host, 'banner'), 'the banner');
    expect(api.choose({ Statistics: true })).to.equal(false);
    expect(api.choose({})).to.equal(false);
    expect(api.decided).to.equal(false);
    expect(api.preferences()).to.equal(null);
    expect(storedCookie()).to.equal(null);
    const warnings = () => pageGlobal<string[]>(portal, 'warnings');
    await until(() => warnings().some((warning) => warning.includes('it returned false')), 'the warning');
    expect(warnings().every((warning) => warning.startsWith('cookie-charter: '))).to.equal(true);
    expect(warnings().join('\n')).to.contain('"Statistics" is neither');
    await pause(200);
    expect(part(portal.host, 'banner')).to.not.equal(null);
    expect(pageGlobal(portal, 'changes')).to.equal(0);
    expect(pageGlobal(portal, 'beacons')).to.deep.equal([]);
  });

  it('keeps the same proof id across changes of one visitor', async () => {
    const { api } = await openPortal(charter());
    api.acceptAll();
    const id = api.preferences()!.id;
    api.rejectAll();
    expect(api.preferences()!.id).to.equal(id);
  });

  it('returns copies: changing them changes nothing', async () => {
    const { api } = await openPortal(charter());
    api.rejectAll();
    const prefs = api.preferences()!;
    prefs.categories.statistics = true;
    expect(api.allows('statistics')).to.equal(false);
    expect(api.preferences()!.categories.statistics).to.equal(false);
  });

  it('answers allows() from memory, not from the cookie', async () => {
    const { api } = await openPortal(charter());
    api.acceptAll();
    document.cookie = 'cookies_preferences=; Path=/; Max-Age=0';
    expect(api.allows('statistics')).to.equal(true);
  });
});

describe('change notifications', () => {
  it('calls onChange listeners and dispatches cookie-charter:change on document', async () => {
    const { api, doc } = await openPortal(charter());
    const calls: unknown[] = [];
    const events: unknown[] = [];
    const stop = api.onChange((prefs) => calls.push(prefs));
    api.onChange(() => {
      throw new Error('a portal listener bug');
    });
    doc.addEventListener('cookie-charter:change', (event) => events.push((event as CustomEvent).detail));
    api.acceptAll();
    expect(calls).to.have.length(1);
    expect((calls[0] as { categories: object }).categories).to.deep.equal({ statistics: true, 'third-party': true });
    expect(events).to.have.length(1);
    expect(events[0]).to.deep.equal(calls[0]);
    stop();
    api.reset();
    expect(calls).to.have.length(1);
    expect(events).to.deep.equal([events[0], null]);
  });

  it('bubbles the event from document', async () => {
    const { api, win } = await openPortal(charter());
    let bubbled = false;
    win.addEventListener('cookie-charter:change', () => (bubbled = true));
    api.rejectAll();
    expect(bubbled).to.equal(true);
  });
});

describe('a returning visitor', () => {
  it('keeps the choice across page loads, without showing the banner', async () => {
    const first = await openPortal(charter('revision="r1"'));
    first.api.choose({ statistics: true, 'third-party': false });
    cleanUpFramesOnly();
    const { api, host } = await openPortal(charter('revision="r1"'));
    expect(api.decided).to.equal(true);
    expect(api.allows('matomo')).to.equal(true);
    expect(api.allows('youtube')).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(part(host, 'banner')).to.equal(null);
  });

  it('tells a page of no change when it starts with a stored choice, with or without a revision', async () => {
    // A listener in the page's <head> sees every event from the start; nothing changed, so none comes.
    const head = `<script>
      window.changes = [];
      document.addEventListener('cookie-charter:change', (event) => window.changes.push(event.detail));
    </script>`;
    for (const revision of ['revision="r1"', '']) {
      await store({ s: 1, ...(revision ? { r: 'r1' } : {}), d: now(), i: 'k2m9q4p1x7' });
      const portal = await openPortal(charter(revision), { head });
      expect(portal.api.allows('statistics'), revision).to.equal(true);
      await pause(100);
      expect(pageGlobal(portal, 'changes'), revision).to.deep.equal([]);
      portal.api.rejectAll();
      expect(pageGlobal<unknown[]>(portal, 'changes'), revision).to.have.length(1);
      cleanUpFramesOnly();
    }
  });

  it('reads the cookie three times and writes nothing when it starts with a choice every entry keeps', async () => {
    // Each read of document.cookie asks the browser's cookie store and waits for it: a returning visit's
    // start reads once to know it is one, once more when it follows the page, and once to delete what
    // is refused. Binding the charter the core started with reads nothing more.
    const head = `<script>
      window.reads = 0;
      window.writes = 0;
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() { window.reads += 1; return cookie.get.call(this); },
        set(value) { window.writes += 1; cookie.set.call(this, value); },
      });
    </script>`;
    for (const attributes of ['revision="r1"', 'revision="r1" cookie-domain="localhost"']) {
      await store({ s: 1, f: 1, t: 1, r: 'r1', d: now(), i: 'k2m9q4p1x7' });
      const portal = await openPortal(charter(attributes), { head });
      expect(portal.api.allows('matomo'), attributes).to.equal(true);
      await pause(300);
      // With a cookie-domain, following tabs of other subdomains reads it again at once (and deletes again), then once a second.
      expect(pageGlobal(portal, 'reads'), attributes).to.equal(attributes.includes('cookie-domain') ? 5 : 3);
      expect(pageGlobal(portal, 'writes'), attributes).to.equal(0);
      cleanUpFramesOnly();
    }
  });

  it('voids a choice made under another revision', async () => {
    await store({ s: 1, t: 1, r: 'r1', d: now(), i: 'k2m9q4p1x7' });
    const { api, host } = await openPortal(charter('revision="r2"'));
    expect(api.decided).to.equal(false);
    expect(api.allows('statistics')).to.equal(false);
    await until(() => part(host, 'banner'), 'banner');
  });

  it('voids a choice older than `expires` days, judged from the stored date', async () => {
    await store({ s: 1, t: 0, d: now() - 31 * DAY, i: 'k2m9q4p1x7' });
    const old = await openPortal(charter('expires="30"'));
    expect(old.api.decided).to.equal(false);
    cleanUpFramesOnly();
    await store({ s: 1, t: 0, d: now() - 29 * DAY, i: 'k2m9q4p1x7' });
    const recent = await openPortal(charter('expires="30"'));
    expect(recent.api.decided).to.equal(true);
    expect(recent.api.allows('statistics')).to.equal(true);
  });

  it('keeps a choice 182 days by default and caps `expires` at 395 days', async () => {
    await store({ s: 1, t: 0, d: now() - 183 * DAY, i: 'k2m9q4p1x7' });
    expect((await openPortal(charter())).api.decided).to.equal(false);
    cleanUpFramesOnly();
    await store({ s: 1, t: 0, d: now() - 396 * DAY, i: 'k2m9q4p1x7' });
    const capped = await openPortal(charter('expires="1000"'));
    expect(capped.api.decided).to.equal(false);
    cleanUpFramesOnly();
    await store({ s: 1, t: 0, d: now() - 394 * DAY, i: 'k2m9q4p1x7' });
    expect((await openPortal(charter('expires="1000"'))).api.decided).to.equal(true);
  });

  it('reads a choice dated in the future as forged', async () => {
    await store({ s: 1, d: now() + 10 * DAY, i: 'k2m9q4p1x7' });
    expect((await openPortal(charter())).api.decided).to.equal(false);
  });

  it('accepts a date up to 5 minutes ahead of this clock, and reads one 10 minutes ahead as forged', async () => {
    await store({ s: 1, t: 0, d: now() + 120, i: 'k2m9q4p1x7' });
    const skewed = await openPortal(charter());
    expect(skewed.api.decided).to.equal(true);
    expect(skewed.api.allows('statistics')).to.equal(true);
    cleanUpFramesOnly();
    await store({ s: 1, t: 0, d: now() + 600, i: 'k2m9q4p1x7' });
    const forged = await openPortal(charter());
    expect(forged.api.decided).to.equal(false);
    expect(forged.api.allows('statistics')).to.equal(false);
  });

  it('does not allow an entry added since the visitor allowed its category, and asks again; an entry removed asks nothing', async () => {
    const first = await openPortal(withEntries(MATOMO));
    first.api.choose({ statistics: true });
    cleanUpFramesOnly();

    // Google Analytics joins the statistics category, under the same revision.
    const portal = await openPortal(withEntries(MATOMO, GA));
    expect(portal.api.allows('ga')).to.equal(false);
    expect(portal.api.allows('matomo')).to.equal(true);
    expect(portal.api.allows('statistics')).to.equal(false);
    expect(portal.api.decided).to.equal(false);
    (await until(() => part(portal.host, 'accept-all'), 'the banner')).click();
    expect(portal.api.allows('ga')).to.equal(true);
    expect(portal.api.decided).to.equal(true);
    cleanUpFramesOnly();

    // Matomo leaves the charter: nothing new to ask.
    const removed = await openPortal(withEntries(GA));
    expect(removed.api.decided).to.equal(true);
    expect(removed.api.allows('ga')).to.equal(true);
    await pause(200);
    expect(part(removed.host, 'banner')).to.equal(null);
  });

  it('asks again when the charter shows a new category, and the earlier answers stand', async () => {
    const first = await openPortal(withEntries(MATOMO));
    first.api.choose({ statistics: true });
    cleanUpFramesOnly();

    // YouTube and Dailymotion: the first third-party entries.
    const portal = await openPortal(charter('revision="r1"'));
    expect(portal.api.decided).to.equal(false);
    expect(portal.api.allows('statistics')).to.equal(true);
    expect(portal.api.allows('matomo')).to.equal(true);
    expect(portal.api.allows('youtube')).to.equal(false);
    await until(() => part(portal.host, 'banner'), 'the banner');
  });

  for (const [label, raw] of [
    ['garbage', 'not json at all'],
    ['truncated JSON', '%7B%22s%22%3A1'],
    ['a bad percent-encoding', '%E0%A4%A'],
    ['hostile markup', '<img src=x onerror=alert(1)>'],
    ['prototype pollution', encodeURIComponent('{"__proto__":{"polluted":1},"d":1795388658,"i":"k2m9q4p1x7"}')],
  ]) {
    it(`treats a tampered cookie (${label}) as no choice, without throwing`, async () => {
      document.cookie = `cookies_preferences=${raw}; Path=/`;
      const errors: string[] = [];
      const { api, win, host } = await openPortal(charter(), {
        head: '<script>window.errors = []; addEventListener("error", (e) => window.errors.push(e.message));</script>',
      });
      expect(api.decided).to.equal(false);
      await until(() => part(host, 'banner'), 'banner');
      errors.push(...(win as unknown as { errors: string[] }).errors);
      expect(errors).to.deep.equal([]);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((win.Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }
});

describe('reset', () => {
  it('forgets the choice, removes the cookie and shows the banner again', async () => {
    const { api, host } = await openPortal(charter());
    api.acceptAll();
    await until(() => !part(host, 'banner'), 'banner hidden');
    api.reset();
    expect(api.decided).to.equal(false);
    expect(api.allows('statistics')).to.equal(false);
    expect(storedCookie()).to.equal(null);
    await until(() => part(host, 'banner'), 'banner shown again');
  });
});

describe('configuration', () => {
  it('warns about wrong attributes and uses safe defaults', async () => {
    const head = '<script>window.warnings = []; console.warn = (m) => window.warnings.push(m);</script>';
    const body = `<cookie-charter expires="soon" lang="ja" revision="${'x'.repeat(80)}" cookie-domain="not a domain">
      <cookie-charter-entry id="ok" category="statistics" cookies="_ok"></cookie-charter-entry>
      <cookie-charter-entry id="bad" category="marketing" cookies="_bad"></cookie-charter-entry>
      <cookie-charter-entry id="statistics" category="statistics"></cookie-charter-entry>
      <cookie-charter-entry id="ok" category="third-party"></cookie-charter-entry>
      <cookie-charter-entry id="__proto__" category="third-party"></cookie-charter-entry>
      <cookie-charter-entry id="constructor" category="third-party"></cookie-charter-entry>
    </cookie-charter>`;
    const { api, win } = await openPortal(body, { head });
    const all = (win as unknown as { warnings: string[] }).warnings;
    await until(() => all.length >= 9, 'the warnings');
    const warnings = all.join('\n');
    for (const expected of [
      'expires="soon"',
      'lang="ja"',
      'revision=',
      'cookie-domain=',
      'category="marketing"',
      'id="statistics"',
      'two entries have id="ok"',
      'id="__proto__"',
      'id="constructor"',
    ]) {
      expect(warnings).to.contain(expected);
    }
    api.acceptAll();
    expect(api.allows('ok')).to.equal(true);
    expect(api.allows('bad')).to.equal(false);
    // Entries with a taken or forbidden id keep their rows and follow their category, with no answer of their own.
    expect(api.allows('third-party')).to.equal(true, 'the third-party entries without a usable id count for their category');
    expect(api.allows('__proto__')).to.equal(false);
    expect(api.allows('constructor')).to.equal(false);
  });

  it('shows an entry without an id in its category, lets it follow the answer, and suggests an id', async () => {
    const head = '<script>window.warnings = []; console.warn = (m) => window.warnings.push(String(m));</script>';
    const body = `<cookie-charter>
      <cookie-charter-entry category="statistics" provider="Matomo" service="Mesure d'audience" cookies="_pk_id.* _pk_ses.*"
        purpose="Mesurer la fréquentation du portail" duration="13 mois"></cookie-charter-entry>
    </cookie-charter>`;
    const portal = await openPortal(body, { head });
    const { api, host } = portal;
    await until(() => part(host, 'banner'), 'the banner');
    expect(api.allows('statistics')).to.equal(false);

    api.open();
    const dialog = await openedDialog(host);
    expect(dialog.querySelector('[part~="toggle"][name="statistics"]'), 'the statistics switch').to.not.equal(null);
    expect(rowOf(dialog, 'Matomo')).to.contain('_pk_id.* _pk_ses.*').and.contain('Mesurer la fréquentation du portail');
    dialog.querySelector<HTMLButtonElement>('footer [part~="accept-all"]')!.click();
    expect(api.allows('statistics')).to.equal(true);
    expect(api.decided).to.equal(true);
    await until(() => pageGlobal<string[]>(portal, 'warnings').some((warning) => warning.includes('Add id="matomo"')), 'the warning');
  });

  it('keeps the row of an entry whose id is taken or malformed, and lets it follow its category', async () => {
    const head = '<script>window.warnings = []; console.warn = (m) => window.warnings.push(String(m));</script>';
    const body = `<cookie-charter>
      ${MATOMO}
      <cookie-charter-entry id="matomo" category="third-party" provider="YouTube" service="Vidéos" cookies="YSC"></cookie-charter-entry>
      <cookie-charter-entry id="daily motion" category="third-party" provider="Dailymotion" service="Vidéos" cookies="v1st"></cookie-charter-entry>
    </cookie-charter>`;
    const portal = await openPortal(body, { head });
    const { api, host } = portal;
    api.open();
    const dialog = await openedDialog(host);
    expect(dialog.querySelector('[part~="toggle"][name="third-party"]'), 'the third-party switch').to.not.equal(null);
    expect(rowOf(dialog, 'YouTube')).to.contain('YSC');
    expect(rowOf(dialog, 'Dailymotion')).to.contain('v1st');
    dialog.querySelector<HTMLButtonElement>('footer [part~="accept-all"]')!.click();
    expect([api.allows('statistics'), api.allows('matomo'), api.allows('third-party')]).to.deep.equal([true, true, true]);
    api.choose({ 'third-party': false });
    expect([api.allows('statistics'), api.allows('matomo'), api.allows('third-party')]).to.deep.equal([true, true, false]);
    const warnings = () => pageGlobal<string[]>(portal, 'warnings').join('\n');
    await until(() => warnings().includes('id="daily motion"'), 'the warnings');
    expect(warnings()).to.contain('two entries have id="matomo"').and.contain('id="youtube-2"').and.contain('id="dailymotion"');
  });

  it('works when the element is added after the script, as a single-page app does', async () => {
    const { api, doc, win } = await openPortal('<main></main>');
    expect(api.decided).to.equal(false);
    const wrapper = doc.createElement('div');
    wrapper.innerHTML = charter();
    doc.querySelector('main')!.append(wrapper);
    const host = doc.querySelector('cookie-charter');
    await until(() => part(host, 'banner'), 'banner of a late element');
    part(host, 'reject-all')!.click();
    expect(api.decided).to.equal(true);
    expect(win.customElements.get('cookie-charter')).to.not.equal(undefined);
  });

  it('shows no banner when the portal declares no optional cookie', async () => {
    const { api, host } = await openPortal('<cookie-charter></cookie-charter>');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.decided).to.equal(false);
    expect(part(host, 'banner')).to.equal(null);
  });

  it('survives the script loaded twice: one API, one element definition', async () => {
    const body = `${charter()}<script src="/dist/cookie-charter.js"></script>`;
    const { api, win, host } = await openPortal(body, {
      script: 'dist',
      head: '<script>window.errors = []; addEventListener("error", (e) => window.errors.push(e.message));</script>',
    });
    await until(() => part(host, 'banner'), 'banner');
    expect(win.cookieCharter).to.equal(api);
    expect(host!.shadowRoot!.querySelectorAll('[part="banner"]')).to.have.length(1);
    expect((win as unknown as { errors: string[] }).errors).to.deep.equal([]);
  });
});

const MATOMO = `<cookie-charter-entry id="matomo" category="statistics" provider="Matomo" cookies="_pk_id.* _pk_ses.*"></cookie-charter-entry>`;
const GA = `<cookie-charter-entry id="ga" category="statistics" provider="Google Analytics" cookies="_ga _ga_*"></cookie-charter-entry>`;
/** A charter of revision r1 with these entries only. */
const withEntries = (...entries: string[]) => `<cookie-charter revision="r1">${entries.join('')}</cookie-charter>`;

const openedDialog = (host: Element | null) =>
  until(() => {
    const dialog = part<HTMLDialogElement>(host, 'dialog');
    return dialog?.open ? dialog : null;
  }, 'the dialog');

/** The text of the charter's table row that names `provider`. */
const rowOf = (dialog: Element, provider: string) =>
  [...dialog.querySelectorAll('tr')].find((row) => row.textContent!.includes(provider))?.textContent ?? '';

function cleanUpFramesOnly() {
  for (const frame of document.querySelectorAll('iframe')) frame.remove();
}
