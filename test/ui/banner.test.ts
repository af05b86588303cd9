import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { charter, cleanUp, expectFocusOn, openPortal, part, storedCookie, until } from '../helpers.js';

afterEach(async () => {
  cleanUp();
  await setViewport({ width: 1100, height: 800 });
});

const PAGE = (attributes = '') => `
  <header><a href="#main" id="skip">Aller au contenu</a><nav><a href="#">Données</a><a href="#">Actualités</a></nav></header>
  <main id="main"><h1>Portail</h1></main>
  ${charter(attributes)}`;

describe('the banner', () => {
  it('asks in French with three buttons and names the portal region', async () => {
    const { host } = await openPortal(PAGE());
    const banner = await until(() => part(host, 'banner'), 'banner');
    expect(banner.getAttribute('role')).to.equal('region');
    expect(banner.getAttribute('aria-labelledby')).to.be.a('string');
    expect(banner.textContent).to.contain('Vos choix concernant les cookies');
    expect(banner.textContent).to.contain(
      `conservé ${new Intl.NumberFormat('fr', { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(6)}`,
    );
    expect(part(host, 'accept-all')!.textContent!.trim()).to.equal('Tout accepter');
    expect(part(host, 'reject-all')!.textContent!.trim()).to.equal('Tout refuser');
    expect(part(host, 'customize')!.textContent!.trim()).to.equal('Personnaliser');
  });

  it('speaks English with lang="en", and follows <html lang="en"> when the attribute is absent', async () => {
    const explicit = await openPortal(PAGE('lang="en"'));
    await until(() => part(explicit.host, 'banner'), 'banner');
    expect(part(explicit.host, 'accept-all')!.textContent!.trim()).to.equal('Accept all');
    expect(part(explicit.host, 'reject-all')!.textContent!.trim()).to.equal('Reject all');
    expect(part(explicit.host, 'banner')!.getAttribute('lang')).to.equal('en');
    cleanUp();
    const inherited = await openPortal(PAGE(), { lang: 'en-GB' });
    await until(() => part(inherited.host, 'banner'), 'banner');
    expect(part(inherited.host, 'customize')!.textContent!.trim()).to.equal('Customise');
  });

  it('gives its three buttons the same look and size', async () => {
    const { host, win } = await openPortal(PAGE());
    await until(() => part(host, 'banner'), 'banner');
    const looks = ['accept-all', 'reject-all', 'customize'].map((name) => {
      const style = win.getComputedStyle(part(host, name)!);
      return [
        style.color,
        style.backgroundColor,
        style.borderColor,
        style.fontSize,
        style.fontWeight,
        style.paddingTop,
        style.height,
      ].join();
    });
    expect(looks[1]).to.equal(looks[0]);
    expect(looks[2]).to.equal(looks[0]);
  });

  it('goes away after a click and stays away on the next page', async () => {
    const { host, api } = await openPortal(PAGE());
    (await until(() => part(host, 'reject-all'), 'banner')).click();
    expect(api.decided).to.equal(true);
    await until(() => !part(host, 'banner'), 'banner hidden');
    expect(host!.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Votre choix est enregistré');
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    const next = await openPortal(PAGE());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(next.api.decided).to.equal(true);
    expect(part(next.host, 'banner')).to.equal(null);
  });

  it('is the first stop of the keyboard, and Enter and Space answer it', async () => {
    const { host, doc, frame, api } = await openPortal(PAGE());
    await until(() => part(host, 'banner'), 'banner');
    frame.focus();
    (doc.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    await expectFocusOn(doc, part(host, 'accept-all'));
    await sendKeys({ press: 'Tab' });
    await expectFocusOn(doc, part(host, 'reject-all'));
    await sendKeys({ press: ' ' });
    expect(api.decided).to.equal(true);
    expect(api.allows('statistics')).to.equal(false);
    api.reset();
    const accept = await until(() => part(host, 'accept-all'), 'banner again');
    accept.focus();
    await sendKeys({ press: 'Enter' });
    expect(api.allows('statistics')).to.equal(true);
  });

  it('shows a visible focus ring', async () => {
    const { host, doc, frame, win } = await openPortal(PAGE());
    await until(() => part(host, 'banner'), 'banner');
    frame.focus();
    (doc.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    const style = win.getComputedStyle(part(host, 'accept-all')!);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const { host, frame, doc, win } = await openPortal(PAGE());
    frame.style.width = '320px';
    frame.style.height = '640px';
    await until(() => part(host, 'banner'), 'banner');
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    for (const name of ['banner', 'accept-all', 'reject-all', 'customize']) {
      const box = part(host, name)!.getBoundingClientRect();
      expect(box.left, name).to.be.at.least(0);
      expect(box.right, name).to.be.at.most(320);
    }
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('is not a modal: the page stays usable while it shows', async () => {
    const { host, doc } = await openPortal(PAGE());
    await until(() => part(host, 'banner'), 'banner');
    expect(host!.shadowRoot!.querySelector('dialog[open]')).to.equal(null);
    expect(doc.querySelector('main')!.inert).to.equal(false);
    expect(part(host, 'banner')!.getAttribute('aria-modal')).to.equal(null);
  });

  it('opens the preferences from "Personnaliser"', async () => {
    const { host } = await openPortal(PAGE());
    (await until(() => part(host, 'customize'), 'banner')).click();
    const dialog = await until(() => part<HTMLDialogElement>(host, 'dialog'), 'dialog');
    await until(() => dialog.open, 'dialog open');
    expect(storedCookie()).to.equal(null);
  });

  it("takes the portal's theme from custom properties and ::part rules", async () => {
    const head = `<style>
      cookie-charter { --cookie-charter-accent: rgb(1, 2, 3); --cookie-charter-background: rgb(250, 240, 230); }
      cookie-charter::part(reject-all) { text-transform: uppercase; }
    </style>`;
    const { host, win } = await openPortal(PAGE(), { head });
    const banner = await until(() => part(host, 'banner'), 'banner');
    expect(win.getComputedStyle(banner).backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(win.getComputedStyle(part(host, 'accept-all')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(win.getComputedStyle(part(host, 'reject-all')!).textTransform).to.equal('uppercase');
  });
});
