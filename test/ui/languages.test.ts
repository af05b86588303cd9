import { expect } from '@open-wc/testing';
import { BANNER_IMPORTS, CHARTER_IMPORTS, PLACEHOLDER_IMPORTS } from '../../src/charter/languages.js';
import { fill } from '../../src/charter/overrides.js';
import { inPlural } from '../../src/charter/plural.js';
import type { CookieCharterApi } from '../../src/consent/api.js';
import { LANGS, type Lang } from '../../src/consent/lang.js';
import '../../src/module.js';
import { cleanUp, ENTRIES, openPortal, part, until, type Portal } from '../helpers.js';

/*
 * Every language of the Opendatasoft front office: what `<html lang>` gives a visitor (the banner, the
 * dialog, the charter and a placeholder in that language, durations through the browser's own `Intl`),
 * Arabic laid out right to left, a language changed while the page is open, and entries whose texts the
 * portal gives per language.
 */

afterEach(cleanUp);

const BODY = `<cookie-charter revision="langues">${ENTRIES}</cookie-charter>
  <main><template data-consent="youtube"><iframe title="Vidéo" width="560" height="315"></iframe></template></main>`;

const wordsOf = async (lang: Lang) => ({
  ...(await BANNER_IMPORTS[lang]()).banner,
  ...(await CHARTER_IMPORTS[lang]()).charter,
  ...(await PLACEHOLDER_IMPORTS[lang]()).placeholder,
});

/** A count of a unit as the browser writes it in `lang`; Basque, where Chromium's Intl lacks it, as the widget's table does. */
const inWords = (lang: Lang, count: number, unit: 'month' | 'year') => {
  const format = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' });
  if (format.resolvedOptions().locale.split('-')[0] === lang) return format.format(count);
  expect(lang, 'only Basque may lack units').to.equal('eu');
  return `${count} ${{ month: 'hilabete', year: 'urte' }[unit]}`;
};

const placeholderIn = (portal: Portal) =>
  until(() => {
    const previous = portal.doc.querySelector('template[data-consent="youtube"]')?.previousElementSibling;
    return previous?.localName === 'cookie-charter-placeholder' && previous.shadowRoot?.textContent?.trim()
      ? (previous as HTMLElement)
      : null;
  }, 'the placeholder');

const openDialog = async (portal: Portal) => {
  portal.api.open();
  return until(() => {
    const dialog = part<HTMLDialogElement>(portal.host, 'dialog');
    return dialog?.open ? dialog : null;
  }, 'the dialog');
};

