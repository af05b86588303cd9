import { expect } from '@open-wc/testing';
import { cleanUp, openPortal, part, until, type Portal } from '../helpers.js';

// Each portal's "Charte cookies" (test/fixtures/seeds, copied from the project's seeds), rendered by the
// widget configured for that portal, must read the same, line by line.
const SEEDS = ['000_515cb5594442b064', '001_0060dcc5595b3e6e', '002_2b6a865313a7126a', '003_ff8f2bae7f2f2d0c', '004_513cf40346fc49ef'];

const normalise = (line: string) => line.replace(/\s+/g, ' ').trim();

/** The seed's lines, without blank ones; the plain-text link notation `<url>` reads as the url. */
async function seedLines(name: string): Promise<string[]> {
  const text = await (await fetch(`/test/fixtures/seeds/${name}.txt`)).text();
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.replace(/<(https?:[^>]+)>/g, '$1'))
    .map((line) => line.split('\t').map(normalise).join('\t'));
}

/** The portal configuration a seed describes: its platform URL and its wording of cookies_preferences. */
function portalFor(lines: string[]): string {
  const platform = /plateforme (\S+)$/.exec(lines.find((line) => line.startsWith('A quoi servent'))!)![1];
  const preferencesRow = lines.find((line) => line.includes('\tcookies_preferences\t'))!.split('\t');
  const entry = preferencesRow[3].startsWith('Permet de')
    ? ''
    : `<cookie-charter-entry id="cookies_preferences" category="necessary" provider="${preferencesRow[0]}"
         service="${preferencesRow[1]}" cookies="cookies_preferences" purpose="${preferencesRow[3]}"></cookie-charter-entry>`;
  return `<cookie-charter platform="${platform}" lang="fr">${entry}</cookie-charter>`;
}

/**
 * The charter as a visitor reads it in the dialog, once unfolded: the dialog's title, then the charter's
 * headings and paragraphs, table rows as tab-separated cells.
 */
function renderedLines(host: Element): string[] {
  const dialog = part(host, 'dialog')!;
  return [...dialog.querySelectorAll('h2, .charter p, .charter h3, .charter h4, .charter tr')].map((element) =>
    element.localName === 'tr'
      ? [...element.children].map((cell) => normalise((cell as HTMLElement).innerText)).join('\t')
      : normalise((element as HTMLElement).innerText),
  );
}

/** Opens the dialog, and the charter in full, behind its disclosure after the choices. */
async function openCharter(body: string): Promise<Portal> {
  const portal = await openPortal(body);
  portal.api.open();
  const dialog = await until(() => part<HTMLDialogElement>(portal.host, 'dialog'), 'dialog');
  await until(() => dialog.open, 'dialog open');
  const charter = dialog.querySelector<HTMLDetailsElement>('details.charter')!;
  charter.querySelector('summary')!.click();
  await until(() => charter.open, 'charter unfolded');
  return portal;
}

afterEach(cleanUp);

describe('the charter of each portal', () => {
  for (const seed of SEEDS) {
    it(`reproduces seed ${seed} line by line`, async () => {
      const lines = await seedLines(seed);
      const { host } = await openCharter(portalFor(lines));
      expect(renderedLines(host!)).to.deep.equal(lines);
      const link = part(host, 'dialog')!.querySelector('h3 a')!;
      expect(link.getAttribute('href')).to.equal(new URL(/plateforme (\S+)$/.exec(lines[9])![1]).href);
    });
  }

  it('puts the choices first, a card per category with its table, and the charter after them, unchanged', async () => {
    const lines = await seedLines(SEEDS[0]);
    const body = portalFor(lines).replace(
      '</cookie-charter>',
      `<cookie-charter-entry id="matomo" category="statistics" provider="Matomo" service="Mesure d'audience"
         cookies="_pk_id.*" purpose="Mesurer la fréquentation" duration="13 mois"></cookie-charter-entry></cookie-charter>`,
    );
    const { host } = await openCharter(body);
    expect(renderedLines(host!)).to.deep.equal(lines);
    const dialog = part(host, 'dialog')!;
    const cards = dialog.querySelector('.cards')!;
    expect(cards.compareDocumentPosition(dialog.querySelector('.charter')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    for (const summary of cards.querySelectorAll('summary')) summary.click();
    await until(() => cards.querySelector('table')!.checkVisibility(), 'cards unfolded');
    const statistics = [...cards.querySelectorAll('h3, p, tr')].map((element) =>
      element.localName === 'tr'
        ? [...element.children].map((cell) => normalise((cell as HTMLElement).innerText)).join('\t')
        : normalise((element as HTMLElement).innerText),
    );
    expect(statistics.slice(statistics.indexOf('Cookies statistiques'))).to.deep.equal([
      'Cookies statistiques',
      'Ils mesurent la fréquentation de la plateforme. Ils ne sont déposés qu’avec votre accord.',
      'Nom du prestataire\tService et emplacement\tNom du cookies\tFinalités\tDurée de conservation',
      "Matomo\tMesure d'audience\t_pk_id.*\tMesurer la fréquentation\t13 mois",
    ]);
  });
});
