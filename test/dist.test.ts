import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, pageGlobal, part, pause, until } from './helpers.js';

// The built drop-in, loaded the way a portal loads it: one classic script tag, no module.
afterEach(cleanUp);

/** The page's downloads of one file of `dist/`. */
const requests = (win: Window, file: string) =>
  win.performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname === `/dist/${file}`) as PerformanceResourceTiming[];
const uiRequests = (win: Window) => requests(win, 'cookie-charter-ui.js').length;
const enforcementRequests = (win: Window) => requests(win, 'cookie-charter-enforcement.js').length;

/** The widget's markup, without Lit's markers or whitespace next to tags (the templates' layout). */
const rendered = (host: Element | null) =>
  host!
    .shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '')
    .replace(/\s*([<>])\s*/g, '$1')
    .replace(/\s+/g, ' ');

const customize = async (host: Element | null) => {
  (await until(() => part(host, 'customize'), 'banner')).click();
  const dialog = await until(() => part<HTMLDialogElement>(host, 'dialog'), 'dialog');
  await until(() => dialog.open, 'dialog open');
  return dialog;
};

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
    expect(enforcementRequests(win), 'no gated content, no Consent Mode').to.equal(0);
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

  it('answers a script that runs right after it with the stored choice, and a link clicked at once opens the charter', async () => {
    const first = await openPortal(charter(), { script: 'dist' });
    first.api.choose({ statistics: true, 'third-party': false });
    for (const frame of document.querySelectorAll('iframe')) frame.remove();

    // Both inline scripts run in the task that runs the widget's script, before its start-up task.
    const body = `${charter()}<a href="/nowhere" data-cookie-charter-open>Gérer les cookies</a>
      <script src="/dist/cookie-charter.js"></script>
      <script>
        window.answers = [cookieCharter.decided, cookieCharter.allows('matomo'), cookieCharter.allows('youtube')];
        document.querySelector('a').click();
      </script>`;
    const portal = await openPortal(body, { script: 'none', waitForApi: true });
    expect(pageGlobal(portal, 'answers')).to.deep.equal([true, true, false]);
    const dialog = await until(() => part<HTMLDialogElement>(portal.host, 'dialog'), 'dialog');
    await until(() => dialog.open, 'dialog open');
    expect(portal.win.location.pathname).not.to.equal('/nowhere');
  });

  it('shows the banner to a French first visit from one file, then fetches the dialog and the French charter while the page is idle, so that "Personnaliser" downloads nothing', async () => {
    const { win, host } = await openPortal(charter(), { script: 'dist' });
    await until(() => part(host, 'banner'), 'banner');
    expect(uiRequests(win)).to.equal(1);
    // Asked for in an idle moment after the banner showed, not for its first paint.
    await until(
      () => requests(win, 'cookie-charter-dialog.js').length && requests(win, 'cookie-charter-fr.js').length,
      'the dialog ahead of a click',
    );
    const [banner] = requests(win, 'cookie-charter-ui.js');
    const [ahead] = requests(win, 'cookie-charter-dialog.js');
    expect(ahead.startTime).to.be.above(banner.responseEnd);
    expect(requests(win, 'cookie-charter-en.js').length).to.equal(0);

    const dialog = await customize(host);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Charte cookies');
    expect(requests(win, 'cookie-charter-dialog.js').length).to.equal(1);
    expect(requests(win, 'cookie-charter-fr.js').length).to.equal(1);
    expect(requests(win, 'cookie-charter-en.js').length).to.equal(0);
    // The dialog's file imports the banner's at the address the drop-in used: no second copy.
    expect(uiRequests(win)).to.equal(1);
    expect(new URL(ahead.name).search).to.equal(new URL(banner.name).search);
  });

  it('asks for the banner file on a first visit before the page runs its own DOMContentLoaded work', async () => {
    // A portal application that starts on DOMContentLoaded and keeps the main thread for a while.
    const head = `<script>
      document.addEventListener('DOMContentLoaded', function () {
        window.appStartedAt = performance.now();
        for (var end = performance.now() + 300; performance.now() < end; );
      });
    </script>`;
    const portal = await openPortal(charter(), { head, script: 'dist' });
    await until(() => part(portal.host, 'banner'), 'banner');
    const [banner] = requests(portal.win, 'cookie-charter-ui.js');
    expect(banner.startTime).to.be.below(pageGlobal<number>(portal, 'appStartedAt'));
  });

  it('shows the banner while a slow script of the page still holds the parser, with the placement the install page recommends (Chromium)', async () => {
    // The script async in <head>, <cookie-charter> first in <body>, the portal's own scripts after it.
    // Firefox runs an async script only once the parser no longer waits for a script of the page, so
    // there the banner comes after the slow script, wherever <cookie-charter> is.
    const early = !navigator.userAgent.includes('Firefox/');
    const head = '<script src="/dist/cookie-charter.js" async fetchpriority="high"></script>';
    const slow = '<script src="/test/fixtures/slow.js?ms=3000"></script>';
    const recommended = await openPortal(`${charter()}<main><h1>Portail</h1></main>${slow}`, { head, script: 'none' });
    expect(pageGlobal(recommended, 'slowScriptSawBanner'), 'the banner was drawn before the slow script ran').to.equal(early);
    await until(() => part(recommended.host, 'banner'), 'banner');

    // <cookie-charter> after the portal's scripts: the banner waits for them, as the install page says.
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    const after = await openPortal(`<main><h1>Portail</h1></main>${slow}${charter()}`, { head, script: 'none' });
    expect(pageGlobal(after, 'slowScriptSawBanner')).to.equal(false);
    await until(() => part(after.host, 'banner'), 'banner');
  });

  it('gives an English page the English banner from the same file, and the English charter alone', async () => {
    const { win, host } = await openPortal(charter('lang="en"'), { script: 'dist' });
    expect((await until(() => part(host, 'accept-all'), 'banner')).textContent!.trim()).to.equal('Accept all');
    expect(uiRequests(win)).to.equal(1);

    const dialog = await customize(host);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Cookie charter');
    expect(requests(win, 'cookie-charter-en.js').length).to.equal(1);
    expect(requests(win, 'cookie-charter-fr.js').length).to.equal(0);
  });

  it("fetches the charter's texts and the dialog beside the UI, not after it, when a returning visitor opens the charter", async () => {
    const first = await openPortal(charter(), { script: 'dist' });
    (await until(() => part(first.host, 'accept-all'), 'banner')).click();
    for (const frame of document.querySelectorAll('iframe')) frame.remove();

    const { win, api, host } = await openPortal(charter(), { script: 'dist' });
    api.open();
    await until(() => part<HTMLDialogElement>(host, 'dialog')?.open, 'dialog open');
    const [ui] = requests(win, 'cookie-charter-ui.js');
    const [texts] = requests(win, 'cookie-charter-fr.js');
    const [dialog] = requests(win, 'cookie-charter-dialog.js');
    expect(texts.startTime).to.be.below(ui.responseEnd);
    expect(dialog.startTime).to.be.at.most(ui.responseEnd);
    expect(uiRequests(win)).to.equal(1);
  });

  it('renders the banner and the charter from the built files exactly as from the sources', async () => {
    const views: string[][] = [];
    for (const script of ['src', 'dist'] as const) {
      const { host } = await openPortal(charter('platform="https://data.example.fr"'), { script });
      await until(() => part(host, 'banner'), 'banner');
      const banner = rendered(host);
      await customize(host);
      views.push([banner, rendered(host)]);
      cleanUp();
    }
    expect(views[1]).to.deep.equal(views[0]);
  });

  it('fetches the module of gated content once, and only on a page with gated content or Consent Mode', async () => {
    const gated = '<script type="text/plain" data-consent="statistics">window.runs = (window.runs || 0) + 1;</script>';
    const plain = await openPortal(charter(), { script: 'dist' });
    plain.api.rejectAll();
    await pause(300);
    expect(enforcementRequests(plain.win)).to.equal(0);

    // Content that a single-page app adds later brings it, and runs once allowed.
    plain.doc.body.insertAdjacentHTML('beforeend', gated.replace('statistics', 'necessary'));
    await until(() => pageGlobal(plain, 'runs') === 1, 'the script added later');
    expect(enforcementRequests(plain.win)).to.equal(1);

    const withGated = await openPortal(charter() + gated, { script: 'dist' });
    withGated.api.acceptAll();
    await until(() => pageGlobal(withGated, 'runs') === 1, 'the gated script');
    expect(enforcementRequests(withGated.win)).to.equal(1);

    const withConsentMode = await openPortal(charter('google-consent-mode'), { script: 'dist' });
    await until(() => pageGlobal<unknown[] | undefined>(withConsentMode, 'dataLayer')?.length, 'the Consent Mode default');
    expect(enforcementRequests(withConsentMode.win)).to.equal(1);
  });

  it('copied without its sibling files: the API answers, gated content stays blocked, the console says why', async () => {
    const head = `<script>
      window.errors = [];
      window.warnings = [];
      addEventListener('error', (event) => window.errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
      const warn = console.warn;
      console.warn = function (message) { window.warnings.push(String(message)); warn.apply(console, arguments); };
    </script>`;
    const gated = '<script type="text/plain" data-consent="statistics">window.runs = (window.runs || 0) + 1;</script>';
    const portal = await openPortal(charter() + gated, {
      head: head + '<script src="/dist-alone/cookie-charter.js" defer></script>',
      script: 'none',
      waitForApi: true,
    });
    const said = () => pageGlobal<string[]>(portal, 'warnings').join('\n');
    await until(() => said().includes('gated content and Google Consent Mode could not be loaded'), 'the warning');
    portal.api.acceptAll();
    expect(portal.api.allows('statistics')).to.equal(true);
    await pause(300);
    expect(pageGlobal(portal, 'runs')).to.equal(undefined);
    expect(said()).to.include('the banner could not be loaded');
    expect(pageGlobal(portal, 'errors')).to.deep.equal([]);
  });

  it('downloads the banner file once on a first visit, and never for a page that will not show it', async () => {
    // Started early, while the core reads the page, and used again when the banner shows: one download.
    const first = await openPortal(charter(), { script: 'dist' });
    await until(() => part(first.host, 'banner'), 'the banner');
    const necessaryOnly = await openPortal(
      '<cookie-charter><cookie-charter-entry id="session" category="necessary" cookies="sid"></cookie-charter-entry></cookie-charter>',
      { script: 'dist' },
    );
    const gpc = `<script>Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true });</script>`;
    const refused = await openPortal(charter(), { head: gpc, script: 'dist' });
    expect(refused.api.decided, 'Global Privacy Control recorded').to.equal(true);
    await pause(300);
    expect(uiRequests(first.win)).to.equal(1);
    expect(uiRequests(necessaryOnly.win), 'a charter that asks nothing').to.equal(0);
    expect(uiRequests(refused.win), 'a visitor whose browser refuses').to.equal(0);
  });

  it('runs exempt Matomo on a first visit from the core alone, and explains a long duration from its sibling files', async () => {
    const body = `<cookie-charter revision="r1">
      <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" cookies="_pk_id.*" duration="25 mois" exempt></cookie-charter-entry>
    </cookie-charter>
    <a href="#" data-cookie-charter-open>Gérer les cookies</a>
    <script type="text/plain" data-consent="matomo">window.runs = (window.runs || 0) + 1;</script>`;
    const head = '<script>window.warnings = []; console.warn = (message) => window.warnings.push(String(message));</script>';
    const portal = await openPortal(body, { head, script: 'dist' });
    expect(portal.api.allows('matomo')).to.equal(true);
    expect(portal.api.decided).to.equal(true);
    await until(() => pageGlobal(portal, 'runs') === 1, "Matomo's gated script");
    await until(() => pageGlobal<string[]>(portal, 'warnings').some((warning) => warning.includes('13 months (395 days)')), 'the warning');
    expect(uiRequests(portal.win), 'no banner to show').to.equal(0);
    expect(part(portal.host, 'banner')).to.equal(null);
  });
});

describe('dist/cookie-charter-prerender.js', () => {
  const sha256 = async (text: string) =>
    btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))));

  it("docs/csp.md gives the hashes of the built inline script and style sheet, which a page's policy allows them by", async () => {
    const { REVEAL, STYLE } = (await import(
      /* @vite-ignore */ `${location.origin}/dist/cookie-charter-prerender.js`
    )) as typeof import('../src/prerender.js');
    const docs = await (await fetch('/docs/csp.md')).text();
    expect(docs).to.include(`'sha256-${await sha256(REVEAL)}'`);
    expect(docs).to.include(`'sha256-${await sha256(STYLE)}'`);
    // The built style sheet is the minified one the UI file carries, not the sources' text.
    expect(STYLE).not.to.include('\n');
    expect(STYLE).to.include('.banner{position:fixed');
  });
});
