import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, pageGlobal, part, pause, storedCookie, recordReceipts, until, type Portal } from '../helpers.js';

/*
 * The edges of the newest features, as a careless portal and a stubborn visitor find them: a refusal
 * that another answer must not undo, values of attributes that cannot work, wildcards.
 */

afterEach(cleanUp);

/** Console warnings of the portal page. */
const HEAD = `<script>
  window.warnings = [];
  const warn = console.warn;
  console.warn = function (message) { window.warnings.push(String(message)); warn.apply(console, arguments); };
</script>`;
const warnings = (portal: Portal) => pageGlobal<string[]>(portal, 'warnings').join('\n');

/** The placeholder standing for the template that waits for `name`, once there. */
const placeholderOf = (portal: Portal, name: string) =>
  until(() => {
    const previous = portal.doc.querySelector(`template[data-consent="${name}"]`)?.previousElementSibling;
    return previous?.localName === 'cookie-charter-placeholder' ? (previous as HTMLElement) : null;
  }, `the placeholder of ${name}`);

describe("an entry's own answer against its category's", () => {
  const body = `<cookie-charter>
      <cookie-charter-entry id="youtube" category="third-party" provider="YouTube" cookies="YSC"></cookie-charter-entry>
      <cookie-charter-entry id="vimeo" category="third-party" provider="Vimeo" cookies="vuid"></cookie-charter-entry>
    </cookie-charter>
    <main><template data-consent="third-party"><iframe class="any" title="Carte" width="400" height="300"></iframe></template></main>`;

  it('a refusal of Vimeo stands when the visitor allows third-party cookies on a placeholder', async () => {
    const portal = await openPortal(body);
    expect(portal.api.choose({ vimeo: false })).to.equal(true);
    const placeholder = await placeholderOf(portal, 'third-party');
    placeholder.shadowRoot!.querySelector<HTMLElement>('[part~="placeholder-allow"]')!.click();
    await until(() => portal.doc.querySelector('iframe.any'), 'the embed');
    expect(portal.api.allows('third-party')).to.equal(true);
    expect(portal.api.allows('youtube')).to.equal(true);
    expect(portal.api.allows('vimeo')).to.equal(false);
    expect(portal.api.preferences()!.entries).to.deep.equal({ vimeo: false });
    expect(JSON.parse(storedCookie()!).e).to.deep.equal({ vimeo: 0 });

    // A page loaded later reads the same.
    const again = await openPortal(body);
    expect(again.api.allows('vimeo')).to.equal(false);
  });

  it('"Tout accepter" answers everything: the refusal of Vimeo is gone', async () => {
    const portal = await openPortal(body);
    portal.api.choose({ vimeo: false });
    portal.api.acceptAll();
    expect(portal.api.allows('vimeo')).to.equal(true);
    expect(portal.api.preferences()!.entries).to.deep.equal({});
  });
});

describe('cookie-domain', () => {
  it('that does not cover the page: a warning, and the choice kept host-only, where the browser stores it', async () => {
    const portal = await openPortal(charter('cookie-domain="data.example.fr"'), { head: HEAD });
    portal.api.rejectAll();
    expect(portal.api.stored).to.equal(true);
    expect(JSON.parse(storedCookie()!)).to.include({ s: 0, t: 0 });
    await until(() => warnings(portal).includes('cookie-domain="data.example.fr"'), 'the warning');
    expect(warnings(portal)).to.contain('not localhost nor one of its parent domains');
  });

  it('that is the page host: taken', async () => {
    const portal = await openPortal(charter('cookie-domain="localhost"'), { head: HEAD });
    portal.api.rejectAll();
    expect(portal.api.stored).to.equal(true);
    await pause(300);
    expect(warnings(portal)).not.to.contain('cookie-domain');
  });
});

