import { expect } from '@open-wc/testing';
import '../../src/module.js';
import type { CookieCharterApi } from '../../src/consent/api.js';
import { charter, part, until } from '../helpers.js';

// The DSFR theme of docs/theming.md, taken from that page itself, so that the snippet a portal copies is the one tested.
const api = () => window.cookieCharter as CookieCharterApi;

describe('the theme close to the French State design system, in docs/theming.md', () => {
  let host: HTMLElementTagNameMap['cookie-charter'];

  before(async () => {
    const page = await (await fetch('/docs/theming.md')).text();
    const start = page.indexOf('\n## A theme close to the French State design system');
    expect(start, 'the heading in docs/theming.md').to.be.greaterThan(-1);
    const section = page.slice(start);
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
    const dialog = part(host, 'dialog')!;
    expect(getComputedStyle(dialog).borderRadius).to.equal('0px');
    await expect(host).to.be.accessible();
    for (const summary of dialog.querySelectorAll('summary')) summary.click();
    await until(() => [...dialog.querySelectorAll('details')].every((details) => details.open), 'cards and charter unfolded');
    await expect(host).to.be.accessible();
  });

  it('gives a placeholder the same typeface, corners and button, with no axe violation', async () => {
    document.body.insertAdjacentHTML('beforeend', '<template data-consent="youtube"><iframe width="560" height="315"></iframe></template>');
    const placeholder = await until(() => document.querySelector('cookie-charter-placeholder'), 'the placeholder');
    const inside = (name: string) => getComputedStyle(placeholder.shadowRoot!.querySelector(`[part~="${name}"]`)!);
    expect(inside('placeholder').fontFamily).to.match(/^"?Marianne"?, arial, sans-serif$/);
    expect(inside('placeholder').borderRadius).to.equal('0px');
    expect(inside('placeholder-allow').fontWeight).to.equal('500');
    expect(inside('placeholder-allow').backgroundColor).to.equal('rgb(0, 0, 145)');
    await expect(placeholder).to.be.accessible();
  });
});
