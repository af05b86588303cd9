import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { prerender, REVEAL } from '../../src/prerender.js';
import {
  apiOf,
  charter,
  cleanUp,
  ENTRIES,
  expectFocusOn,
  openPage,
  openPortal,
  part,
  pause,
  storedCookie,
  until,
  type Portal,
} from '../helpers.js';

/*
 * The fastest placement (docs/install.md): the banner written into the page's HTML in a declarative
 * shadow root, shown by the inline script REVEAL while the page is parsed, then taken over by the
 * widget's own banner. Each page here loads the widget only when the test says, so that what a visitor
 * sees before any file of the widget has come can be checked.
 */
afterEach(cleanUp);

const ATTRIBUTES = 'platform="https://data.example.fr" revision="2024-06"';

/** The written banner, made by prerender() from the banner a plain page shows (French unless `lang`). */
async function writtenBanner(lang = 'fr'): Promise<string> {
  const portal = await openPortal(charter(ATTRIBUTES), { lang });
  await until(() => part(portal.host, 'banner'), 'the banner to write');
  const written = prerender(portal.host)!;
  cleanUp();
  return written;
}

/**
 * A page with the written banner and its inline script, and no widget yet (`loadWidget` adds it).
 * `head` runs first: it may record each frame or set a signal.
 */
function openWritten(written: string, { head = '', lang = 'fr', attributes = ATTRIBUTES } = {}): Promise<Portal> {
  return openPortal(`<cookie-charter ${attributes}>${written}${ENTRIES}</cookie-charter><script>${REVEAL}</script>`, {
    script: 'none',
    head,
    lang,
  });
}

/** Adds the widget's script to the page, as its `<script src>` would once it came. */
function loadWidget(portal: Portal): Promise<unknown> {
  const script = portal.doc.createElement('script');
  script.type = 'module';
  script.src = '/src/module.ts';
  portal.doc.head.append(script);
  return apiOf(portal);
}

/** The banners in the element's shadow root, and whether each is on screen. */
function banners(portal: Portal) {
  return [...(portal.host!.shadowRoot?.querySelectorAll<HTMLElement>('[part~="banner"]') ?? [])].map((banner) => ({
    written: banner.hasAttribute('data-prerendered'),
    visible: banner.getBoundingClientRect().height > 0,
    banner,
  }));
}
const visibleBanner = (portal: Portal) => banners(portal).find((banner) => banner.visible) ?? null;
const widgetBanner = (portal: Portal) => banners(portal).find((banner) => !banner.written && banner.visible) ?? null;

/** A head script that notes, at every frame from the start of parsing, whether a banner was on screen. */
const FRAMES = `<script>
window.frames_ = [];
(function tick() {
  var host = document.querySelector('cookie-charter');
  var shown = !!host && !!host.shadowRoot && [].some.call(host.shadowRoot.querySelectorAll('[part~="banner"]'), function (b) { return b.getBoundingClientRect().height > 0; });
  window.frames_.push(shown);
  requestAnimationFrame(tick);
})();
</script>`;
const frames = (portal: Portal) => (portal.win as unknown as { frames_: boolean[] }).frames_;

/** A valid stored choice, made by a visitor on an ordinary page with the same charter. */
async function storedChoice(choose: 'acceptAll' | 'rejectAll'): Promise<string> {
  const portal = await openPortal(charter(ATTRIBUTES));
  portal.api[choose]();
  const value = portal.doc.cookie.split('; ').find((cookie) => cookie.startsWith('cookies_preferences='))!;
  cleanUp();
  return value;
}

