import { expect } from '@open-wc/testing';
import { BANNER_TEXTS } from '../../src/charter/banner.js';
import { charter as charterTexts } from '../../src/charter/fr.js';
import { PLACEHOLDER_TEXTS } from '../../src/charter/placeholder-texts.js';
import { cleanUp, openPortal, part, pause, until, type Portal } from '../helpers.js';

/** What a payload does if it ever runs: counts on the test page, above every portal frame. */
const RUN = 'top.pwned=(top.pwned||0)+1';
const pwned = () => (window as unknown as { pwned?: number }).pwned;

afterEach(() => {
  cleanUp();
  delete (window as unknown as { pwned?: number }).pwned;
});

/** Written for this project: markup, script URLs, template syntax, Lit's own markers, bidi tricks, sizes. */
const PAYLOADS = [
  `<script>${RUN}</script>`,
  `<img src=x onerror="${RUN}">`,
  `"><img src=x onerror=${RUN}>`,
  `'><svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a href="javascript:${RUN}"><text y="20">clic</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `<details open ontoggle="${RUN}">`,
  `<object data="javascript:${RUN}"></object>`,
  `<a href="javascript:${RUN}">lien</a>`,
  `<base href="javascript:/"><meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `</style></template></script><img src=x onerror=${RUN}>`,
  `<template><img src=x onerror=${RUN}></template>`,
  `<!--<img src="--><img src=x onerror=${RUN}//">`,
  `javascript:${RUN}`,
  ` JaVaScRiPt:${RUN}`,
  `java\tscript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:image/svg+xml,<svg onload="${RUN}"/>`,
  `vbscript:msgbox("x")`,
  `https://portal.invalid/"><img src=x onerror=${RUN}>`,
  `" onmouseover="${RUN}" x="`,
  `' autofocus onfocus='${RUN}`,
  '${' + RUN + '}',
  '`${' + RUN + '}`',
  '<?lit$123$>',
  '<!--?lit$4567$-->',
  'lit$89$ lit$89$',
  '{{constructor.constructor("' + RUN + '")()}}',
  '{months} {category} {entry} {{months}}',
  '\u202Eexe.cod\u202C \u2067rtl\u2069 \u200F',
  '\u0000 NUL and \uFFFF',
  'x'.repeat(100000),
];

/** Every text a visitor sees, replaced by the payload through the portal's JSON. */
const allTexts = (payload: string) =>
  JSON.stringify(
    Object.fromEntries(Object.keys({ ...BANNER_TEXTS.fr, ...charterTexts, ...PLACEHOLDER_TEXTS.fr }).map((key) => [key, payload])),
  );

/**
 * A portal whose every attribute, entry field, gated name and replaced text is the payload, built
 * with DOM calls so that the payload reaches the widget exactly as written.
 */
async function hostilePortal(payload: string): Promise<Portal> {
  const portal = await openPortal('', {
    head: `<script>
      window.errors = [];
      addEventListener('error', (event) => window.errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
    </script>`,
  });
  const { doc } = portal;
  const host = doc.createElement('cookie-charter');
  for (const name of [
    'platform',
    'revision',
    'lang',
    'expires',
    'cookie-domain',
    'receipt-endpoint',
    'policy-url',
    'google-consent-mode',
  ]) {
    host.setAttribute(name, payload);
  }
  const entry = (attributes: Record<string, string>) => {
    const element = doc.createElement('cookie-charter-entry');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    host.append(element);
  };
  const fields = { provider: payload, service: payload, cookies: payload, purpose: payload, duration: payload };
  entry({ id: 'shown', category: 'statistics', ...fields });
  entry({ id: 'other', category: 'statistics', ...fields });
  entry({ id: payload, category: 'third-party', ...fields });
  entry({ id: 'odd', category: payload, ...fields });
  const texts = doc.createElement('script');
  texts.type = 'application/json';
  texts.setAttribute('data-cookie-charter-texts', '');
  texts.textContent = allTexts(payload);
  host.append(texts);
  const gated = doc.createElement('script');
  gated.type = 'text/plain';
  gated.setAttribute('data-consent', payload);
  gated.text = RUN;
  // An embed of the entry, behind its placeholder until allowed.
  const template = doc.createElement('template');
  template.setAttribute('data-consent', 'shown');
  template.innerHTML = '<p class="embed">Vidéo</p>';
  doc.body.append(host, gated, template);
  portal.host = host;
  return portal;
}

