import { BANNER_IMPORTS, CHARTER_IMPORTS } from '../../src/charter/languages.js';
import { expect } from '@open-wc/testing';
import { readConfig } from '../../src/consent/config.js';
import { createConsent } from '../../src/consent/consent.js';
import type { Problem } from '../../src/consent/warn.js';
import { defineUi } from '../../src/ui/define.js';
import type { UiServices } from '../../src/ui/services.js';
import { cleanUp, ENTRIES, part, pause, until } from '../helpers.js';

/*
 * `<cookie-charter>` on its own, in this test's page: no start-up, no `window.cookieCharter`. It is
 * given a consent core made here, and loaders, through its `services` property.
 */
const hosts: HTMLElement[] = [];
afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
  cleanUp();
});

defineUi();

function element(markup = ENTRIES): HTMLElementTagNameMap['cookie-charter'] {
  const host = document.createElement('cookie-charter');
  host.innerHTML = markup;
  hosts.push(host);
  document.body.append(host);
  return host;
}

function servicesFor(host: Element, problems: Problem[] = []): UiServices {
  return {
    consent: createConsent([], readConfig(host), () => {}),
    loadCharterTexts: (lang) => CHARTER_IMPORTS[lang](),
    loadBannerTexts: (lang) => BANNER_IMPORTS[lang](),
    loadDialog: () => import('../../src/ui/dialog.js'),
    warn: (...problem) => void problems.push(problem),
  };
}

describe('<cookie-charter> given its services', () => {
  it('shows nothing without services, and the banner of the core it is given', async () => {
    const host = element();
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('*')).to.equal(null);
    const services = servicesFor(host);
    host.services = services;
    const banner = await until(() => part(host, 'banner'), 'the banner');
    expect(banner.textContent).to.contain('Vos choix concernant les cookies');
    part(host, 'reject-all')!.click();
    expect(services.consent.decided).to.equal(true);
    expect(services.consent.allows('statistics')).to.equal(false);
    await until(() => !part(host, 'banner'), 'the banner gone');
    host.services = undefined;
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('*')).to.equal(null);
  });

  it('opens its dialog with the loaders it is given, and records the switches into its core', async () => {
    const host = element();
    const services = servicesFor(host);
    host.services = services;
    await host.open();
    const dialog = part<HTMLDialogElement>(host, 'dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Charte cookies');
    dialog.querySelector<HTMLInputElement>('[part~="toggle"][name="statistics"]')!.click();
    part(host, 'save')!.click();
    expect(services.consent.allows('matomo')).to.equal(true);
    expect(services.consent.allows('youtube')).to.equal(false);
    await until(() => !part(host, 'dialog'), 'the dialog closed');
  });

  it("reports through the given warn, and reads the portal's replacements again only when they change", async () => {
    const host = element(
      `${ENTRIES}<script type="application/json" data-cookie-charter-texts>{"acceptAll": "J'accepte", "save": 3}</script>`,
    );
    const problems: Problem[] = [];
    host.services = servicesFor(host, problems);
    await until(() => part(host, 'banner'), 'the banner');
    expect(part(host, 'accept-all')!.textContent!.trim()).to.equal("J'accepte");
    expect(problems).to.deep.equal([['textType', 'save']]);
    // Rendering again reads nothing: the replacements are kept until they change. The same services
    // in a new object (as the start-up gives them at each need of the banner) change nothing either.
    host.requestUpdate();
    await host.updateComplete;
    host.services = { ...host.services! };
    await host.updateComplete;
    expect(problems).to.have.length(1);
    host.querySelector('script')!.textContent = '{"acceptAll": "Oui", "close": 4}';
    await until(() => part(host, 'accept-all')!.textContent!.trim() === 'Oui', 'the new replacement');
    expect(problems).to.deep.equal([
      ['textType', 'save'],
      ['textType', 'close'],
    ]);
    host.requestUpdate();
    await host.updateComplete;
    await pause(50);
    expect(problems).to.have.length(2);
  });
});
