import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { charter, cleanUp, expectFocusOn, focused, openPortal, part, storedCookie, until, type Portal } from '../helpers.js';

afterEach(async () => {
  cleanUp();
  await setViewport({ width: 1100, height: 800 });
});

const FOOTER = '<footer><a href="#" id="manage" data-cookie-charter-open>Gérer les cookies</a></footer>';

function dialogOf(host: Element | null): HTMLDialogElement {
  return part<HTMLDialogElement>(host, 'dialog')!;
}

async function opened(portal: Portal): Promise<HTMLDialogElement> {
  return until(() => {
    const dialog = part<HTMLDialogElement>(portal.host, 'dialog');
    return dialog?.open ? dialog : null;
  }, 'dialog open');
}

function toggle(host: Element | null, name: string): HTMLInputElement {
  return dialogOf(host).querySelector<HTMLInputElement>(`input[part~="toggle"][name="${name}"]`)!;
}

/** The card of a category, found by its name's heading. */
function cardOf(host: Element | null, category: string): HTMLElement {
  return dialogOf(host).querySelector<HTMLElement>(`#${category}-name`)!.closest<HTMLElement>('li')!;
}

/** The parts of the buttons in `container`, in the order a visitor meets them. */
const buttonParts = (container: Element) => [...container.querySelectorAll('button[part]')].map((button) => button.getAttribute('part'));

