import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, part, pause, pageGlobal, until } from '../helpers.js';

afterEach(cleanUp);

/** An inline gated script that counts its runs in `window[counter]`. */
const counting = (consent: string, counter: string, attributes = '') =>
  `<script type="text/plain" data-consent="${consent}" ${attributes}>window.${counter} = (window.${counter} || 0) + 1;</script>`;

/** `sha384-…` of a file as the server sends it, for an `integrity` attribute. */
async function integrity(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer());
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`;
}

describe('gated scripts', () => {
  it('never run before consent, run once when allowed, and not again on a later choice', async () => {
    const portal = await openPortal(
      charter() +
        counting('statistics', 'runs', 'id="stats" class="tracker" data-site="7" data-type="text/javascript"') +
        counting('third-party', 'videoRuns'),
    );
    const accept = await until(() => part(portal.host, 'accept-all'), 'the banner');
    await pause(200);
    expect(pageGlobal(portal, 'runs')).to.equal(undefined);

    portal.api.choose({ statistics: true, 'third-party': false });
    await until(() => pageGlobal(portal, 'runs') === 1, 'the statistics script');
    const script = portal.doc.getElementById('stats') as HTMLScriptElement;
    expect(script.className).to.equal('tracker');
    expect(script.dataset.site).to.equal('7');
    expect(script.type).to.equal('text/javascript');
    expect(script.hasAttribute('data-consent')).to.equal(false);
    expect(script.hasAttribute('data-type')).to.equal(false);

    accept.click();
    portal.api.acceptAll();
    await until(() => pageGlobal(portal, 'videoRuns') === 1, 'the third-party script');
    await pause(200);
    expect(pageGlobal(portal, 'runs')).to.equal(1);
    expect(pageGlobal(portal, 'videoRuns')).to.equal(1);
  });

  it('stay blocked when refused, and run on load for a returning visitor who allowed them', async () => {
    const body = charter() + counting('matomo', 'runs');
    const first = await openPortal(body);
    (await until(() => part(first.host, 'reject-all'), 'the banner')).click();
    await pause(200);
    expect(pageGlobal(first, 'runs')).to.equal(undefined);
    expect(first.doc.querySelector('script[data-consent="matomo"]')).to.not.equal(null);

    first.api.choose({ matomo: true });
    await until(() => pageGlobal(first, 'runs') === 1, 'the script allowed by its entry id');

    const returning = await openPortal(body);
    await until(() => pageGlobal(returning, 'runs') === 1, 'the script on the next page');
  });

  it('do not run when the choice is withdrawn before their turn', async () => {
    const portal = await openPortal(
      charter() +
        `<script type="text/plain" data-consent="statistics" src="/test/fixtures/gated/first.js"></script>` +
        counting('statistics', 'runs'),
    );
    portal.api.acceptAll();
    portal.api.rejectAll();
    await pause(300);
    expect(pageGlobal(portal, 'order')).to.equal(undefined);
    expect(pageGlobal(portal, 'runs')).to.equal(undefined);
  });

  it('keep nonce, crossorigin and integrity, and run in document order', async () => {
    const origin = location.origin;
    const good = await integrity('/test/fixtures/gated/first.js');
    const wrong = `sha384-${'A'.repeat(64)}`;
    // Only the widget's own files and scripts carrying the nonce may run in this page. Its packages come
    // from /node_modules/, or from /__wds-outside-root__/ when the test server finds them outside the
    // project's folder (a node_modules linked from another checkout, as in a git worktree).
    const packages = `${origin}/node_modules/ ${origin}/__wds-outside-root__/`;
    const head = `
      <meta http-equiv="Content-Security-Policy" content="script-src 'nonce-n0nce' ${origin}/src/ ${packages}">
      <script nonce="n0nce">window.order = [];</script>`;
    const gated = (attributes: string, code = '') => `<script type="text/plain" data-consent="statistics" ${attributes}>${code}</script>`;
    const portal = await openPortal(
      charter() +
        gated(`id="first" nonce="n0nce" crossorigin="anonymous" integrity="${good}" src="/test/fixtures/gated/first.js"`) +
        gated(`id="unsigned" src="/test/fixtures/gated/second.js"`) +
        gated(`id="tampered" nonce="n0nce" integrity="${wrong}" src="/test/fixtures/gated/first.js"`) +
        gated(`id="second" nonce="n0nce" referrerpolicy="no-referrer" src="/test/fixtures/gated/second.js"`) +
        gated(`nonce="n0nce"`, `window.order.push('inline');`) +
        gated('', `window.order.push('unsigned inline');`),
      { head },
    );
    await pause(200);
    expect(pageGlobal(portal, 'order')).to.deep.equal([]);

    portal.api.acceptAll();
    await until(() => pageGlobal<string[]>(portal, 'order').length >= 3, 'the gated scripts');
    await pause(300);
    // The inline script waited for the two files above it; the unsigned and tampered ones were refused.
    expect(pageGlobal(portal, 'order')).to.deep.equal(['first', 'second', 'inline']);
    const first = portal.doc.getElementById('first') as HTMLScriptElement;
    expect(first.crossOrigin).to.equal('anonymous');
    expect(first.integrity).to.equal(good);
    expect(first.async).to.equal(false);
    expect((portal.doc.getElementById('second') as HTMLScriptElement).referrerPolicy).to.equal('no-referrer');

    // A framework may give the nonce as a property only, with no attribute to copy.
    const added = portal.doc.createElement('script');
    added.type = 'text/plain';
    added.dataset.consent = 'statistics';
    added.nonce = 'n0nce';
    added.text = "window.order.push('added');";
    expect(added.getAttribute('nonce')).to.equal(null);
    portal.doc.body.append(added);
    await until(() => pageGlobal<string[]>(portal, 'order').includes('added'), 'the script added with a nonce property');
  });

  it("with the ES module build, ask for the first nonce among the page's scripts", async () => {
    const portal = await openPortal(
      charter() +
        `<script nonce="n0nce">window.order = [];</script>` +
        `<script type="text/plain" data-consent="statistics" src="/test/fixtures/gated/second.js"></script>` +
        `<script type="text/plain" data-consent="statistics" src="/test/fixtures/gated/first.js" nonce="n0nce"></script>`,
    );
    portal.api.acceptAll();
    await until(() => pageGlobal<string[]>(portal, 'order').includes('first'), 'the gated script with the nonce');
    await pause(200);
    expect(pageGlobal(portal, 'order')).to.deep.equal(['first']);
  });

  it("need no nonce when the widget's own tag has none, whatever nonce other scripts carry", async () => {
    const portal = await openPortal(
      charter() +
        `<script nonce="n0nce">window.order = [];</script>` +
        `<script type="text/plain" data-consent="statistics" src="/test/fixtures/gated/second.js"></script>`,
      { script: 'dist' },
    );
    portal.api.acceptAll();
    await until(() => pageGlobal<string[]>(portal, 'order').includes('second'), 'the gated script');
  });
});

describe('what follows a gated script with src', () => {
  const FIRST = '/test/fixtures/gated/first.js';
  const gated = (attributes: string, code = '') => `<script type="text/plain" data-consent="statistics" ${attributes}>${code}</script>`;

  // Scripts that HTML's "prepare the script element" skips, or never fetches: no load or error comes.
  const skipped: [string, string][] = [
    ['a classic script with nomodule', `src="${FIRST}" nomodule`],
    ['a language attribute that names no JavaScript', `src="${FIRST}" language="vbscript"`],
    ['for and event other than window and onload', `src="${FIRST}" for="document" event="onclick"`],
    ['a type that is not JavaScript', `src="${FIRST}" data-type="text/babel"`],
    ['a JavaScript type with a parameter', `src="${FIRST}" data-type="text/javascript; charset=utf-8"`],
    ['an import map with src', `src="${FIRST}" data-type="importmap"`],
    ['speculation rules with src', `src="${FIRST}" data-type="speculationrules"`],
  ];
  for (const [what, attributes] of skipped) {
    it(`does not wait for a script the browser will not run: ${what}`, async () => {
      const portal = await openPortal(charter() + gated(attributes) + counting('statistics', 'runs'));
      portal.api.acceptAll();
      await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script after it');
      await pause(200);
      expect(pageGlobal(portal, 'order')).to.equal(undefined);
    });
  }

  it('waits for the scripts the browser runs, whatever the spelling of their type', async () => {
    const portal = await openPortal(
      charter() +
        gated(`src="${FIRST}" data-type=" module "`) +
        gated(`src="/test/fixtures/gated/second.js?legacy" for=" Window " event="onload()" language="JavaScript1.5"`) +
        gated('', "window.order.push('inline');"),
    );
    portal.api.acceptAll();
    await until(() => pageGlobal<string[] | undefined>(portal, 'order')?.length === 3, 'the gated scripts');
    expect(pageGlobal(portal, 'order')).to.deep.equal(['first', 'second', 'inline']);
    expect((portal.doc.querySelector(`script[src="${FIRST}"]`) as HTMLScriptElement).type).to.equal('module');
  });

  it("goes on when the script's own onload handler stops the event", async () => {
    const portal = await openPortal(
      charter() + gated(`src="${FIRST}" onload="event.stopImmediatePropagation()"`) + counting('statistics', 'runs'),
    );
    portal.api.acceptAll();
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script after it');
    expect(pageGlobal(portal, 'order')).to.deep.equal(['first']);
  });

  it('waits 10 seconds at most for a script that neither loads nor fails, then says so', async () => {
    // The page's clock runs fast for long timers: 10 seconds take 50 milliseconds.
    const head = `<script>
      window.delays = [];
      window.warnings = [];
      const later = setTimeout;
      window.setTimeout = (callback, ms, ...values) => (delays.push(ms), later(callback, ms >= 10000 ? 50 : ms, ...values));
      const warn = console.warn.bind(console);
      console.warn = (...values) => (warnings.push(values.join(' ')), warn(...values));
    </script>`;
    const portal = await openPortal(charter() + gated('src="/test/fixtures/gated/never.js"') + counting('statistics', 'runs'), { head });
    portal.api.acceptAll();
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script after the stalled one');
    expect(pageGlobal<number[]>(portal, 'delays')).to.include(10000);
    const warning = await until(
      () => pageGlobal<string[]>(portal, 'warnings').find((message) => message.includes('never.js')),
      'the warning',
    );
    expect(warning).to.contain('data-consent="statistics"');
  });
});

describe('gated templates', () => {
  it('insert their content in place once their entry is allowed', async () => {
    const portal = await openPortal(
      charter() +
        `<main><h1>Jeu de données</h1>
          <template data-consent="youtube"><iframe class="youtube" title="Vidéo"></iframe><p class="caption">Légende</p></template>
          <template data-consent="dailymotion"><iframe class="dailymotion" title="Vidéo"></iframe></template>
          <footer></footer></main>`,
    );
    await pause(200);
    expect(portal.doc.querySelector('iframe')).to.equal(null);

    portal.api.choose({ 'third-party': false, youtube: true });
    await until(() => portal.doc.querySelector('iframe.youtube'), 'the YouTube embed');
    const main = portal.doc.querySelector('main')!;
    // Dailymotion still waits, behind its placeholder (test/enforcement/placeholder.test.ts).
    await until(() => main.querySelector('cookie-charter-placeholder'), "Dailymotion's placeholder");
    expect([...main.children].map((child) => child.localName)).to.deep.equal([
      'h1',
      'iframe',
      'p',
      'cookie-charter-placeholder',
      'template',
      'footer',
    ]);
    expect(portal.doc.querySelector('template[data-consent="youtube"]')).to.equal(null);
    expect(portal.doc.querySelector('iframe.dailymotion')).to.equal(null);
  });
});

describe('content a single-page app adds later', () => {
  it('waits for consent, and runs at once when already allowed, nested templates included', async () => {
    const portal = await openPortal(charter());
    const { doc } = portal;
    const placeholder = doc.createElement('script');
    placeholder.type = 'text/plain';
    placeholder.dataset.consent = 'statistics';
    placeholder.text = 'window.spaRuns = (window.spaRuns || 0) + 1;';
    doc.body.append(placeholder);
    await pause(200);
    expect(pageGlobal(portal, 'spaRuns')).to.equal(undefined);

    portal.api.acceptAll();
    await until(() => pageGlobal(portal, 'spaRuns') === 1, 'the script added before the choice');

    const view = doc.createElement('section');
    view.innerHTML = `<template data-consent="third-party"><div class="embed"></div>${counting('statistics', 'nestedRuns')}</template>`;
    doc.body.append(view);
    await until(() => doc.querySelector('section .embed'), 'the template added after the choice');
    await until(() => pageGlobal(portal, 'nestedRuns') === 1, 'the script inside the template');
    await pause(200);
    expect(pageGlobal(portal, 'spaRuns')).to.equal(1);
    expect(pageGlobal(portal, 'nestedRuns')).to.equal(1);
  });

  it('never runs content the page removed before its turn, and runs what follows it', async () => {
    const portal = await openPortal(
      charter() +
        `<script type="text/plain" data-consent="statistics" src="/test/fixtures/gated/first.js"></script>` +
        `<script type="text/plain" data-consent="statistics" id="gone" src="/test/fixtures/gated/second.js"></script>` +
        counting('statistics', 'runs'),
    );
    portal.api.acceptAll();
    // Still waiting for first.js: the page changes view meanwhile.
    portal.doc.getElementById('gone')!.remove();
    await until(() => pageGlobal(portal, 'runs') === 1, 'the script after the removed one');
    await pause(200);
    expect(pageGlobal(portal, 'order')).to.deep.equal(['first']);
  });
});
