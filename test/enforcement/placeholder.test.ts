import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { charter, cleanUp, expectFocusOn, focused, openPortal, pageGlobal, part, pause, until, type Portal } from '../helpers.js';

afterEach(cleanUp);

/** Console warnings of the portal page, and the placeholders it was given (the name of the template after each). */
const HEAD = `<script>
  window.warnings = [];
  const warn = console.warn;
  console.warn = function (message) { window.warnings.push(String(message)); warn.apply(console, arguments); };
  window.placed = [];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node.localName === 'cookie-charter-placeholder') window.placed.push(node.nextElementSibling.getAttribute('data-consent'));
  }).observe(document, { childList: true, subtree: true });
</script>`;

/** An embed of the charter's YouTube entry, 560 × 315, and one of Dailymotion, as a portal writes them. */
const YOUTUBE = `<template data-consent="youtube"><iframe class="youtube" title="Présentation" width="560" height="315"></iframe></template>`;
const DAILYMOTION = `<template data-consent="dailymotion"><iframe class="dailymotion" title="Actualités" width="480" height="270"></iframe></template>`;

/** The placeholder standing for the template that waits for `name`, once there. */
const placeholderOf = (portal: Portal, name: string) =>
  until(() => {
    const previous = portal.doc.querySelector(`template[data-consent="${name}"]`)?.previousElementSibling;
    return previous?.localName === 'cookie-charter-placeholder' ? (previous as HTMLElement) : null;
  }, `the placeholder of ${name}`);

/** An element of a placeholder's shadow root, by its part. */
const inside = (placeholder: Element, name: string) => placeholder.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

/** What a visitor reads on a placeholder. */
const read = (placeholder: Element) =>
  ['placeholder-title', 'placeholder-text', 'placeholder-allow', 'placeholder-open'].map((name) => {
    const element = inside(placeholder, name);
    return element.checkVisibility() ? element.textContent : null;
  });

const warnings = (portal: Portal) => pageGlobal<string[]>(portal, 'warnings');

/** The page's downloads of one file of `dist/`. */
const downloads = (portal: Portal, file: string) =>
  portal.win.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname === `/dist/${file}`).length;