describe('the charter dialog', () => {
  it('opens from the footer link as a labelled modal, and Escape closes it, giving focus back', async () => {
    const portal = await openPortal(charter() + FOOTER);
    const link = portal.doc.getElementById('manage')!;
    link.focus();
    link.click();
    const dialog = await opened(portal);
    expect(dialog.matches(':modal')).to.equal(true);
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).to.equal('Charte cookies');
    expect(portal.doc.location.hash).to.equal('', 'the link did not navigate');
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.isConnected || !dialog.open, 'dialog closed');
    await expectFocusOn(portal.doc, link);
    expect(portal.api.decided).to.equal(false);
    expect(storedCookie()).to.equal(null);
  });

  it('closes with its close button without changing a stored choice, focus back on "Personnaliser"', async () => {
    const portal = await openPortal(charter());
    const customize = await until(() => part(portal.host, 'customize'), 'banner');
    customize.focus();
    customize.click();
    const dialog = await opened(portal);
    toggle(portal.host, 'statistics').click();
    dialog.querySelector<HTMLButtonElement>('button.close')!.click();
    await until(() => !dialog.isConnected || !dialog.open, 'dialog closed');
    expect(portal.api.decided).to.equal(false);
    await expectFocusOn(portal.doc, customize);
  });

  it('opens from cookieCharter.open() with every switch off before a choice', async () => {
    const portal = await openPortal(charter());
    portal.api.open();
    await opened(portal);
    const toggles = [...dialogOf(portal.host).querySelectorAll<HTMLInputElement>('[part~="toggle"]')];
    expect(toggles.map((input) => input.name)).to.deep.equal(['statistics', 'third-party', 'youtube', 'dailymotion']);
    expect(toggles.every((input) => input.type === 'checkbox' && !input.checked)).to.equal(true);
    // A category with one entry has one switch; with several, each entry has its own too.
    expect(toggle(portal.host, 'matomo')).to.equal(null);
  });

  it('records the switches with "Enregistrer mes choix", and shows them when opened again', async () => {
    const portal = await openPortal(charter());
    portal.api.open();
    await opened(portal);
    toggle(portal.host, 'statistics').click();
    toggle(portal.host, 'youtube').click();
    await (portal.host as HTMLElementTagNameMap['cookie-charter']).updateComplete;
    expect(toggle(portal.host, 'third-party').indeterminate).to.equal(true);
    dialogOf(portal.host).querySelector<HTMLButtonElement>('[part~="save"]')!.click();
    await until(() => !dialogOf(portal.host)?.open, 'dialog closed');
    const { api } = portal;
    expect([
      api.allows('statistics'),
      api.allows('matomo'),
      api.allows('youtube'),
      api.allows('dailymotion'),
      api.allows('third-party'),
    ]).to.deep.equal([true, true, true, false, false]);
    expect(JSON.parse(storedCookie()!)).to.deep.include({ s: 1, t: 0, e: { youtube: 1 } });
    await until(() => !part(portal.host, 'banner'), 'banner hidden');

    api.open();
    await opened(portal);
    expect(toggle(portal.host, 'statistics').checked).to.equal(true);
    expect(toggle(portal.host, 'youtube').checked).to.equal(true);
    expect(toggle(portal.host, 'dailymotion').checked).to.equal(false);
    toggle(portal.host, 'third-party').click();
    await (portal.host as HTMLElementTagNameMap['cookie-charter']).updateComplete;
    expect(toggle(portal.host, 'dailymotion').checked).to.equal(true, 'the category switch turns on its entries');
    dialogOf(portal.host).querySelector<HTMLButtonElement>('[part~="save"]')!.click();
    expect(api.allows('third-party')).to.equal(true);
    expect(JSON.parse(storedCookie()!)).to.not.have.property('e');
  });

  it('can be used with the keyboard alone: Tab to a switch, Space, Enter and Space on the disclosures, Enter on save', async () => {
    const portal = await openPortal(charter());
    const customize = await until(() => part(portal.host, 'customize'), 'banner');
    customize.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await opened(portal);
    /** Presses Tab until `target` has focus, as a visitor would, a bounded number of times. */
    const tabTo = async (target: Element) => {
      for (let i = 0; i < 15 && focused(portal.doc) !== target; i += 1) await sendKeys({ press: 'Tab' });
      await expectFocusOn(portal.doc, target);
      const ring = portal.win.getComputedStyle(target);
      expect(`${ring.outlineStyle} ${parseFloat(ring.outlineWidth) >= 2}`, 'a visible focus ring').to.equal('solid true');
    };
    await tabTo(toggle(portal.host, 'statistics'));
    await sendKeys({ press: ' ' });
    expect(toggle(portal.host, 'statistics').checked).to.equal(true);
    const thirdParty = cardOf(portal.host, 'third-party');
    await tabTo(thirdParty.querySelector('summary')!);
    await sendKeys({ press: 'Enter' });
    await until(() => thirdParty.querySelector('details')!.open, 'third-party card unfolded');
    // The entry switches are in the unfolded card, in the keyboard order.
    await tabTo(toggle(portal.host, 'youtube'));
    await sendKeys({ press: ' ' });
    expect(toggle(portal.host, 'youtube').checked).to.equal(true);
    const fullCharter = dialog.querySelector<HTMLDetailsElement>('details.charter')!;
    await tabTo(fullCharter.querySelector('summary')!);
    await sendKeys({ press: ' ' });
    await until(() => fullCharter.open, 'charter unfolded');
    // Tab walks to the buttons at the bottom, whatever the length of the charter.
    const save = dialog.querySelector<HTMLButtonElement>('[part~="save"]')!;
    await tabTo(save);
    await sendKeys({ press: 'Enter' });
    expect([
      portal.api.allows('statistics'),
      portal.api.allows('youtube'),
      portal.api.allows('dailymotion'),
      portal.api.allows('third-party'),
    ]).to.deep.equal([true, true, false, false]);
  });

  it('offers "Tout accepter" and "Tout refuser" too', async () => {
    const portal = await openPortal(charter());
    portal.api.open();
    await opened(portal);
    dialogOf(portal.host).querySelector<HTMLButtonElement>('footer [part~="accept-all"]')!.click();
    expect(portal.api.allows('third-party')).to.equal(true);
    portal.api.open();
    await opened(portal);
    dialogOf(portal.host).querySelector<HTMLButtonElement>('footer [part~="reject-all"]')!.click();
    expect(portal.api.allows('third-party')).to.equal(false);
    expect(portal.api.decided).to.equal(true);
  });

  it('replaces a built-in row in place when an entry names its cookie', async () => {
    const body = `<cookie-charter>
      <cookie-charter-entry id="csrf" category="necessary" provider="Portail" service="Sécurité" cookies="csrftoken"
        purpose="Protéger les formulaires" duration="1 an"></cookie-charter-entry></cookie-charter>`;
    const portal = await openPortal(body);
    portal.api.open();
    const dialog = await opened(portal);
    const rows = [...dialog.querySelectorAll('section tbody tr')].map(
      (row) => (row as HTMLElement).innerText.split('\t')[2]?.trim() ?? row.children[2].textContent,
    );
    expect(rows).to.deep.equal(['sessionid', 'django_language', 'csrftoken', 'cookies_preferences']);
    expect(dialog.querySelector('tbody')!.textContent)
      .to.contain('Protéger les formulaires')
      .and.contain(new Intl.NumberFormat('fr', { style: 'unit', unit: 'year', unitDisplay: 'long' }).format(1));
    expect(portal.api.allows('csrf')).to.equal(true);
  });

  it('speaks English with lang="en"', async () => {
    const portal = await openPortal(charter('lang="en"'));
    portal.api.open();
    const dialog = await opened(portal);
    dialog.querySelector<HTMLElement>('details.charter summary')!.click();
    await until(() => dialog.querySelector<HTMLDetailsElement>('details.charter')!.open, 'charter unfolded');
    const text = dialog.innerText;
    for (const english of [
      'Cookie charter',
      'Choose which cookies you allow.',
      'Necessary cookies',
      'Always on',
      'Read the full cookie charter',
      'What is a cookie?',
      'Statistics cookies',
      'Save my choices',
      'Reject all',
      'Accept all',
      'Provider',
    ]) {
      expect(text).to.contain(english);
    }
    for (const french of [
      'Charte cookies',
      'cookie ?',
      'Enregistrer',
      'Nom du prestataire',
      'Finalités',
      'Authentification',
      'Désactivé',
    ]) {
      expect(text).to.not.contain(french);
    }
  });

  it('follows a change of lang while open, once the English charter has arrived', async () => {
    const portal = await openPortal(charter('lang="fr"'));
    portal.api.open();
    const dialog = await opened(portal);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Charte cookies');
    portal.host!.setAttribute('lang', 'en');
    await until(() => dialogOf(portal.host).querySelector('h2')!.textContent === 'Cookie charter', 'English charter');
    expect(dialogOf(portal.host).open).to.equal(true);
    expect(dialogOf(portal.host).getAttribute('lang')).to.equal('en');
    expect(dialogOf(portal.host).querySelector('[part~="save"]')!.textContent!.trim()).to.equal('Save my choices');
  });

  it("shows the banner without the charter's texts, and stays closed with a warning while they cannot be loaded", async () => {
    // The charter's texts fail to download while the page is offline (the idle prefetch included), then arrive.
    const body = `${charter()}<script type="module">
      import { start } from '/src/start/start.ts';
      window.offline = true;
      start({
        ui: () => import('/src/ui/define.ts'),
        charterTexts: (lang) => (window.offline ? Promise.reject(new Error('offline')) : import('/src/charter/' + lang + '.ts')),
        messages: () => import('/src/consent/messages.ts'),
        dialog: () => import('/src/ui/dialog.ts'),
        enforcement: () => import('/src/enforcement/enforcement.ts'),
      });
    </script>`;
    const head = '<script>window.warnings = []; console.warn = (m) => window.warnings.push(m);</script>';
    const portal = await openPortal(body, { head, script: 'none', waitForApi: true });
    const customize = await until(() => part(portal.host, 'customize'), 'banner');
    customize.click();
    const warnings = () => (portal.win as unknown as { warnings: string[] }).warnings.join('\n');
    await until(() => warnings().includes("the charter's texts could not be loaded"), 'warning');
    expect(part(portal.host, 'dialog')).to.equal(null);
    expect(part(portal.host, 'banner')!.hidden).to.equal(false);
    (portal.win as unknown as { offline: boolean }).offline = false;
    customize.click();
    const dialog = await opened(portal);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Charte cookies');
  });

  it("asks for its module and the charter's texts together, neither waiting for the other", async () => {
    // Each download is held until both have been asked for: one after the other, the dialog never opens.
    const body = `${charter()}<script type="module">
      import { start } from '/src/start/start.ts';
      const asked = new Set();
      let release;
      const both = new Promise((resolve) => (release = resolve));
      const held = (name, load) => {
        asked.add(name);
        if (asked.size === 2) release();
        return both.then(load);
      };
      start({
        ui: () => import('/src/ui/define.ts'),
        charterTexts: (lang) => held('texts', () => import('/src/charter/' + lang + '.ts')),
        messages: () => import('/src/consent/messages.ts'),
        dialog: () => held('dialog', () => import('/src/ui/dialog.ts')),
        enforcement: () => import('/src/enforcement/enforcement.ts'),
      });
    </script>`;
    const portal = await openPortal(body, { script: 'none', waitForApi: true });
    (await until(() => part(portal.host, 'customize'), 'banner')).click();
    const dialog = await opened(portal);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Charte cookies');
  });

  it("shows the banner without the dialog's module, and stays closed with a warning while it cannot be loaded", async () => {
    // The dialog's module fails to download once (offline), then arrives.
    const body = `${charter()}<script type="module">
      import { start } from '/src/start/start.ts';
      let tries = 0;
      start({
        ui: () => import('/src/ui/define.ts'),
        charterTexts: (lang) => import('/src/charter/' + lang + '.ts'),
        messages: () => import('/src/consent/messages.ts'),
        dialog: () => (++tries === 1 ? Promise.reject(new Error('offline')) : import('/src/ui/dialog.ts')),
        enforcement: () => import('/src/enforcement/enforcement.ts'),
      });
    </script>`;
    const head = `<script>
      window.warnings = [];
      window.errors = [];
      console.warn = (m) => window.warnings.push(m);
      addEventListener('error', (event) => window.errors.push(String(event.message)));
      addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
    </script>`;
    const portal = await openPortal(body, { head, script: 'none', waitForApi: true });
    const customize = await until(() => part(portal.host, 'customize'), 'banner');
    customize.click();
    const warnings = () => (portal.win as unknown as { warnings: string[] }).warnings.join('\n');
    await until(() => warnings().includes('the dialog could not be loaded'), 'warning');
    expect(warnings()).to.contain('offline');
    expect(part(portal.host, 'dialog')).to.equal(null);
    expect(part(portal.host, 'banner')!.hidden).to.equal(false);
    (portal.win as unknown as { offline: boolean }).offline = false;
    customize.click();
    const dialog = await opened(portal);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Charte cookies');
    expect((portal.win as unknown as { errors: string[] }).errors).to.deep.equal([]);
  });

  it('styles the dialog when it opens, also where the browser cannot adopt style sheets (a <style>, as Lit does)', async () => {
    for (const head of ['', '<script>window.ShadyCSS = { nativeShadow: false };</script>']) {
      const portal = await openPortal(charter(), { head });
      const { win, host, api } = portal;
      await until(() => part(host, 'banner'), 'banner');
      const root = host!.shadowRoot!;
      const sheets = root.adoptedStyleSheets.length;
      const styles = root.querySelectorAll('style').length;
      expect(head ? styles : sheets, 'the banner is styled').to.be.above(0);
      for (let i = 0; i < 2; i += 1) {
        api.open();
        const dialog = await opened(portal);
        expect(win.getComputedStyle(dialog).display, head).to.equal('flex');
        expect(win.getComputedStyle(dialog.querySelector('table')!).borderCollapse, head).to.equal('collapse');
        expect(win.getComputedStyle(dialog.querySelector('.switch')!).display, head).to.equal('flex');
        // The banner's rules still apply to the dialog's buttons, and its styles are added once.
        expect(win.getComputedStyle(dialog.querySelector('[part~="save"]')!).fontWeight, head).to.equal('600');
        expect(root.adoptedStyleSheets.length, head).to.equal(head ? 0 : sheets + 1);
        expect(root.querySelectorAll('style').length, head).to.equal(head ? styles + 1 : 0);
        (host as HTMLElementTagNameMap['cookie-charter']).close();
      }
      cleanUp();
    }
  });

  it('lets the portal replace any text without rebuilding, shown as text', async () => {
    const body = `<cookie-charter lang="fr">
      <script type="application/json" data-cookie-charter-texts>{"title": "Politique <b>cookies</b>", "acceptAll": "J'accepte", "nope": "x", "save": 3}</script>
      <script type="application/json" data-cookie-charter-texts lang="en">{"title": "Never shown in French"}</script>
      <script type="application/json" data-cookie-charter-texts>{ broken</script>
      <cookie-charter-entry id="matomo" category="statistics"></cookie-charter-entry></cookie-charter>`;
    const head = '<script>window.warnings = []; console.warn = (m) => window.warnings.push(m);</script>';
    const portal = await openPortal(body, { head });
    expect((await until(() => part(portal.host, 'accept-all'), 'banner')).textContent!.trim()).to.equal("J'accepte");
    portal.api.open();
    const dialog = await opened(portal);
    expect(dialog.querySelector('h2')!.textContent).to.equal('Politique <b>cookies</b>');
    expect(dialog.querySelector('b')).to.equal(null);
    expect(dialog.querySelector('[part~="save"]')!.textContent!.trim()).to.equal('Enregistrer mes choix');
    const warnings = (portal.win as unknown as { warnings: string[] }).warnings.join('\n');
    expect(warnings).to.contain('"nope"').and.contain('"save" must be a string').and.contain('valid JSON');
  });

  it('shows hostile attribute text as text and never links a non-http platform', async () => {
    const body = `<cookie-charter platform="javascript:window.pwned=1">
      <cookie-charter-entry id="evil" category="third-party" provider="&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;"
        service="&lt;script&gt;window.pwned=1&lt;/script&gt;" cookies="a&lt;b" purpose="{{constructor}}" duration="\${1+1}"></cookie-charter-entry>
    </cookie-charter>`;
    const portal = await openPortal(body);
    portal.api.open();
    const dialog = await opened(portal);
    expect(dialog.querySelector('img, script, a')).to.equal(null);
    expect(dialog.textContent).to.contain('<img src=x onerror="window.pwned=1">').and.contain('javascript:window.pwned=1');
    expect((portal.win as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('keeps its buttons on screen at 320 px wide, and never scrolls sideways as a whole', async () => {
    await setViewport({ width: 320, height: 640 });
    const portal = await openPortal(charter());
    portal.frame.style.width = '320px';
    portal.frame.style.height = '640px';
    portal.api.open();
    const dialog = await opened(portal);
    for (const name of ['save', 'accept-all', 'reject-all']) {
      const box = dialog.querySelector(`footer [part~="${name}"]`)!.getBoundingClientRect();
      expect(box.bottom, name).to.be.at.most(640);
      expect(box.right, name).to.be.at.most(320);
      expect(box.left, name).to.be.at.least(0);
    }
    // Every card and the charter unfolded, as at 400 % zoom: wide tables scroll inside their frame, never the whole dialog.
    for (const details of dialog.querySelectorAll('details')) details.open = true;
    const content = dialog.querySelector('.content')!;
    await until(() => content.scrollHeight > content.clientHeight * 2, 'tables shown');
    expect(content.scrollWidth, 'the dialog scrolls sideways').to.be.at.most(content.clientWidth);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
    for (const frame of dialog.querySelectorAll('.table-wrap')) expect(frame.getBoundingClientRect().right).to.be.at.most(320);
  });
});

describe('the choices, first in the dialog', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 800],
  ]) {
    it(`show the first switch without scrolling at ${width}×${height}`, async () => {
      await setViewport({ width, height });
      const portal = await openPortal(charter());
      portal.frame.style.width = `${width}px`;
      portal.frame.style.height = `${height}px`;
      portal.api.open();
      const dialog = await opened(portal);
      const first = dialog.querySelector<HTMLInputElement>('[part~="toggle"]')!;
      const box = first.getBoundingClientRect();
      const content = dialog.querySelector('.content')!;
      const frame = content.getBoundingClientRect();
      expect(content.scrollTop).to.equal(0);
      expect([box.left, box.top]).to.satisfy(([left, top]: number[]) => left >= 0 && top >= 0, 'inside the window');
      expect([box.right, box.bottom]).to.satisfy(([right, bottom]: number[]) => right <= width && bottom <= height, 'inside the window');
      expect(box.top, 'below the top of the scroll area').to.be.at.least(frame.top);
      expect(box.bottom, 'above the bottom of the scroll area').to.be.at.most(frame.bottom);
      // Nothing covers it: the point a visitor would click is the switch.
      const hit = portal.host!.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit).to.equal(first);
    });
  }

  it('puts its buttons in the order and look of the banner: "Tout accepter", "Tout refuser", then the third', async () => {
    const portal = await openPortal(charter());
    const banner = await until(() => part(portal.host, 'banner'), 'banner');
    const look = (button: Element) => {
      const style = portal.win.getComputedStyle(button);
      return [
        style.color,
        style.backgroundColor,
        style.borderColor,
        style.fontSize,
        style.fontWeight,
        style.paddingTop,
        style.height,
      ].join();
    };
    expect(buttonParts(banner)).to.deep.equal(['accept-all', 'reject-all', 'customize']);
    const bannerLook = look(part(portal.host, 'accept-all')!);
    part(portal.host, 'customize')!.click();
    const dialog = await opened(portal);
    const footer = dialog.querySelector('footer')!;
    expect(buttonParts(footer)).to.deep.equal(['accept-all', 'reject-all', 'save']);
    expect([...footer.querySelectorAll('button')].map((button) => button.textContent!.trim())).to.deep.equal([
      'Tout accepter',
      'Tout refuser',
      'Enregistrer mes choix',
    ]);
    expect([...footer.querySelectorAll('button')].map(look)).to.deep.equal([bannerLook, bannerLook, bannerLook]);
  });

  it('shows one card per category in use: its name, purpose, state and switch; the necessary one always active', async () => {
    const portal = await openPortal(charter());
    portal.api.open();
    const dialog = await opened(portal);
    expect(dialog.querySelector('.content p')!.textContent).to.contain('Choisissez les cookies que vous autorisez.');
    const cards = [...dialog.querySelectorAll<HTMLElement>('.cards > li')];
    expect(cards.map((card) => card.querySelector('h3')!.textContent)).to.deep.equal([
      'Cookies nécessaires',
      'Cookies statistiques',
      'Cookies tiers (third party)',
    ]);
    const [necessary, statistics, thirdParty] = cards;
    expect(necessary.innerText).to.contain('Toujours actif').and.contain('Ils permettent à la plateforme de fonctionner');
    expect(necessary.querySelector('input')).to.equal(null);
    expect(statistics.innerText).to.contain('Ils mesurent la fréquentation de la plateforme.').and.contain('Désactivé');

    // Every switch is a native checkbox with the switch role, named by what it allows.
    const names = [...dialog.querySelectorAll<HTMLInputElement>('[part~="toggle"]')].map(
      (input) => `${input.type} ${input.getAttribute('role')} ${input.getAttribute('aria-label')}`,
    );
    expect(names).to.deep.equal([
      'checkbox switch Autoriser les cookies statistiques',
      'checkbox switch Autoriser les cookies tiers (third party)',
      'checkbox switch Autoriser YouTube (Vidéos)',
      'checkbox switch Autoriser Dailymotion (Vidéos)',
    ]);

    const host = portal.host as HTMLElementTagNameMap['cookie-charter'];
    toggle(portal.host, 'statistics').click();
    await host.updateComplete;
    expect(statistics.innerText).to.contain('Activé').and.not.contain('Désactivé');

    // Part of a category on: the switch is neither on nor off, and says so in words a screen reader reads too.
    thirdParty.querySelector('summary')!.click();
    await until(() => toggle(portal.host, 'youtube').checkVisibility(), 'third-party card unfolded');
    toggle(portal.host, 'youtube').click();
    await host.updateComplete;
    const category = toggle(portal.host, 'third-party');
    expect(category.indeterminate).to.equal(true);
    const state = dialog.querySelector(`#${category.getAttribute('aria-describedby')}`)!;
    expect(state.textContent).to.equal('Activé en partie');
    expect(thirdParty.querySelector('.card-head')!.textContent).to.contain('Activé en partie');
  });

  it('folds out the table of each card, with the entries of a category that has several', async () => {
    const portal = await openPortal(charter());
    portal.api.open();
    await opened(portal);
    const thirdParty = cardOf(portal.host, 'third-party');
    const table = thirdParty.querySelector('table')!;
    expect(table.checkVisibility(), 'folded').to.equal(false);
    thirdParty.querySelector('summary')!.click();
    await until(() => table.checkVisibility(), 'unfolded');
    expect([...table.querySelectorAll('tbody tr')].map((row) => row.children[0].textContent)).to.deep.equal(['YouTube', 'Dailymotion']);
    const necessary = cardOf(portal.host, 'necessary');
    necessary.querySelector('summary')!.click();
    await until(() => necessary.querySelector('table')!.checkVisibility(), 'necessary card unfolded');
    expect([...necessary.querySelectorAll('tbody tr')].map((row) => row.children[2].textContent)).to.deep.equal([
      'sessionid',
      'django_language',
      'csrftoken',
      'cookies_preferences',
    ]);
  });
});

