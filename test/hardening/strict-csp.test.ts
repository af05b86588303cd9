import { expect } from '@open-wc/testing';
import { cleanUp, openPage, pageGlobal, part, pause, until, type Portal } from '../helpers.js';

/*
 * Pages served with a real header (see `strictPages` in web-test-runner.config.js):
 *   default-src 'self'; script-src 'self'; style-src 'self';
 *   require-trusted-types-for 'script'; trusted-types lit-html cookie-charter
 * with a nonce added to script-src, or trusted alone (with or without 'strict-dynamic'), where a test
 * asks for it. With a nonce alone, the banner's file loads because the widget's script carries the nonce.
 */
afterEach(cleanUp);

const STRICT = '/test/fixtures/strict';
const violations = (portal: Portal) => pageGlobal<string[]>(portal, 'violations');
const errors = (portal: Portal) => pageGlobal<string[]>(portal, 'errors');
const order = (portal: Portal) => pageGlobal<string[] | undefined>(portal, 'order') ?? [];
/** Trusted Types: Chromium and recent Firefox enforce it; a browser without it ignores the two directives. */
const hasTrustedTypes = (portal: Portal) => 'trustedTypes' in portal.win;

function toggle(portal: Portal, name: string): HTMLInputElement {
  return part(portal.host, 'dialog')!.querySelector<HTMLInputElement>(`input[part~="toggle"][name="${name}"]`)!;
}

/** The page's policy is really in force. Each check is itself blocked and reported, so it comes last. */
function expectPolicyEnforced(portal: Portal): void {
  expect(() => portal.win.eval('1'), 'eval under script-src without unsafe-eval').to.throw();
  if (hasTrustedTypes(portal)) {
    let refused: Error | undefined;
    try {
      portal.doc.createElement('div').innerHTML = '<b>x</b>';
    } catch (error) {
      refused = error as Error;
    }
    expect(refused?.name, 'a string in innerHTML under Trusted Types').to.equal('TypeError');
  }
}

