import { expect } from '@open-wc/testing';
import '../../src/module.js';
import type { CookieCharterApi } from '../../src/consent/api.js';
import { charter, part, until } from '../helpers.js';

// The README's DSFR theme, taken from the README itself, so that the snippet a portal copies is the one tested.
const api = () => window.cookieCharter as CookieCharterApi;

describe("the README's theme close to the French State design system", () => {
  let host: HTMLElementTagNameMap['cookie-charter'];

  before(async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('### A theme close to the French State design system'));
    const css = /```css\n([\s\S]*?)```/.exec(section)![1];
    document.head.insertAdjacentHTML('beforeend', `<style>${css}</style>`);
    document.documentElement.lang = 'fr';
    document.body.insertAdjacentHTML('afterbegin', charter('revision="dsfr"'));
    host = document.querySelector('cookie-charter')!;
  });

  after(() => {
    host.close();
    api().reset();
  });

  it('gives Marianne, square corners, a raised banner and three buttons alike in blue France', async () => {
    const banner = await until(() => part(host, 'banner'), 'banner');
    await Promise.all(banner.getAnimations().map((animation) => animation.finished));
    const style = getComputedStyle(banner);
    expect(style.fontFamily).to.match(/^"?Marianne"?, arial, sans-serif$/);
    expect(style.borderRadius).to.equal('0px');
    expect(style.boxShadow).to.not.equal('none');
    const looks = ['accept-all', 'reject-all', 'customize'].map((name) => {
      const button = getComputedStyle(part(host, name)!);
      return `${button.backgroundColor} ${button.color} ${button.fontWeight} ${button.borderRadius} ${button.textDecorationLine}`;
    });
    expect(new Set(looks).size, looks.join(' | ')).to.equal(1);
    expect(looks[0]).to.equal('rgb(0, 0, 145) rgb(255, 255, 255) 500 0px none');
  });

  it('finds no axe violation in the banner, nor in the charter dialog', async () => {
    await until(() => part(host, 'banner'), 'banner');
    await expect(host).to.be.accessible();
    api().open();
    await until(() => part<HTMLDialogElement>(host, 'dialog')?.open, 'dialog open');
    expect(getComputedStyle(part(host, 'dialog')!).borderRadius).to.equal('0px');
    await expect(host).to.be.accessible();
  });
});