// The dialog's own disclosures (a card's table, the charter in full) are the only <details> it may hold.
const DANGEROUS =
  'script, img, svg, math, iframe, frame, object, embed, details:not(.cards > li > details, .content > details.charter), base, meta, link, template, form, body';

function expectInert(root: ShadowRoot, payload: string): void {
  expect(root.querySelectorAll(DANGEROUS).length, 'dangerous elements').to.equal(0);
  for (const element of root.querySelectorAll('*')) {
    for (const { name } of element.attributes) expect(name, `an attribute of <${element.localName}>`).to.not.match(/^on/i);
  }
  for (const link of root.querySelectorAll('a')) {
    expect(new URL(link.href).protocol, link.href).to.match(/^https?:$/);
  }
  // Shown as text, as written.
  expect(root.textContent).to.contain(payload);
}

/** What a payload could add to the page itself; the page starts with two runnable scripts of its own. */
function expectPageUntouched(doc: Document): void {
  expect(doc.querySelectorAll('img, svg, math, iframe, frame, object, embed, details, base, link, meta[http-equiv]').length).to.equal(0);
  expect(doc.querySelectorAll('script:not([type="text/plain"]):not([type="application/json"])').length, 'runnable scripts').to.equal(2);
}

describe('hostile content in attributes, entries and texts', () => {
  it('the corpus is live: the same payloads run when a page inserts them as HTML', async () => {
    const portal = await openPortal('<div id="sink"></div>');
    // Each in an element of its own: a payload's unclosed markup must not change the ones after it (Firefox
    // 140 keeps an <img> that follows `'><svg onload=…>` in SVG, where it never loads nor fails).
    for (const payload of PAYLOADS) {
      const sink = portal.doc.createElement('div');
      sink.innerHTML = payload;
      portal.doc.getElementById('sink')!.append(sink);
    }
    await until(() => (pwned() ?? 0) >= 3, 'payloads that run', 2000);
  });

  for (const payload of PAYLOADS) {
    const label = JSON.stringify(payload.length > 60 ? `${payload.slice(0, 20)}… (${payload.length} characters)` : payload);
    it(`shows ${label} as text and never runs it`, async () => {
      const portal = await hostilePortal(payload);
      const { api, host, win } = portal;
      const banner = await until(() => part(host, 'banner'), 'the banner');
      expectInert(host!.shadowRoot!, payload);
      expect(banner.textContent).to.contain(payload);
      const placeholder = await until(() => portal.doc.querySelector('cookie-charter-placeholder'), 'the placeholder');
      expectInert(placeholder.shadowRoot!, payload);

      api.open();
      const dialog = await until(() => {
        const shown = part<HTMLDialogElement>(host, 'dialog');
        return shown?.open ? shown : null;
      }, 'the dialog');
      expectInert(host!.shadowRoot!, payload);
      const cells = [...dialog.querySelectorAll('tbody tr')]
        .find((row) => row.querySelector('input[name="shown"]'))!
        .querySelectorAll('td');
      expect(cells[0].textContent).to.equal(payload.trim());
      expect(cells[2].textContent).to.equal((payload.trim().match(/\S+/g) ?? []).join(' '));
      // Only an http(s) platform becomes a link, and a policy-url that is http(s) once resolved against the page.
      const links = dialog.querySelectorAll('a');
      let policy = false;
      try {
        policy = /^https?:$/.test(new URL(payload.trim(), portal.doc.baseURI).protocol);
      } catch {
        // not an address: no link
      }
      expect(links.length).to.equal((/^https?:/.test(payload.trim()) ? 1 : 0) + (policy ? 1 : 0));
      expect(banner.querySelectorAll('a').length, 'the banner links the policy').to.equal(policy ? 1 : 0);

      api.acceptAll();
      await until(() => portal.doc.querySelector('p.embed'), 'the embed');
      await pause(300);
      expectInert(host!.shadowRoot!, payload);
      expect(pwned(), 'a payload ran').to.equal(undefined);
      expect((win as unknown as { pwned?: number }).pwned).to.equal(undefined);
      expectPageUntouched(portal.doc);
      expect(portal.doc.querySelector('script[data-consent]')!.getAttribute('type'), 'the gated script stays blocked').to.equal(
        'text/plain',
      );
      expect((win as unknown as { errors: string[] }).errors).to.deep.equal([]);
    });
  }
});