describe('a banner written into the page (prerender and REVEAL)', () => {
  it('is the banner the element shows: same words and parts, hidden, marked, with its style sheet and no markers', async () => {
    const portal = await openPortal(charter(`${ATTRIBUTES} policy-url="https://data.example.fr/confidentialite"`));
    const shown = await until(() => part(portal.host, 'banner'), 'the banner');
    const written = prerender(portal.host)!;
    expect(written.startsWith('<template shadowrootmode="open"><section')).to.equal(true);
    expect(written).not.to.include('<!--');
    const doc = new DOMParser().parseFromString(
      `<body>${written.replace(/^<template shadowrootmode="open">|<\/template>$/g, '')}`,
      'text/html',
    );
    const section = doc.querySelector('section')!;
    expect(section.hidden).to.equal(true);
    expect(section.hasAttribute('data-prerendered')).to.equal(true);
    // Part of the page's first paint: it does not slide in.
    expect(section.classList.contains('shown')).to.equal(true);
    expect(section.textContent).to.equal(shown.textContent);
    for (const name of ['accept-all', 'reject-all', 'customize'])
      expect(section.querySelector(`[part~="${name}"]`)!.textContent).to.equal(part(portal.host, name)!.textContent);
    expect(section.querySelector('a')!.getAttribute('href')).to.equal('https://data.example.fr/confidentialite');
    expect(doc.querySelector('style[data-prerendered]')!.textContent).to.include('.banner');
    // Nothing to write when no banner shows.
    portal.api.acceptAll();
    await until(() => !part(portal.host, 'banner'), 'the banner to go');
    expect(prerender(portal.host)).to.equal(null);
    expect(prerender(null)).to.equal(null);
  });

  it('shows on a first visit before any file of the widget, and the widget takes it over with no frame between', async () => {
    const portal = await openWritten(await writtenBanner(), { head: FRAMES });
    const first = await until(() => visibleBanner(portal), 'the written banner');
    expect(first.written).to.equal(true);
    expect(portal.win.cookieCharter).to.equal(undefined);
    expect(portal.win.getComputedStyle(first.banner).position).to.equal('fixed');
    const from = frames(portal).indexOf(true);
    await loadWidget(portal);
    const taken = await until(() => widgetBanner(portal), "the widget's banner");
    await pause(100);
    // One banner, the widget's: it does not slide in a second time.
    expect(banners(portal).map((banner) => banner.written)).to.deep.equal([false]);
    expect(taken.banner.classList.contains('shown')).to.equal(true);
    expect(taken.banner.textContent).to.equal(first.banner.textContent);
    expect(frames(portal).slice(from), 'a frame without a banner').not.to.include(false);
  });

  for (const [button, choice, allowed] of [
    ['accept-all', 'acceptAll', true],
    ['reject-all', 'rejectAll', false],
  ] as const) {
    it(`keeps a click on "${button}" made before the widget came: it hides at once, and the widget records it (${choice})`, async () => {
      const portal = await openWritten(await writtenBanner());
      const written = await until(() => visibleBanner(portal), 'the written banner');
      written.banner.querySelector<HTMLElement>(`[part~="${button}"]`)!.click();
      expect(visibleBanner(portal)).to.equal(null);
      expect(storedCookie(portal.doc)).to.equal(null);
      const api = (await loadWidget(portal)) as Portal['api'];
      await until(() => storedCookie(portal.doc), 'the choice stored');
      expect(api.decided).to.equal(true);
      expect(api.allows('matomo')).to.equal(allowed);
      expect(api.allows('youtube')).to.equal(allowed);
      await pause(200);
      expect(visibleBanner(portal)).to.equal(null);
      expect(banners(portal)).to.deep.equal([]);
    });
  }

  it('opens the charter for "Personnaliser" pressed on the keyboard before the widget came, focus kept on the way', async () => {
    const portal = await openWritten(await writtenBanner());
    const written = await until(() => visibleBanner(portal), 'the written banner');
    written.banner.querySelector<HTMLElement>('[part~="reject-all"]')!.focus();
    await loadWidget(portal);
    // The widget's own button takes the focus of the written one it replaces.
    const taken = await until(() => widgetBanner(portal), "the widget's banner");
    await expectFocusOn(portal.doc, taken.banner.querySelector('[part~="reject-all"]'));

    cleanUp();
    const again = await openWritten(await writtenBanner());
    const banner = await until(() => visibleBanner(again), 'the written banner');
    banner.banner.querySelector<HTMLElement>('[part~="customize"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await loadWidget(again);
    const dialog = await until(() => {
      const opened = part<HTMLDialogElement>(again.host, 'dialog');
      return opened?.open ? opened : null;
    }, 'the dialog');
    expect(dialog.textContent).to.include('Matomo');
    expect(storedCookie(again.doc)).to.equal(null);
  });

  it('gives way to the widget when its files came while the parser was held before the element (a script blocking it)', async () => {
    const written = await writtenBanner();
    const portal = await openPortal(
      `<script src="/test/fixtures/slow.js?ms=1500"></script><cookie-charter ${ATTRIBUTES}>${written}${ENTRIES}</cookie-charter><script>${REVEAL}</script>`,
      { script: 'none', head: `${FRAMES}<script src="/dist/cookie-charter.js" async></script>` },
    );
    await apiOf(portal);
    await until(() => widgetBanner(portal), "the widget's banner");
    // Defined before the parser created it, the element has the widget's own shadow root: the written
    // one is left out, no template stays among its children, and one banner shows, the widget's.
    expect(portal.doc.querySelector('cookie-charter > template')).to.equal(null);
    expect(banners(portal).map((banner) => banner.written)).to.deep.equal([false]);
    await pause(100);
    const from = frames(portal).indexOf(true);
    expect(from).to.be.greaterThan(-1);
    expect(frames(portal).slice(from), 'a frame without a banner').not.to.include(false);
  });

  it('never shows to a returning visitor, before or after the widget came', async () => {
    const written = await writtenBanner();
    for (const choice of ['acceptAll', 'rejectAll'] as const) {
      const cookie = await storedChoice(choice);
      document.cookie = `${cookie}; Path=/`;
      const portal = await openWritten(written, { head: FRAMES });
      await pause(100);
      await loadWidget(portal);
      await pause(400);
      expect(frames(portal).length).to.be.greaterThan(5);
      expect(frames(portal), choice).not.to.include(true);
      // The core removed the written banner: there is nothing left to show.
      expect(banners(portal)).to.deep.equal([]);
      cleanUp();
    }
  });

  it('stays hidden under Global Privacy Control, and no banner comes after', async () => {
    const gpc = `<script>Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true });</script>`;
    const portal = await openWritten(await writtenBanner(), { head: gpc + FRAMES });
    await pause(100);
    await loadWidget(portal);
    await pause(400);
    expect(frames(portal)).not.to.include(true);
  });

  it('stays hidden on a page in another language, whose visitors get the banner in theirs from the widget', async () => {
    const portal = await openWritten(await writtenBanner('fr'), { lang: 'en', head: FRAMES });
    await pause(100);
    expect(frames(portal)).not.to.include(true);
    await loadWidget(portal);
    const taken = await until(() => widgetBanner(portal), "the widget's banner");
    expect(taken.banner.lang).to.equal('en');
    expect(taken.banner.querySelector('[part~="accept-all"]')!.textContent).to.equal('Accept all');
    expect(banners(portal).map((banner) => banner.written)).to.deep.equal([false]);
  });

  it('writes and shows a banner in Arabic, right to left, and the widget takes it over in Arabic', async () => {
    const portal = await openWritten(await writtenBanner('ar'), { lang: 'ar', head: FRAMES });
    const written = await until(() => visibleBanner(portal), 'the written banner');
    expect(written.written).to.equal(true);
    expect([written.banner.lang, written.banner.dir]).to.deep.equal(['ar', 'rtl']);
    expect(portal.win.getComputedStyle(written.banner).direction).to.equal('rtl');
    await loadWidget(portal);
    const taken = await until(() => widgetBanner(portal), "the widget's banner");
    expect([taken.banner.lang, taken.banner.dir]).to.deep.equal(['ar', 'rtl']);
    expect(taken.banner.textContent).to.equal(written.banner.textContent);
    await pause(100);
    expect(frames(portal).slice(frames(portal).indexOf(true)), 'a frame without a banner').not.to.include(false);
  });

  it('stays hidden when the charter asks nothing, and the core takes it down when a choice came meanwhile', async () => {
    const written = await writtenBanner();
    const exempt = await openPortal(
      `<cookie-charter ${ATTRIBUTES}>${written}<cookie-charter-entry id="matomo" category="statistics" exempt provider="Matomo" service="Mesure d'audience" cookies="_pk_id.*" purpose="Mesurer la fréquentation" duration="13 mois"></cookie-charter-entry></cookie-charter><script>${REVEAL}</script>`,
      { script: 'none' },
    );
    await pause(100);
    expect(visibleBanner(exempt)).to.equal(null);
    cleanUp();

    // Shown, then another tab stores a choice before the widget's file has come.
    const cookie = await storedChoice('rejectAll');
    const portal = await openWritten(written);
    await until(() => visibleBanner(portal), 'the written banner');
    portal.doc.cookie = `${cookie}; Path=/`;
    const api = (await loadWidget(portal)) as Portal['api'];
    await until(() => !visibleBanner(portal), 'the written banner to go');
    expect(api.decided).to.equal(true);
    await pause(300);
    expect(visibleBanner(portal)).to.equal(null);
  });

  it('does nothing on a page without a written banner: the widget shows its own, sliding in', async () => {
    const portal = await openPortal(`<cookie-charter ${ATTRIBUTES}>${ENTRIES}</cookie-charter><script>${REVEAL}</script>`, {
      script: 'none',
    });
    expect(portal.win.cookieCharter).to.equal(undefined);
    await loadWidget(portal);
    const taken = await until(() => widgetBanner(portal), "the widget's banner");
    expect(taken.banner.classList.contains('shown')).to.equal(false);
  });
});

describe('the written banner under a strict Content-Security-Policy', () => {
  const sha256 = async (text: string) =>
    btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))));

  it("shows and is taken over with the script's and the style sheet's hashes in the policy, no violation", async () => {
    const written = await writtenBanner();
    const style = /<style data-prerendered>([\s\S]*)<\/style>/.exec(written)![1];
    const query = new URLSearchParams({
      'script-hash': await sha256(REVEAL),
      'style-hash': await sha256(style),
      prerendered: written,
      reveal: REVEAL,
    });
    const portal = await openPage(`/test/fixtures/strict/prerendered.html?${query}`, { waitForApi: false });
    const shown = await until(() => visibleBanner(portal), 'the written banner');
    expect(portal.win.getComputedStyle(shown.banner).position).to.equal('fixed');
    await apiOf(portal);
    await until(() => widgetBanner(portal), "the widget's banner");
    await pause(200);
    expect((portal.win as unknown as { violations: string[] }).violations).to.deep.equal([]);
  });
});