describe('every language', () => {
  for (const lang of LANGS) {
    it(`<html lang="${lang}">: the banner, the dialog, the charter and a placeholder in that language`, async () => {
      const words = await wordsOf(lang);
      const portal = await openPortal(BODY, { lang });
      const banner = await until(() => part(portal.host, 'banner'), 'the banner');
      expect(banner.getAttribute('lang')).to.equal(lang);
      expect(banner.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(banner.querySelector('h2')!.textContent).to.equal(words.bannerTitle);
      expect(banner.querySelector('p')!.textContent).to.contain(fill(words.bannerText, { kept: inWords(lang, 6, 'month'), months: 6 }));
      expect(part(portal.host, 'accept-all')!.textContent!.trim()).to.equal(words.acceptAll);
      expect(part(portal.host, 'reject-all')!.textContent!.trim()).to.equal(words.rejectAll);
      expect(part(portal.host, 'customize')!.textContent!.trim()).to.equal(words.customize);

      const placeholder = await placeholderIn(portal);
      const group = placeholder.shadowRoot!.querySelector('[part~="placeholder"]')!;
      expect(group.getAttribute('lang')).to.equal(lang);
      expect(group.textContent).to.contain(fill(words.placeholderTitle, { name: 'YouTube' }));
      expect(group.textContent).to.contain(words.placeholderOpen);

      const dialog = await openDialog(portal);
      expect(dialog.getAttribute('lang')).to.equal(lang);
      expect(dialog.getAttribute('dir')).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      expect(dialog.querySelector('h2')!.textContent).to.equal(words.title);
      expect(part(portal.host, 'save')!.textContent!.trim()).to.equal(words.save);
      const charter = dialog.querySelector('details.charter')!;
      for (const key of [
        'readCharter',
        'whatTitle',
        'whatText',
        'kindNecessary',
        'kindThirdParty',
        'necessaryTitle',
        'sessionidPurpose',
      ] as const)
        expect(charter.textContent, key).to.contain(words[key]);
      // Matomo's "13 mois", written again in the visitor's language.
      expect(dialog.textContent).to.contain(inWords(lang, 13, 'month'));
      const headers = [...dialog.querySelectorAll('thead th')].map((th) => th.textContent);
      expect(headers).to.include(words.columnProvider);
    });
  }
});

describe('how long a choice is kept, in every language', () => {
  // The banner writes months from its own words (plural rules are cheap, a first number format is not):
  // they must read as this browser's Intl writes them, Basque aside where Chromium has no units.
  for (const lang of LANGS)
    it(`${lang}: 0 to 13 months, as Intl.NumberFormat writes them`, async () => {
      const { months } = await BANNER_IMPORTS[lang]();
      for (let count = 0; count <= 13; count++) expect(inPlural(lang, count, months), `${count}`).to.equal(inWords(lang, count, 'month'));
    });

  it('shows the months that `expires` gives, in the banner', async () => {
    for (const [lang, expires, kept] of [
      ['de', '395', '13 Monate'],
      ['en', '31', '1 month'],
      ['ar', '61', 'شهران'],
    ]) {
      const portal = await openPortal(`<cookie-charter expires="${expires}">${ENTRIES}</cookie-charter>`, { lang });
      const banner = await until(() => part(portal.host, 'banner'), 'the banner');
      expect(banner.querySelector('p')!.textContent, lang).to.contain(kept);
      cleanUp();
    }
  });
});

describe('accessibility in every language (axe-core)', () => {
  const api = () => window.cookieCharter as CookieCharterApi;
  let host: HTMLElement;
  before(() => {
    document.documentElement.lang = 'fr';
    document.body.insertAdjacentHTML('afterbegin', `<cookie-charter revision="a11y-langues">${ENTRIES}</cookie-charter>`);
    host = document.querySelector('cookie-charter')!;
  });
  after(() => {
    (host as HTMLElementTagNameMap['cookie-charter']).close?.();
    host.remove();
    document.documentElement.lang = 'fr';
  });

  for (const lang of LANGS) {
    it(`finds no violation in the banner and the dialog in ${lang}`, async () => {
      const words = await wordsOf(lang);
      // The page's language changes while it is open: the banner follows.
      document.documentElement.lang = lang;
      const banner = await until(
        () => (part(host, 'banner')?.querySelector('h2')?.textContent === words.bannerTitle ? part(host, 'banner') : null),
        'the banner in its language',
      );
      await Promise.all(banner.getAnimations().map((animation) => animation.finished));
      await expect(host).to.be.accessible();
      api().open();
      const dialog = await until(() => {
        const element = part<HTMLDialogElement>(host, 'dialog');
        return element?.open && element.querySelector('h2')?.textContent === words.title ? element : null;
      }, 'the dialog in its language');
      dialog.querySelectorAll('details').forEach((details) => (details.open = true));
      await expect(host).to.be.accessible();
      (host as HTMLElementTagNameMap['cookie-charter']).close?.();
    });
  }
});

describe('Arabic, right to left', () => {
  it('mirrors the banner buttons, the switch and the text', async () => {
    const portal = await openPortal(BODY, { lang: 'ar' });
    await until(() => part(portal.host, 'banner')?.querySelector('h2')?.textContent, 'the banner');
    const accept = part(portal.host, 'accept-all')!.getBoundingClientRect();
    const reject = part(portal.host, 'reject-all')!.getBoundingClientRect();
    // The first button stands on the right.
    expect(accept.left).to.be.greaterThan(reject.left);
    const banner = part(portal.host, 'banner')!;
    const title = banner.querySelector('h2')!;
    expect(getComputedStyle(title).direction).to.equal('rtl');
    // The text starts on the right: its title ends near the banner's right edge, not its left.
    const range = portal.doc.createRange();
    range.selectNodeContents(title);
    const text = range.getBoundingClientRect();
    const box = banner.getBoundingClientRect();
    expect(box.right - text.right).to.be.lessThan(text.left - box.left);

    const dialog = await openDialog(portal);
    const card = dialog.querySelector('.card-head:has([role="switch"])')!;
    const heading = card.querySelector('h3')!.getBoundingClientRect();
    const toggle = card.querySelector<HTMLInputElement>('[role="switch"]')!;
    // The switch is on the left of its category's name, and its knob starts on the right.
    expect(toggle.getBoundingClientRect().right).to.be.at.most(heading.left);
    expect(getComputedStyle(toggle).backgroundPositionX).to.equal('100%');
    toggle.click();
    expect(toggle.checked).to.equal(true);
    await Promise.all(toggle.getAnimations().map((animation) => animation.finished));
    expect(getComputedStyle(toggle).backgroundPositionX).to.equal('0%');
    // Cookie names stay in their order, isolated from the right-to-left text around them.
    const cookies = dialog.querySelector('td.cookies bdi');
    expect(cookies?.textContent).to.match(/^[\w.* ]+$/);
  });
});

describe('a language changed while the page is open', () => {
  it('re-renders an open dialog and the placeholders in the new language, and asks nothing again', async () => {
    const [fr, de] = await Promise.all([wordsOf('fr'), wordsOf('de')]);
    const portal = await openPortal(BODY, { lang: 'fr' });
    const placeholder = await placeholderIn(portal);
    const dialog = await openDialog(portal);
    expect(dialog.querySelector('h2')!.textContent).to.equal(fr.title);

    portal.doc.documentElement.lang = 'de-CH';
    await until(() => dialog.querySelector('h2')?.textContent === de.title, 'the dialog in German');
    expect(dialog.getAttribute('lang')).to.equal('de');
    expect(part(portal.host, 'save')!.textContent!.trim()).to.equal(de.save);
    await until(
      () => placeholder.shadowRoot!.textContent!.includes(fill(de.placeholderTitle, { name: 'YouTube' })),
      'the placeholder in German',
    );

    part(portal.host, 'reject-all')!.click();
    expect(portal.api.decided).to.equal(true);
    portal.doc.documentElement.lang = 'es';
    portal.host!.setAttribute('lang', 'it');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Another language is not another charter: the choice holds.
    expect(portal.api.decided).to.equal(true);
    expect(part(portal.host, 'banner')).to.equal(null);
  });
});

describe('entries whose texts the portal gives per language', () => {
  const body = `<cookie-charter revision="multi">
      <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" service="Mesure d’audience"
        service-de="Reichweitenmessung" purpose="Mesurer la fréquentation" purpose-de="Besuche zählen"
        purpose-ar="قياس عدد الزيارات" cookies="_pk_id.*" duration="P13M"></cookie-charter-entry>
      <cookie-charter-entry id="youtube" category="third-party" provider="YouTube" provider-de="YouTube (Google)"
        service="Vidéos" purpose="Lire les vidéos" purpose-de="Videos abspielen" cookies="YSC" duration="session"></cookie-charter-entry>
    </cookie-charter>
    <main><template data-consent="youtube"><iframe title="Vidéo" width="560" height="315"></iframe></template></main>`;

  it('shows the visitor’s language, else the default, and durations in words of that language', async () => {
    const portal = await openPortal(body, { lang: 'de' });
    const placeholder = await placeholderIn(portal);
    expect(placeholder.shadowRoot!.textContent).to.contain('YouTube (Google)').and.contain('Videos abspielen');
    const dialog = await openDialog(portal);
    const rows = [...dialog.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' '));
    const matomo = rows.find((row) => row.includes('Matomo'))!;
    expect(matomo)
      .to.contain('Reichweitenmessung')
      .and.contain('Besuche zählen')
      .and.contain(inWords('de', 13, 'month'));
    // A duration that is not number-and-unit pairs is shown as written.
    expect(rows.find((row) => row.includes('YSC'))).to.contain('session');

    portal.doc.documentElement.lang = 'fr';
    await until(() => dialog.textContent!.includes('Mesurer la fréquentation'), 'the default texts');
    expect(dialog.textContent)
      .to.contain(inWords('fr', 13, 'month'))
      .and.not.contain('Besuche zählen');
  });

  it('keys a choice by the default texts: changing language never asks again', async () => {
    const anonymous = body.replace('id="matomo" ', '');
    const portal = await openPortal(anonymous, { lang: 'de' });
    await until(() => part(portal.host, 'accept-all'), 'the banner');
    part(portal.host, 'accept-all')!.click();
    const stored = portal.api.preferences();
    for (const lang of ['ar', 'fr', 'de']) {
      portal.doc.documentElement.lang = lang;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(portal.api.decided, lang).to.equal(true);
    }
    expect(portal.api.preferences()).to.deep.equal(stored);
  });
});

describe('replacements in any language', () => {
  it('take a German text from the page, and leave the other languages alone', async () => {
    const replaced = BODY.replace(
      '</cookie-charter>',
      '<script type="application/json" data-cookie-charter-texts lang="de">{ "acceptAll": "Alle annehmen", "placeholderOpen": "Cookies verwalten" }</script></cookie-charter>',
    );
    const german = await openPortal(replaced, { lang: 'de-CH' });
    await until(() => part(german.host, 'accept-all')?.textContent?.trim() === 'Alle annehmen', 'the replaced text');
    const placeholder = await placeholderIn(german);
    await until(() => placeholder.shadowRoot!.textContent!.includes('Cookies verwalten'), 'the placeholder’s replaced text');
    const french = await openPortal(replaced, { lang: 'fr' });
    await until(() => part(french.host, 'accept-all'), 'the banner');
    expect(part(french.host, 'accept-all')!.textContent!.trim()).to.equal((await wordsOf('fr')).acceptAll);
  });
});