describe('policy-url and receipt-endpoint that lead nowhere', () => {
  const RECORD_BEACONS = `<script>
    window.beacons = [];
    ${recordReceipts('(url) => window.beacons.push(url)')}
  </script>`;

  for (const value of ['', ' ', '#', '#top']) {
    it(`"${value}": a warning, no link and no receipt`, async () => {
      const portal = await openPortal(charter(`policy-url="${value}" receipt-endpoint="${value}"`), { head: HEAD + RECORD_BEACONS });
      await until(() => part(portal.host, 'banner'), 'the banner');
      expect(part(portal.host, 'banner')!.querySelector('a[href]')).to.equal(null);
      portal.api.acceptAll();
      expect(pageGlobal<string[]>(portal, 'beacons')).to.deep.equal([]);
      await until(() => warnings(portal).includes('receipt-endpoint='), 'the warning on receipt-endpoint');
      expect(warnings(portal)).to.contain('policy-url=');
    });
  }

  it('a real address is still taken', async () => {
    const portal = await openPortal(charter('policy-url="/confidentialite" receipt-endpoint="/receipts"'), { head: HEAD + RECORD_BEACONS });
    await until(() => part(portal.host, 'banner'), 'the banner');
    await until(() => part(portal.host, 'banner')!.querySelector('a[href$="/confidentialite"]'), 'the link');
    portal.api.acceptAll();
    expect(pageGlobal<string[]>(portal, 'beacons')).to.deep.equal([`${location.origin}/receipts`]);
  });
});

describe('wildcards against what can never be exempt', () => {
  /** Cookies a page set before the widget ran, as trackers would have. */
  const SET = `<script>for (const name of ['_ga', '_ga_ABC', '_pk_id.1']) document.cookie = name + '=1; Path=/';</script>`;
  const names = () => document.cookie.split('; ').map((cookie) => cookie.split('=')[0]);

  it('an exempt entry whose pattern can name _ga needs consent, with a warning: _ga is gone before any choice', async () => {
    const body = `${SET}<cookie-charter>
        <cookie-charter-entry id="audience" category="statistics" provider="Mesure" cookies="_pk_id.* _g*" exempt></cookie-charter-entry>
        <cookie-charter-entry id="ga" category="statistics" provider="Google Analytics" cookies="_ga _ga_*"></cookie-charter-entry>
      </cookie-charter>`;
    const portal = await openPortal(body, { head: HEAD });
    expect(portal.api.allows('audience')).to.equal(false);
    await until(() => !names().includes('_ga'), 'the Google Analytics cookies deleted');
    expect(names()).not.to.include.members(['_ga_ABC', '_pk_id.1']);
    await until(() => warnings(portal).includes('entry "audience" is marked exempt'), 'the warning');
  });

  it("a refused entry's cookies go even where an allowed entry's broader pattern names them", async () => {
    const body = `${SET}<cookie-charter>
        <cookie-charter-entry id="audience" category="statistics" provider="Mesure" cookies="_pk_id.* _g*"></cookie-charter-entry>
        <cookie-charter-entry id="ga" category="statistics" provider="Google Analytics" cookies="_ga _ga_*"></cookie-charter-entry>
      </cookie-charter>`;
    const portal = await openPortal(body);
    document.cookie = '_ga=1; Path=/';
    document.cookie = '_ga_ABC=1; Path=/';
    document.cookie = '_pk_id.1=1; Path=/';
    portal.api.choose({ audience: true, ga: false });
    await until(() => !names().includes('_ga') && !names().includes('_ga_ABC'), 'the Google Analytics cookies deleted');
    expect(names()).to.include('_pk_id.1');
  });
});

/** The charter dialog of a portal, once open. */
const dialogOpen = (portal: Portal) =>
  until(() => {
    const dialog = part<HTMLDialogElement>(portal.host, 'dialog');
    return dialog?.open ? dialog : null;
  }, 'the dialog open');

describe('a link that opens the charter inside a web component', () => {
  /** A footer drawn by a web component, its link in an open shadow root. */
  const FOOTER = `<portal-footer></portal-footer><script>
    customElements.define('portal-footer', class extends HTMLElement {
      connectedCallback() {
        this.attachShadow({ mode: 'open' }).innerHTML = '<a href="#top" data-cookie-charter-open>Gérer les cookies</a>';
      }
    });
  </script>`;
  const EXEMPT_ONLY = `<cookie-charter>
      <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" cookies="_pk_id.*" exempt></cookie-charter-entry>
    </cookie-charter>`;

  it('opens the charter, and the page does not follow its href', async () => {
    const portal = await openPortal(EXEMPT_ONLY + FOOTER, { head: HEAD });
    const link = await until(() => portal.doc.querySelector('portal-footer')!.shadowRoot?.querySelector('a'), 'the link');
    link.click();
    await dialogOpen(portal);
    expect(portal.win.location.hash).to.equal('');
  });

  it('counts as the way to object: no warning that the page has none', async () => {
    const portal = await openPortal(EXEMPT_ONLY + FOOTER, { head: HEAD });
    const without = await openPortal(EXEMPT_ONLY, { head: HEAD });
    await until(() => warnings(without).includes('data-cookie-charter-open'), 'the warning of the page without a link');
    expect(warnings(portal)).not.to.contain('data-cookie-charter-open');
  });
});

