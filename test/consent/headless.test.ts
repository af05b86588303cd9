import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, pageGlobal, part, pause, storedCookie, until, type Portal } from '../helpers.js';

// `cookie-charter/consent`: the API, the cookie and the gates, with the portal's own banner and dialog.
afterEach(cleanUp);

const HEAD = `<script type="module">
  import { startConsent } from '/src/headless.ts';
  window.opened = 0;
  startConsent({ open: () => { window.opened += 1; } });
</script>`;

const GATED = `<script type="text/plain" data-consent="matomo">window.runs = (window.runs || 0) + 1;</script>
  <a href="#" data-cookie-charter-open>Gérer les cookies</a>`;

describe('cookie-charter/consent (startConsent)', () => {
  it("installs the API from the page's charter, shows nothing, and loads no Lit", async () => {
    const portal = await openPortal(charter('revision="2024-06"') + GATED, { head: HEAD, script: 'none', waitForApi: true });
    expect(portal.api.decided).to.equal(false);
    expect(portal.api.allows('matomo')).to.equal(false);
    await pause(200);
    expect(portal.host!.shadowRoot).to.equal(null);
    expect(part(portal.host, 'banner')).to.equal(null);
    const loaded = portal.win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => /\/lit|\/ui\//.test(name))).to.deep.equal([]);
    expect(pageGlobal(portal, 'runs')).to.equal(undefined);
  });

  it("records the portal's own answers, runs gated content, and hands open() and footer links to the portal", async () => {
    const portal = await openPortal(charter('revision="2024-06"') + GATED, { head: HEAD, script: 'none', waitForApi: true });
    portal.api.choose({ statistics: true, 'third-party': false });
    expect(JSON.parse(storedCookie()!)).to.include({ s: 1, t: 0, r: '2024-06' });
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script');

    portal.api.open();
    await until(() => pageGlobal(portal, 'opened') === 1, 'open() handed over');
    portal.doc.querySelector<HTMLElement>('[data-cookie-charter-open]')!.click();
    await until(() => pageGlobal(portal, 'opened') === 2, 'the footer link handed over');
    expect(part(portal.host, 'dialog')).to.equal(null);
  });

  it("shows placeholders for blocked embeds, whose link is the portal's open(), and without open() no link", async () => {
    const template = '<template data-consent="youtube"><iframe class="youtube" width="560" height="315"></iframe></template>';
    const placeholderOf = (portal: Portal) => until(() => portal.doc.querySelector('cookie-charter-placeholder'), 'the placeholder');
    const button = (placeholder: Element, name: string) => placeholder.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

    const portal = await openPortal(charter() + template, { head: HEAD, script: 'none', waitForApi: true });
    const placeholder = await placeholderOf(portal);
    expect(button(placeholder, 'placeholder-title').textContent).to.equal('YouTube est désactivé');
    button(placeholder, 'placeholder-open').click();
    await until(() => pageGlobal(portal, 'opened') === 1, 'open() handed over');
    button(placeholder, 'placeholder-allow').click();
    await until(() => portal.doc.querySelector('iframe.youtube'), 'the embed');
    expect(portal.api.allows('dailymotion')).to.equal(false);
    const loaded = portal.win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => /\/lit|\/ui\//.test(name))).to.deep.equal([]);

    cleanUp(); // a first visit again
    const withoutOpen = await openPortal(charter() + template, {
      head: HEAD.replace('startConsent({ open: () => { window.opened += 1; } })', 'startConsent()'),
      script: 'none',
      waitForApi: true,
    });
    expect(button(await placeholderOf(withoutOpen), 'placeholder-open').checkVisibility()).to.equal(false);
  });

  it('lets an exempt entry run before any choice, with nothing to ask, and records an objection', async () => {
    const body = `<cookie-charter revision="2024-06">
      <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" cookies="_pk_id.*" duration="13 mois" exempt></cookie-charter-entry>
    </cookie-charter>${GATED}`;
    const portal = await openPortal(body, { head: HEAD, script: 'none', waitForApi: true });
    expect(portal.api.decided).to.equal(true);
    expect(portal.api.allows('matomo')).to.equal(true);
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script');
    expect(storedCookie()).to.equal(null);
    portal.api.choose({ matomo: false });
    expect(portal.api.allows('matomo')).to.equal(false);
    expect(portal.api.preferences()!.objections).to.deep.equal(['matomo']);
    expect(JSON.parse(storedCookie()!)).to.deep.include({ e: { matomo: 0 } });
  });
});