describe('policy-url', () => {
  const head = '<script>window.warnings = []; console.warn = (m) => window.warnings.push(m);</script>';
  const warnings = (portal: Portal) => (portal.win as unknown as { warnings: string[] }).warnings.join('\n');

  it('links the banner and the dialog to the privacy policy, resolved against the page', async () => {
    const portal = await openPortal(charter('policy-url="/mentions-legales#cookies"'), { head });
    const banner = await until(() => part(portal.host, 'banner'), 'banner');
    const href = new URL('/mentions-legales#cookies', location.href).href;
    const link = banner.querySelector('a')!;
    expect([link.getAttribute('href'), link.textContent]).to.deep.equal([href, 'Politique de confidentialité']);
    portal.api.open();
    const dialog = await opened(portal);
    const inDialog = dialog.querySelector('.content > p a')!;
    expect([inDialog.getAttribute('href'), inDialog.textContent]).to.deep.equal([href, 'Politique de confidentialité']);
    expect(warnings(portal)).to.equal('');
  });

  it('speaks English and takes the portal’s own words', async () => {
    const body = charter('lang="en" policy-url="https://example.org/privacy"').replace(
      '</cookie-charter>',
      '<script type="application/json" data-cookie-charter-texts lang="en">{"policy": "Personal data"}</script></cookie-charter>',
    );
    const portal = await openPortal(body);
    const link = (await until(() => part(portal.host, 'banner'), 'banner')).querySelector('a')!;
    expect([link.href, link.textContent]).to.deep.equal(['https://example.org/privacy', 'Personal data']);
  });

  it('links nothing and warns for an address that is not http(s)', async () => {
    const portal = await openPortal(charter('policy-url="javascript:alert(1)"'), { head });
    const banner = await until(() => part(portal.host, 'banner'), 'banner');
    await until(() => warnings(portal).includes('policy-url'), 'warning');
    expect(warnings(portal)).to.contain('policy-url="javascript:alert(1)" is not the http(s) address of another page');
    expect(banner.querySelector('a')).to.equal(null);
    portal.api.open();
    const dialog = await opened(portal);
    expect(dialog.querySelector('.content > p a')).to.equal(null);
    expect(dialog.querySelector('[href^="javascript"]')).to.equal(null);
  });
});