describe('the notice on exempt audience measurement', () => {
  const body = (revision: string) => `<cookie-charter revision="${revision}">
      <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" cookies="_pk_id.*" exempt></cookie-charter-entry>
      <cookie-charter-entry id="youtube" category="third-party" provider="YouTube" cookies="YSC"></cookie-charter-entry>
    </cookie-charter>`;
  const bannerText = async (portal: Portal) => (await until(() => part(portal.host, 'banner'), 'the banner')).textContent!;

  it('shows while the measurement is on', async () => {
    const portal = await openPortal(body('r1'));
    expect(await bannerText(portal)).to.contain('mesure d’audience anonyme');
  });

  it('is gone once the visitor objected, also when a new revision asks again', async () => {
    const first = await openPortal(body('r1'));
    first.api.rejectAll();
    const portal = await openPortal(body('r2'));
    expect(portal.api.allows('matomo')).to.equal(false);
    expect(await bannerText(portal)).not.to.contain('mesure d’audience anonyme');
  });
});

describe('a placeholder\'s "Gérer les cookies"', () => {
  it('opens the charter after the page replaced window.cookieCharter', async () => {
    const body = `${charter()}<main><template data-consent="youtube"><iframe class="youtube" title="Présentation" width="560" height="315"></iframe></template></main>`;
    const portal = await openPortal(body, {
      head: '<script>window.errors = []; addEventListener("error", (event) => window.errors.push(event.message));</script>',
    });
    const placeholder = await placeholderOf(portal, 'youtube');
    (portal.win as unknown as { cookieCharter: unknown }).cookieCharter = [];
    placeholder.shadowRoot!.querySelector<HTMLElement>('[part~="placeholder-open"]')!.click();
    await dialogOpen(portal);
    expect(pageGlobal<string[]>(portal, 'errors')).to.deep.equal([]);
  });
});

describe('a long unbroken provider name', () => {
  const LONG = 'Fournisseur'.repeat(28);
  const body = `<cookie-charter>
      <cookie-charter-entry id="video" category="third-party" provider="${LONG}" cookies="vid" purpose="Lire les vidéos"></cookie-charter-entry>
    </cookie-charter>
    <main><template data-consent="video"><iframe class="video" title="Vidéo" width="560" height="315"></iframe></template></main>`;
  const overflows = (portal: Portal) => portal.doc.documentElement.scrollWidth > portal.doc.documentElement.clientWidth;

  it('wraps in its placeholder: the page does not scroll sideways', async () => {
    const portal = await openPortal(body);
    const placeholder = await placeholderOf(portal, 'video');
    expect(placeholder.shadowRoot!.textContent).to.contain(LONG);
    expect(overflows(portal)).to.equal(false);
  });

  it('wraps in the dialog', async () => {
    const portal = await openPortal(body);
    portal.api.open();
    const dialog = await dialogOpen(portal);
    for (const details of dialog.querySelectorAll('details')) details.open = true;
    await pause(50);
    expect(dialog.textContent).to.contain(LONG);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    expect(overflows(portal)).to.equal(false);
  });
});