describe('placeholders of blocked embeds', () => {
  it("show the entry's provider and purpose, a button that allows it and a link to the charter, in the template's place", async () => {
    const portal = await openPortal(
      charter() +
        `<main><p id="before">Avant</p>${YOUTUBE}
          <template data-consent="dailymotion" data-consent-placeholder="none"><iframe></iframe></template>
          <template data-consent="third-party"><iframe class="any"></iframe></template>
          <template data-consent="vimeo"><iframe class="vimeo"></iframe></template>
          <template data-consent="necessary"><p class="always">Toujours</p></template></main>`,
      { head: HEAD },
    );
    const youtube = await placeholderOf(portal, 'youtube');
    expect(youtube.previousElementSibling!.id).to.equal('before');
    expect(read(youtube)).to.deep.equal(['YouTube est désactivé', 'Lire les vidéos', 'Autoriser YouTube', 'Gérer les cookies']);
    const box = youtube.getBoundingClientRect();
    expect(box.width).to.equal(560);
    expect(box.height).to.equal(315);

    // A group named by its title, with real buttons.
    const group = inside(youtube, 'placeholder');
    expect(group.getAttribute('role')).to.equal('group');
    expect(youtube.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('YouTube est désactivé');
    expect(inside(youtube, 'placeholder-allow').localName).to.equal('button');
    expect(inside(youtube, 'placeholder-open').localName).to.equal('button');

    // A category: its name and what it is for.
    expect(read(await placeholderOf(portal, 'third-party'))).to.deep.equal([
      'Les cookies tiers sont désactivés',
      'Ils sont déposés par d’autres sites, par exemple pour des contenus intégrés.',
      'Autoriser les cookies tiers',
      'Gérer les cookies',
    ]);

    // None where the template asks for none, or where nothing could allow it; `necessary` is inserted.
    await until(() => warnings(portal).some((message) => message.includes('data-consent="vimeo"')), 'the warning about vimeo');
    expect(portal.doc.querySelectorAll('cookie-charter-placeholder').length).to.equal(2);
    expect(pageGlobal<string[]>(portal, 'placed').sort()).to.deep.equal(['third-party', 'youtube']);
    expect(portal.doc.querySelector('p.always')).to.not.equal(null);
    expect(portal.doc.querySelector('iframe')).to.equal(null);
  });

  it("speak the charter's language", async () => {
    const portal = await openPortal(charter('lang="en"') + YOUTUBE + '<template data-consent="statistics"><div></div></template>', {
      lang: 'en',
    });
    expect(read(await placeholderOf(portal, 'youtube'))).to.deep.equal([
      'YouTube is turned off',
      'Lire les vidéos',
      'Allow YouTube',
      'Manage cookies',
    ]);
    const statistics = await placeholderOf(portal, 'statistics');
    expect(read(statistics)).to.deep.equal([
      'Content that uses statistics cookies is turned off',
      'They measure how the platform is used.',
      'Allow statistics cookies',
      'Manage cookies',
    ]);
    expect(inside(statistics, 'placeholder').lang).to.equal('en');

    // The charter's language may change while the placeholder shows.
    portal.host!.setAttribute('lang', 'fr');
    await until(() => read(statistics)[0] === 'Les cookies statistiques sont désactivés', 'the French texts');
  });

  it("take the portal's replacements; a misspelt name gets a warning, a placeholder's name none", async () => {
    const texts = JSON.stringify({
      placeholderAllow: 'Lancer la vidéo {name}',
      placeholderOpen: 'Voir la charte cookies',
      placeholderTitel: 'misspelt',
      placehodlerOpen: 'misspelt',
      acceptAll: "J'accepte",
    });
    const portal = await openPortal(
      `<cookie-charter>${charter().slice('<cookie-charter >'.length, -'</cookie-charter>'.length)}
        <script type="application/json" data-cookie-charter-texts>${texts}</script></cookie-charter>${YOUTUBE}`,
      { head: HEAD },
    );
    const youtube = await placeholderOf(portal, 'youtube');
    expect(read(youtube)).to.deep.equal(['YouTube est désactivé', 'Lire les vidéos', 'Lancer la vidéo YouTube', 'Voir la charte cookies']);
    // The banner checks the names once the charter's texts have come.
    portal.api.open();
    await until(() => part<HTMLDialogElement>(portal.host, 'dialog')?.open, 'the dialog');
    await until(() => warnings(portal).filter((message) => message.includes('no text named')).length === 2, 'two warnings');
    await pause(100);
    expect(warnings(portal).filter((message) => message.includes('no text named'))).to.deep.equal([
      'cookie-charter: there is no text named "placeholderTitel"; it is ignored.',
      'cookie-charter: there is no text named "placehodlerOpen"; it is ignored.',
    ]);
  });

  it('show hostile text from the charter as text', async () => {
    const hostile = '<img src=x onerror="top.pwned = 1">{name}';
    const portal = await openPortal(
      `<cookie-charter><cookie-charter-entry id="video" category="third-party" cookies="v" provider="" purpose=""></cookie-charter-entry></cookie-charter>
        <template data-consent="video"><iframe></iframe></template>`,
    );
    const entry = portal.doc.querySelector('cookie-charter-entry')!;
    entry.setAttribute('provider', hostile);
    entry.setAttribute('purpose', `<b>${hostile}</b>`);
    const placeholder = await placeholderOf(portal, 'video');
    await until(() => read(placeholder)[0] === `${hostile} est désactivé`, 'the new provider');
    expect(read(placeholder)).to.deep.equal([`${hostile} est désactivé`, `<b>${hostile}</b>`, `Autoriser ${hostile}`, 'Gérer les cookies']);
    expect(placeholder.shadowRoot!.querySelectorAll('img, b').length).to.equal(0);
    await pause(100);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('a page that has an element of that name already', () => {
  it('gets its content when allowed, a console error, and nothing thrown', async () => {
    const portal = await openPortal(charter() + YOUTUBE, {
      head: `<script>
        window.errors = [];
        addEventListener('error', (event) => window.errors.push(String(event.message)));
        addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
        const error = console.error;
        console.error = function (message) { window.errors.push('console: ' + message); error.apply(console, arguments); };
        customElements.define('cookie-charter-placeholder', class extends HTMLElement {});
      </script>`,
    });
    await until(() => portal.doc.querySelector('cookie-charter-placeholder'), "the page's element");
    expect(portal.api.choose({ youtube: true })).to.equal(true);
    await until(() => portal.doc.querySelector('iframe.youtube'), 'the YouTube embed');
    await until(() => pageGlobal<string[]>(portal, 'errors').length, 'the console error');
    expect(pageGlobal<string[]>(portal, 'errors')).to.deep.equal(['console: cookie-charter: a placeholder threw:']);
  });
});

describe("a placeholder's button", () => {
  it('allows that entry alone: the banner still asks, and after a reload the content comes at once', async () => {
    const body = charter() + `<main><p id="before">Avant</p>${YOUTUBE}${DAILYMOTION}</main>`;
    const first = await openPortal(body, { head: HEAD });
    const youtube = await placeholderOf(first, 'youtube');
    await placeholderOf(first, 'dailymotion');
    inside(youtube, 'placeholder-allow').click();
    const iframe = await until(() => first.doc.querySelector('iframe.youtube'), 'the YouTube embed');
    expect(iframe.previousElementSibling!.id).to.equal('before');
    expect(youtube.isConnected).to.equal(false);
    expect(first.api.allows('youtube')).to.equal(true);
    expect(first.api.allows('dailymotion')).to.equal(false);
    expect(first.api.allows('third-party')).to.equal(false);
    expect(first.api.decided).to.equal(false);
    expect(part(first.host, 'banner')!.checkVisibility()).to.equal(true);
    expect(first.doc.querySelector('iframe.dailymotion')).to.equal(null);

    const again = await openPortal(body, { head: HEAD });
    await until(() => again.doc.querySelector('iframe.youtube'), 'the YouTube embed');
    await placeholderOf(again, 'dailymotion');
    expect(pageGlobal(again, 'placed')).to.deep.equal(['dailymotion']);
    expect(await until(() => part(again.host, 'banner'), 'the banner')).to.not.equal(null);
  });

  it('works from the keyboard alone, and gives the focus to the embed', async () => {
    const portal = await openPortal(charter() + `<a href="#" id="before">Avant</a>${YOUTUBE}`);
    await placeholderOf(portal, 'youtube');
    portal.doc.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const iframe = await until(() => portal.doc.querySelector('iframe.youtube'), 'the YouTube embed');
    await expectFocusOn(portal.doc, iframe);
    expect(portal.api.allows('youtube')).to.equal(true);
  });

  it('works with Space, and gives the focus to content with nothing focusable, outside the tab order', async () => {
    const portal = await openPortal(
      charter() +
        `<a href="#" id="before">Avant</a><template data-consent="dailymotion"><figure class="map"><img alt="Carte" width="40" height="40"></figure></template>`,
    );
    await placeholderOf(portal, 'dailymotion');
    portal.doc.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    const figure = await until(() => portal.doc.querySelector<HTMLElement>('figure.map'), 'the content');
    await expectFocusOn(portal.doc, figure);
    expect(figure.tabIndex).to.equal(-1);
  });

  it('is a button for the charter too: allowed from the charter, the embed gets the focus when it closes', async () => {
    const portal = await openPortal(charter() + `<a href="#" id="before">Avant</a>${YOUTUBE}`);
    const youtube = await placeholderOf(portal, 'youtube');
    portal.doc.getElementById('before')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(portal.doc)).to.equal(inside(youtube, 'placeholder-open'));
    await sendKeys({ press: 'Enter' });
    const dialog = await until(() => {
      const element = part<HTMLDialogElement>(portal.host, 'dialog');
      return element?.open ? element : null;
    }, 'the charter');
    dialog.querySelector<HTMLInputElement>('[part~="toggle"][name="youtube"]')!.click();
    dialog.querySelector<HTMLButtonElement>('[part~="save"]')!.click();
    const iframe = await until(() => portal.doc.querySelector('iframe.youtube'), 'the YouTube embed');
    await expectFocusOn(portal.doc, iframe);
    expect(portal.api.allows('dailymotion')).to.equal(false);
  });

  it('gives the focus to the embed when the charter it opened closes, if the embed came meanwhile', async () => {
    const portal = await openPortal(charter() + YOUTUBE);
    const youtube = await placeholderOf(portal, 'youtube');
    inside(youtube, 'placeholder-open').focus();
    await sendKeys({ press: 'Enter' });
    await until(() => part<HTMLDialogElement>(portal.host, 'dialog')?.open, 'the charter');
    // Allowed elsewhere (another tab, the page's own button) while the charter is open.
    portal.api.choose({ youtube: true });
    const iframe = await until(() => portal.doc.querySelector('iframe.youtube'), 'the YouTube embed');
    await sendKeys({ press: 'Escape' });
    await until(() => !part<HTMLDialogElement>(portal.host, 'dialog')?.open, 'the charter closed');
    await expectFocusOn(portal.doc, iframe);
  });
});

describe("a placeholder's size", () => {
  const attributes = '<iframe class="embed" width="560" height="315"></iframe>';
  const shrinks = 'max-width: 100%; height: auto; aspect-ratio: 16 / 9;';
  const cases: [label: string, embed: string, widths: number[], css?: string][] = [
    ['width and height attributes', attributes, [1024, 600]],
    ['width and height attributes, and a stylesheet that lets it shrink', attributes, [360], shrinks],
    ['an aspect ratio in its style', '<iframe class="embed" style="width: 100%; aspect-ratio: 16 / 9"></iframe>', [1024, 360]],
    [
      'a block with an aspect ratio',
      '<div class="embed" style="aspect-ratio: 4 / 3; max-width: 400px"><iframe></iframe></div>',
      [1024, 360],
    ],
  ];
  for (const [label, embed, widths, css = ''] of cases) {
    for (const width of widths) {
      it(`is the embed's, from ${label}, ${width} px wide: nothing moves when the content comes`, async () => {
        const portal = await openPortal(
          charter() + `<main><p>Avant</p><template data-consent="youtube">${embed}</template><p id="after">Après</p></main>`,
          {
            head: `<style>iframe { border: 0; ${css} }</style>`,
          },
        );
        portal.frame.style.width = `${width}px`;
        const placeholder = await placeholderOf(portal, 'youtube');
        const after = portal.doc.getElementById('after')!;
        const before = [placeholder.getBoundingClientRect(), after.getBoundingClientRect()];
        expect(before[0].height).to.be.above(100);
        portal.api.choose({ youtube: true });
        const content = await until(() => portal.doc.querySelector('.embed'), 'the embed');
        const now = [content.getBoundingClientRect(), after.getBoundingClientRect()];
        for (const side of ['x', 'y', 'width', 'height'] as const) {
          expect(Math.abs(now[0][side] - before[0][side]), side).to.be.at.most(2);
        }
        expect(Math.abs(now[1].y - before[1].y), 'what follows').to.be.at.most(2);
      });
    }
  }

  it('grows to hold its words when they need more room, as at 400 % zoom', async () => {
    const portal = await openPortal(charter() + `<main>${YOUTUBE}</main>`);
    portal.frame.style.width = '320px';
    const placeholder = await placeholderOf(portal, 'youtube');
    const box = placeholder.getBoundingClientRect();
    expect(box.right).to.be.at.most(320);
    for (const name of ['placeholder-title', 'placeholder-text', 'placeholder-allow', 'placeholder-open']) {
      const inner = inside(placeholder, name).getBoundingClientRect();
      expect(inner.left, name).to.be.at.least(box.left);
      expect(inner.right, name).to.be.at.most(box.right);
      expect(inner.bottom, name).to.be.at.most(box.bottom);
    }
    expect(box.height).to.be.above((box.width * 315) / 560);
  });
});

describe('placeholders and the rest of the widget', () => {
  it('their link opens the charter dialog', async () => {
    const portal = await openPortal(charter() + YOUTUBE);
    const youtube = await placeholderOf(portal, 'youtube');
    inside(youtube, 'placeholder-open').click();
    await until(() => part<HTMLDialogElement>(portal.host, 'dialog')?.open, 'the charter dialog');
  });

  it('show for a visitor who refused, who downloads neither the banner nor the dialog for them', async () => {
    const body = charter() + YOUTUBE;
    const first = await openPortal(charter(), { script: 'dist' });
    (await until(() => part(first.host, 'reject-all'), 'the banner')).click();

    const returning = await openPortal(body, { script: 'dist' });
    const youtube = await placeholderOf(returning, 'youtube');
    expect(read(youtube)).to.deep.equal(['YouTube est désactivé', 'Lire les vidéos', 'Autoriser YouTube', 'Gérer les cookies']);
    await pause(200);
    expect(downloads(returning, 'cookie-charter-placeholder.js')).to.equal(1);
    expect(downloads(returning, 'cookie-charter-ui.js')).to.equal(0);
    expect(downloads(returning, 'cookie-charter-dialog.js')).to.equal(0);
    expect(downloads(returning, 'cookie-charter-fr.js')).to.equal(0);
    expect(returning.win.customElements.get('cookie-charter')).to.equal(undefined);

    // Allowed, the embed needs no placeholder: its file is not downloaded.
    returning.api.choose({ youtube: true });
    const allowed = await openPortal(body, { script: 'dist' });
    await until(() => allowed.doc.querySelector('iframe.youtube'), 'the YouTube embed');
    await pause(200);
    expect(downloads(allowed, 'cookie-charter-placeholder.js')).to.equal(0);
  });
});

describe('withdrawing consent', () => {
  const body =
    charter() +
    `<main><p id="before">Avant</p>${YOUTUBE}<template data-consent="dailymotion"><iframe class="dailymotion"></iframe>` +
    `<script>window.dmRuns = (window.dmRuns || 0) + 1;</script></template></main>`;

  it('takes an embed out and brings its placeholder back at once, for content without scripts', async () => {
    const portal = await openPortal(body);
    portal.api.acceptAll();
    await until(() => portal.doc.querySelector('iframe.youtube') && pageGlobal(portal, 'dmRuns') === 1, 'both embeds');

    portal.api.choose({ youtube: false, dailymotion: false });
    const youtube = await placeholderOf(portal, 'youtube');
    expect(portal.doc.querySelector('iframe.youtube')).to.equal(null);
    expect(youtube.previousElementSibling!.id).to.equal('before');
    expect(read(youtube)[2]).to.equal('Autoriser YouTube');
    // A script that ran cannot be taken back: that content stays until the page reloads.
    expect(portal.doc.querySelector('iframe.dailymotion')).to.not.equal(null);

    // Allowed again, the embed comes back, from its template.
    inside(youtube, 'placeholder-allow').click();
    await until(() => portal.doc.querySelector('iframe.youtube'), 'the YouTube embed again');
    expect(portal.doc.querySelectorAll('iframe.youtube').length).to.equal(1);
    expect(portal.doc.querySelector('cookie-charter-placeholder')).to.equal(null);

    const reloaded = await openPortal(body);
    await placeholderOf(reloaded, 'dailymotion');
    expect(reloaded.doc.querySelector('iframe.dailymotion')).to.equal(null);
    expect(pageGlobal(reloaded, 'dmRuns')).to.equal(undefined);
  });

  it('leaves content that the page has moved since', async () => {
    const portal = await openPortal(body + '<aside></aside>');
    portal.api.choose({ youtube: true });
    const iframe = await until(() => portal.doc.querySelector('iframe.youtube'), 'the YouTube embed');
    portal.doc.querySelector('aside')!.append(iframe);
    portal.api.rejectAll();
    await pause(200);
    expect(iframe.isConnected).to.equal(true);
    expect(portal.doc.querySelector('template[data-consent="youtube"]')).to.equal(null);
  });
});
