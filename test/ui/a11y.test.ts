import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/module.js';
import type { CookieCharterApi } from '../../src/consent/api.js';
import { charter, part, until } from '../helpers.js';

/** Emulates media features; false where the browser's driver cannot (Firefox through WebDriver BiDi). */
async function media(features: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  if (navigator.userAgent.includes('Firefox')) return false;
  try {
    await emulateMedia(features);
    return true;
  } catch {
    return false;
  }
}

// axe-core runs on the test page itself, where the widget is loaded once for the whole file.
const api = () => window.cookieCharter as CookieCharterApi;

describe('accessibility (axe-core)', () => {
  let host: HTMLElement;

  before(async () => {
    document.documentElement.lang = 'fr';
    document.body.insertAdjacentHTML('afterbegin', charter('revision="a11y"'));
    host = document.querySelector('cookie-charter')!;
  });

  /** Opens the dialog and waits until it shows. */
  const openDialog = () => {
    api().open();
    return until(() => {
      const element = part<HTMLDialogElement>(host, 'dialog');
      return element?.open ? element : null;
    }, 'dialog open');
  };

  afterEach(async () => {
    await media({ colorScheme: 'light', reducedMotion: 'no-preference' });
    (host as HTMLElementTagNameMap['cookie-charter']).close?.();
    api().reset();
  });

  for (const scheme of ['light', 'dark']) {
    it(`finds no violation in the banner (${scheme} scheme defaults)`, async function () {
      if (!(await media({ colorScheme: scheme as 'light' | 'dark' })) && scheme === 'dark') this.skip();
      const banner = await until(() => part(host, 'banner'), 'banner');
      // axe measures contrast as drawn: let the entrance fade finish first.
      await Promise.all(banner.getAnimations().map((animation) => animation.finished));
      expect(getComputedStyle(banner).backgroundColor).to.equal(scheme === 'dark' ? 'rgb(30, 30, 30)' : 'rgb(255, 255, 255)');
      await expect(host).to.be.accessible();
    });
  }

  it('does not animate for visitors who ask for reduced motion', async function () {
    if (!(await media({ reducedMotion: 'reduce' }))) this.skip();
    const banner = await until(() => part(host, 'banner'), 'banner');
    expect(getComputedStyle(banner).animationName).to.equal('none');
    await media({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(banner).animationName).to.not.equal('none');
  });

  for (const scheme of ['light', 'dark']) {
    it(`finds no violation with the charter dialog open (${scheme} scheme)`, async function () {
      if (!(await media({ colorScheme: scheme as 'light' | 'dark' })) && scheme === 'dark') this.skip();
      api().open();
      const dialog = await until(() => {
        const element = part<HTMLDialogElement>(host, 'dialog');
        return element?.open ? element : null;
      }, 'dialog open');
      expect(dialog.querySelectorAll('input[type="checkbox"]').length).to.equal(4);
      await expect(host).to.be.accessible();
      // Every card and the charter unfolded: the tables, the entries' switches and the charter's text.
      for (const summary of dialog.querySelectorAll('summary')) summary.click();
      await until(() => [...dialog.querySelectorAll('details')].every((details) => details.open), 'unfolded');
      await (host as HTMLElementTagNameMap['cookie-charter']).updateComplete;
      expect([...dialog.querySelectorAll('[part~="toggle"]')].every((input) => input.checkVisibility())).to.equal(true);
      await expect(host).to.be.accessible();
    });
  }

  it('finds no violation with an exempt entry, marked in its table and describing its switch', async () => {
    const matomo = host.querySelector('cookie-charter-entry#matomo')!;
    const ga = Object.assign(document.createElement('cookie-charter-entry'), { id: 'ga' });
    for (const [name, value] of Object.entries({ category: 'statistics', provider: 'Google Analytics', cookies: '_ga' }))
      ga.setAttribute(name, value);
    matomo.setAttribute('exempt', '');
    host.append(ga);
    try {
      await until(() => api().allows('matomo'), 'Matomo exempt');
      const dialog = await openDialog();
      for (const summary of dialog.querySelectorAll('summary')) summary.click();
      await until(() => [...dialog.querySelectorAll('details')].every((details) => details.open), 'unfolded');
      await (host as HTMLElementTagNameMap['cookie-charter']).updateComplete;
      const input = dialog.querySelector<HTMLInputElement>('[part~="toggle"][name="matomo"]')!;
      expect(input.checked).to.equal(true);
      expect(dialog.querySelector(`#${input.getAttribute('aria-describedby')}`)!.textContent).to.equal('Exempté de consentement');
      await expect(host).to.be.accessible();
    } finally {
      ga.remove();
      matomo.removeAttribute('exempt');
    }
  });

  it('draws the switches without motion for visitors who ask for reduced motion', async function () {
    if (!(await media({ reducedMotion: 'reduce' }))) this.skip();
    const dialog = await openDialog();
    const input = dialog.querySelector('[part~="toggle"]')!;
    expect(getComputedStyle(input).transitionDuration).to.equal('0s');
    await media({ reducedMotion: 'no-preference' });
    expect(getComputedStyle(input).transitionDuration).to.not.equal('0s');
  });

  it('keeps its buttons outlined in forced colours', async function () {
    if (!(await executeServerCommand('forced-colors', { active: true }))) this.skip();
    try {
      const button = await until(() => part(host, 'accept-all'), 'banner');
      const style = getComputedStyle(button);
      expect(style.borderTopStyle).to.equal('solid');
      expect(style.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
    // Without forced colours the same border is transparent: the filled button needs none.
    expect(getComputedStyle(part(host, 'accept-all')!).borderTopColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('keeps a switch on and a switch off apart in forced colours', async function () {
    if (!(await executeServerCommand('forced-colors', { active: true }))) this.skip();
    try {
      const dialog = await openDialog();
      const input = dialog.querySelector<HTMLInputElement>('[part~="toggle"]')!;
      /** What draws the switch: its track's colours and its knob, where it is. */
      const look = () => {
        const style = getComputedStyle(input);
        return { track: style.backgroundColor, border: style.borderTopColor, knob: style.backgroundImage, at: style.backgroundPositionX };
      };
      const off = look();
      input.click();
      await (host as HTMLElementTagNameMap['cookie-charter']).updateComplete;
      const on = look();
      expect(input.checked).to.equal(true);
      expect(off.knob, 'a knob is drawn').to.not.equal('none');
      expect(on.knob, 'a knob is drawn').to.not.equal('none');
      expect(on.track, 'the track fills').to.not.equal(off.track);
      expect(on.at, 'the knob moves').to.not.equal(off.at);
      expect(off.border).to.not.equal('rgba(0, 0, 0, 0)');
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});

describe('accessibility of a placeholder (axe-core)', () => {
  let placeholder: HTMLElement;

  before(async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<main><template data-consent="youtube"><iframe title="Vidéo" width="560" height="315"></iframe></template></main>',
    );
    placeholder = await until(() => document.querySelector<HTMLElement>('cookie-charter-placeholder'), 'the placeholder');
  });

  afterEach(() => media({ colorScheme: 'light' }));

  for (const scheme of ['light', 'dark']) {
    it(`finds no violation in a placeholder (${scheme} scheme defaults)`, async function () {
      if (!(await media({ colorScheme: scheme as 'light' | 'dark' })) && scheme === 'dark') this.skip();
      const box = placeholder.shadowRoot!.querySelector('[part~="placeholder"]')!;
      expect(getComputedStyle(box).backgroundColor).to.equal(scheme === 'dark' ? 'rgb(30, 30, 30)' : 'rgb(246, 246, 246)');
      await expect(placeholder).to.be.accessible();
    });
  }

  it('shows a focus ring on its buttons, and keeps its box and button outlined in forced colours', async function () {
    const allow = placeholder.shadowRoot!.querySelector<HTMLElement>('[part~="placeholder-allow"]')!;
    allow.focus();
    // Reached with the keyboard, as :focus-visible wants.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Tab' });
    expect(placeholder.shadowRoot!.activeElement).to.equal(allow);
    expect(getComputedStyle(allow).outlineStyle).to.equal('solid');
    expect(parseFloat(getComputedStyle(allow).outlineWidth)).to.be.at.least(2);
    if (!(await executeServerCommand('forced-colors', { active: true }))) this.skip();
    try {
      for (const name of ['placeholder', 'placeholder-allow']) {
        const style = getComputedStyle(placeholder.shadowRoot!.querySelector(`[part~="${name}"]`)!);
        expect(style.borderTopStyle, name).to.equal('solid');
        expect(style.borderTopColor, name).to.not.equal('rgba(0, 0, 0, 0)');
      }
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});