describe('a portal with a strict Content-Security-Policy and Trusted Types', () => {
  it("works fully under script-src 'self': banner, styles, texts, placeholder, dialog and its styles, gated script and template, no violation", async () => {
    const portal = await openPage(`${STRICT}/portal.html`);
    const { doc, host, win, api } = portal;
    const banner = await until(() => part(host, 'banner'), 'the banner');
    // Styles reach the shadow root (constructed style sheets, which style-src does not govern).
    expect(win.getComputedStyle(banner).position).to.equal('fixed');
    expect(part(host, 'accept-all')!.textContent!.trim()).to.equal("J'accepte");
    // The blocked embed's placeholder: its own file, its styles and the embed's size, under the same policy.
    const placeholder = await until(() => doc.querySelector('cookie-charter-placeholder'), 'the placeholder');
    expect(placeholder.getBoundingClientRect().width).to.equal(560);
    expect(win.getComputedStyle(placeholder.shadowRoot!.querySelector('[part~="placeholder"]')!).backgroundColor).to.equal(
      'rgb(246, 246, 246)',
    );

    doc.getElementById('manage')!.click();
    const dialog = await until(() => {
      const opened = part<HTMLDialogElement>(host, 'dialog');
      return opened?.open ? opened : null;
    }, 'the dialog');
    // The dialog's own styles, from its own file, reach the shadow root too.
    expect(win.getComputedStyle(dialog).display).to.equal('flex');
    expect(win.getComputedStyle(dialog.querySelector('table')!).borderCollapse).to.equal('collapse');
    toggle(portal, 'statistics').click();
    toggle(portal, 'youtube').click();
    part(host, 'save')!.click();

    await until(() => order(portal).length === 2 && doc.querySelector('iframe.embed'), 'the gated script and the template');
    expect(order(portal)).to.deep.equal(['first', 'second']);
    expect(api.allows('matomo')).to.equal(true);
    expect(api.allows('youtube')).to.equal(true);
    expect(api.allows('dailymotion')).to.equal(false);
    await pause(200);
    expect(violations(portal)).to.deep.equal([]);
    expect(errors(portal)).to.deep.equal([]);
    expectPolicyEnforced(portal);
  });

  for (const scriptSrc of ['nonce', 'nonce-only', 'strict-dynamic']) {
    it(`runs inline gated scripts that carry the page's nonce (script-src=${scriptSrc}) and opens the dialog, no violation`, async () => {
      const portal = await openPage(`${STRICT}/inline.html?script-src=${scriptSrc}`);
      (await until(() => part(portal.host, 'accept-all'), 'the banner')).click();
      await until(() => order(portal).length === 3, 'the gated content');
      expect(order(portal)).to.deep.equal(['first', 'inline', 'second']);
      // The nonce is hidden from the attribute once the page has run, and kept by the property.
      const inline = [...portal.doc.scripts].find((script) => script.text.includes("'inline'"))!;
      expect(inline.getAttribute('nonce')).to.equal('');
      expect(inline.nonce).to.have.length.above(10);
      // The dialog's file, and the banner's file it imports, load under the same policy.
      portal.api.open();
      await until(() => part<HTMLDialogElement>(portal.host, 'dialog')?.open, 'the dialog');
      await pause(200);
      expect(violations(portal)).to.deep.equal([]);
      expect(errors(portal)).to.deep.equal([]);
      expectPolicyEnforced(portal);
    });
  }

  for (const scriptSrc of ['nonce', 'nonce-only', 'strict-dynamic']) {
    it(`keeps gated content without the nonce of the widget's tag blocked itself, with warnings (script-src=${scriptSrc})`, async () => {
      // Under 'self', the browser would run a file without the nonce; under 'strict-dynamic', any script
      // the widget inserts: the widget asks for the nonce itself.
      const portal = await openPage(`${STRICT}/unsigned.html?script-src=${scriptSrc}`);
      const { doc, api } = portal;
      api.acceptAll();
      await until(() => order(portal).includes('second') && doc.querySelector('iframe.embed'), 'the allowed content');
      await pause(300);
      expect(order(portal)).to.deep.equal(['first', 'inline', 'second']);
      expect(doc.getElementById('file')?.getAttribute('type'), 'the unsigned placeholder').to.equal('text/plain');
      expect(doc.getElementById('forged')?.getAttribute('type'), 'the placeholder with another nonce').to.equal('text/plain');
      // The template's other content is inserted, open shadow root included; a closed one comes empty.
      expect(doc.querySelector('.open-shadow')!.shadowRoot!.querySelector('p')).to.not.equal(null);
      expect(doc.querySelectorAll('script[src$="unsigned.js"]:not([type])')).to.have.length(0);
      // Explained once the messages' file has come, beside the placeholders' on this page.
      const warnings = () => pageGlobal<string[]>(portal, 'warnings').join('\n');
      await until(() => ['statistics', 'matomo', 'youtube'].every((name) => warnings().includes(`data-consent="${name}"`)), 'the warnings');
      expect(violations(portal), violations(portal).join('\n')).to.deep.equal([]);
      expect(errors(portal)).to.deep.equal([]);
    });
  }

  it('without "cookie-charter" in trusted-types: the banner works, gated scripts stay blocked, a warning says why', async () => {
    const portal = await openPage(`${STRICT}/portal.html?trusted-types=lit-html`);
    const { host, doc, api } = portal;
    (await until(() => part(host, 'accept-all'), 'the banner')).click();
    expect(api.allows('statistics')).to.equal(true);
    // The template needs no policy: its content is the page's own parsed markup.
    await until(() => doc.querySelector('iframe.embed') && order(portal).includes('second'), 'the template');
    await pause(300);
    if (hasTrustedTypes(portal)) {
      expect(order(portal)).to.deep.equal(['second']);
      expect(doc.querySelector('script[type="text/plain"][data-consent="statistics"]'), 'the placeholder').to.not.equal(null);
      expect(pageGlobal<string[]>(portal, 'warnings').join('\n')).to.contain('Trusted Types policy "cookie-charter"');
      expect(violations(portal).map((violation) => violation.split(' ')[0])).to.include('trusted-types');
    } else {
      expect(order(portal)).to.have.members(['first', 'second']);
      expect(violations(portal)).to.deep.equal([]);
    }
    expect(errors(portal)).to.deep.equal([]);
  });

  it('without "lit-html" in trusted-types: no banner, but the API, gated content and a warning, and nothing thrown', async () => {
    const portal = await openPage(`${STRICT}/portal.html?trusted-types=cookie-charter`);
    const { host, doc, api } = portal;
    await pause(500);
    if (hasTrustedTypes(portal)) {
      expect(part(host, 'banner')).to.equal(null);
      expect(pageGlobal<string[]>(portal, 'warnings').join('\n')).to.contain('the banner could not be loaded');
    } else {
      await until(() => part(host, 'banner'), 'the banner');
    }
    api.acceptAll();
    await until(() => order(portal).length === 2 && doc.querySelector('iframe.embed'), 'the gated content');
    expect(errors(portal)).to.deep.equal([]);
  });
});