describe("a placeholder's size, then its embed's, in an 800 px column", () => {
  // As embed codes write them (YouTube's, Dailymotion's): frameborder="0", no border of the browser's.
  const CASES: [string, string][] = [
    ['width="100%" height="315"', '<iframe class="embed" title="Vidéo" frameborder="0" width="100%" height="315"></iframe>'],
    [
      'width="560" height="315" style="width:100%"',
      '<iframe class="embed" title="Vidéo" frameborder="0" width="560" height="315" style="width:100%"></iframe>',
    ],
    [
      'a 16:9 wrapper',
      '<div class="embed" style="position:relative; padding-bottom:56.25%; height:0"><iframe title="Vidéo" style="position:absolute; inset:0; width:100%; height:100%"></iframe></div>',
    ],
    ['style="width:560px" height="315"', '<iframe class="embed" title="Vidéo" frameborder="0" style="width:560px" height="315"></iframe>'],
    ['width="560" height="315"', '<iframe class="embed" title="Vidéo" frameborder="0" width="560" height="315"></iframe>'],
    [
      'style="width:100%; aspect-ratio:16/9"',
      '<iframe class="embed" title="Vidéo" frameborder="0" style="width:100%; aspect-ratio:16/9"></iframe>',
    ],
    [
      'width="560" height="315" style="max-width:100%"',
      '<iframe class="embed" title="Vidéo" frameborder="0" width="560" height="315" style="max-width:100%"></iframe>',
    ],
  ];
  for (const [name, embed] of CASES) {
    it(`${name}: the same box, so nothing moves`, async () => {
      const body = `${charter()}<main style="width:800px; margin:0"><template data-consent="youtube">${embed}</template><p id="after">Après</p></main>`;
      const portal = await openPortal(body);
      const placeholder = await placeholderOf(portal, 'youtube');
      const before = placeholder.getBoundingClientRect();
      const afterTop = portal.doc.getElementById('after')!.getBoundingClientRect().top;
      placeholder.shadowRoot!.querySelector<HTMLElement>('[part~="placeholder-allow"]')!.click();
      const inserted = await until(() => portal.doc.querySelector('.embed'), 'the embed');
      const box = inserted.getBoundingClientRect();
      expect([Math.round(box.width), Math.round(box.height)], 'the embed against its placeholder').to.deep.equal([
        Math.round(before.width),
        Math.round(before.height),
      ]);
      expect(Math.round(portal.doc.getElementById('after')!.getBoundingClientRect().top), 'what follows').to.equal(Math.round(afterTop));
    });
  }
});

describe('a template whose data-consent changes while it waits', () => {
  const body = `${charter()}<main><template data-consent="youtube"><iframe class="embed" title="Vidéo" width="560" height="315"></iframe></template></main>`;

  it('shows the placeholder of what it now waits for, and runs once that is allowed', async () => {
    const portal = await openPortal(body);
    const template = portal.doc.querySelector('template')!;
    const before = await placeholderOf(portal, 'youtube');
    expect(before.shadowRoot!.textContent).to.contain('YouTube');

    template.setAttribute('data-consent', 'dailymotion');
    const after = await until(() => {
      const placeholder = template.previousElementSibling as HTMLElement | null;
      return placeholder?.shadowRoot?.textContent?.includes('Dailymotion') ? placeholder : null;
    }, 'the placeholder of Dailymotion');
    expect(after.shadowRoot!.textContent).not.to.contain('YouTube');
    expect(portal.doc.querySelectorAll('cookie-charter-placeholder')).to.have.length(1);

    portal.api.choose({ youtube: true });
    await pause(100);
    expect(portal.doc.querySelector('iframe.embed'), 'YouTube allowed: the template waits for Dailymotion').to.equal(null);
    portal.api.choose({ dailymotion: true });
    await until(() => portal.doc.querySelector('iframe.embed'), 'the embed');
    expect(portal.doc.querySelector('cookie-charter-placeholder')).to.equal(null);
  });

  it('runs at once when it now names what is allowed, and loses its placeholder with data-consent-placeholder="none"', async () => {
    const portal = await openPortal(
      body.replace('</main>', '<template data-consent="dailymotion"><p class="other">Dailymotion</p></template></main>'),
    );
    await placeholderOf(portal, 'youtube');
    await placeholderOf(portal, 'dailymotion');
    portal.api.choose({ statistics: true });
    portal.doc.querySelector('template[data-consent="dailymotion"]')!.setAttribute('data-consent-placeholder', 'none');
    await until(() => portal.doc.querySelectorAll('cookie-charter-placeholder').length === 1, 'one placeholder left');

    portal.doc.querySelector('template[data-consent="youtube"]')!.setAttribute('data-consent', 'statistics');
    await until(() => portal.doc.querySelector('iframe.embed'), 'the embed, statistics being allowed');
    expect(portal.doc.querySelectorAll('cookie-charter-placeholder')).to.have.length(0);
  });
});
