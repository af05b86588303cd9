import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CookieCharterApi } from '../../src/consent/api.js';
import { cleanUp, part, pause, storedCookie, until } from '../helpers.js';
import { scanResult } from './scan-result.js';

// The configurator as a portal's administrator uses it (demo/configurator.html, built into
// dist/configurator/ by `npm run build`): controls found by their accessible names, as a person finds them.

let frame: HTMLIFrameElement;
let doc: Document;
let actions = 0;
const frames: HTMLIFrameElement[] = [];

async function openFrame(src: { url?: string; html?: string }, width = 1280): Promise<HTMLIFrameElement> {
  const element = document.createElement('iframe');
  element.style.cssText = `width: ${width}px; height: 900px; border: 0`;
  if (src.url) element.src = src.url;
  else element.srcdoc = src.html!;
  frames.push(element);
  const loaded = new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
  document.body.append(element);
  await loaded;
  return element;
}

async function openConfigurator(width = 1280): Promise<void> {
  frame = await openFrame({ url: '/demo/configurator.html' }, width);
  doc = frame.contentDocument!;
  await until(() => doc.querySelector('#snippet'), 'the configurator');
  actions = 0;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name of a control, as browsers compute it for the ways this page names them. */
function nameOf(element: Element): string {
  const by = element.getAttribute('aria-labelledby');
  if (by)
    return by
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
  const labels = (element as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map((label) => label.textContent).join(' ');
  if (element.localName === 'fieldset') return element.querySelector(':scope > legend')?.textContent ?? '';
  if (element.localName === 'button') return element.textContent ?? '';
  return '';
}

/** The one control named `name` inside `scope`. */
function named<T extends Element = HTMLInputElement>(name: string, scope: ParentNode = doc): T {
  const found = [...scope.querySelectorAll('input, select, textarea, button, fieldset, [role="region"]')].filter(
    (element) => squash(nameOf(element)) === name,
  );
  if (found.length !== 1) throw new Error(`${found.length} controls named "${name}"`);
  return found[0] as unknown as T;
}

/** What a field's `aria-describedby` points to, as one text. */
const description = (element: Element) =>
  squash(
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

// The person's actions, counted.
function fill(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  actions++;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(select: HTMLSelectElement, label: string): void {
  actions++;
  const option = [...select.options].find((candidate) => squash(candidate.textContent) === label);
  if (!option) throw new Error(`no option "${label}"`);
  select.focus();
  select.value = option.value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
function press(button: HTMLElement): void {
  actions++;
  button.click();
}

/** axe-core in the configurator's own page; the sandboxed preview is the widget's, checked by its own tests. */
async function axeViolations(): Promise<string[]> {
  const win = frame.contentWindow as Window & {
    axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  };
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    await new Promise((resolve) => {
      script.onload = resolve;
      doc.head.append(script);
    });
  }
  const results = await win.axe!.run(doc, { iframes: false });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => String(node.target)).join(', ')}`);
}

afterEach(() => {
  for (const element of frames.splice(0)) element.remove();
  cleanUp();
});

describe('configurator: from the catalogue to a working page', () => {
  it('fills the form, copies the snippet, and a blank page with it shows the banner, stores a refusal and the YouTube placeholder', async () => {
    await openConfigurator();
    choose(named('Service du catalogue'), "Matomo – Mesure d'audience");
    press(named('Ajouter ce service'));
    const matomo = named<HTMLFieldSetElement>("Matomo – Mesure d'audience");
    fill(named('Adresse de Matomo', matomo), 'https://stats.example.fr/');
    fill(named('Identifiant du site dans Matomo', matomo), '3');
    choose(named('Service du catalogue'), 'YouTube (Google) – Vidéos intégrées');
    press(named('Ajouter ce service'));
    fill(named('Identifiant de la vidéo YouTube', named('YouTube (Google) – Vidéos intégrées')), 'dQw4w9WgXcQ');
    fill(named('Version de la charte (revision)'), '2025-06');
    fill(named('Adresse du script'), `${location.origin}/dist/cookie-charter.js`);
    press(named('Copier le code'));
    expect(actions).to.be.at.most(15);
    expect(squash(doc.querySelector('.checks [role="status"]')!.textContent)).to.equal(
      'Aucun problème : le widget lit ce code sans avertissement.',
    );
    await until(() => /Code copié\.|La copie a échoué/.test(doc.body.textContent ?? ''), 'the copy announced');
    // The preview drew the banner: the snippet writes it into the page, with the script that shows it.
    const code = await until(
      () => {
        const text = doc.querySelector('#snippet')!.textContent!;
        return text.includes('<template shadowrootmode="open"><section part="banner"') ? text : null;
      },
      'the banner written into the snippet',
      5000,
    );
    expect(code).to.include('Tout accepter');

    const page = await openFrame({
      html: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Portail</title></head><body>${code}</body></html>`,
    });
    const win = page.contentWindow as Window & { cookieCharter: CookieCharterApi };
    const host = page.contentDocument!.querySelector('cookie-charter');
    const refuse = await until(() => part(host, 'reject-all'), 'the banner', 5000);
    expect(part(host, 'banner')!.getBoundingClientRect().height).to.be.above(0);
    refuse.click();
    await until(() => storedCookie(), 'cookies_preferences');
    expect(win.cookieCharter.allows('matomo')).to.equal(false);
    expect(win.cookieCharter.preferences()!.categories).to.deep.include({ statistics: false, 'third-party': false });
    const placeholder = await until(
      () => page.contentDocument!.querySelector('cookie-charter-placeholder'),
      'the YouTube placeholder',
      5000,
    );
    await until(() => /YouTube/.test(placeholder.shadowRoot?.textContent ?? ''), 'its words');
    expect(
      [...page.contentDocument!.querySelectorAll('script[data-consent="matomo"]')].map((script) => script.getAttribute('type')),
    ).to.deep.equal(['text/plain', 'text/plain']);
  });

  it('shows each warning beside its field, tied to it, and the preview never writes a cookie nor takes the focus', async () => {
    await openConfigurator();
    const expires = named('Durée du choix, en jours (expires)');
    fill(expires, '500');
    expect(expires.getAttribute('aria-invalid')).to.equal('true');
    expect(description(expires)).to.include('Le widget avertira : expires="500" is not a whole number of days from 1 to 395; 395 is used.');
    choose(named('Service du catalogue'), 'Google – Google Analytics');
    press(named('Ajouter ce service'));
    expect(description(named('Durée de conservation', named('Google – Google Analytics')))).to.include('730 jours');
    fill(expires, '');
    expect(expires.hasAttribute('aria-invalid')).to.equal(false);

    press(named('La charte'));
    const revision = named('Version de la charte (revision)');
    fill(revision, '2025-06');
    const preview = doc.querySelector<HTMLIFrameElement>('#preview-frame')!;
    await until(() => preview.srcdoc.includes('revision="2025-06"'), 'the preview updated');
    expect(preview.getAttribute('sandbox')).to.equal('allow-scripts');
    await pause(500);
    expect(doc.activeElement).to.equal(revision);
    expect(document.cookie).not.to.include('cookies_preferences');
  });
});

describe('configurator: imports', () => {
  it('fills the entries a scan found and flags what it reported', async () => {
    await openConfigurator();
    fill(named('Contenu à importer'), JSON.stringify(scanResult));
    press(named('Importer'));
    expect(doc.body.textContent).to.include('Importé : 3 entrées.');
    const google = named<HTMLFieldSetElement>('Google – Google Analytics');
    expect(named('Cookies', google).value.split(' ')).to.include.members(['_ga', '_ga_*']);
    expect([...google.querySelectorAll('.findings li')].map((item) => squash(item.textContent))).to.deep.equal([
      'Déposé avant tout choix : _ga',
      'Absent de la charte : _ga',
    ]);
    expect(named('Cookies', named<HTMLFieldSetElement>("Matomo – Mesure d'audience")).value).to.equal('_pk_id.* _pk_ses.*');
    const mystery = named<HTMLFieldSetElement>('mystery');
    expect(named('Durée de conservation', mystery).value).to.equal('10 jours');
    expect(description(named('Catégorie', mystery))).to.include('entry "mystery" has category=""');
    const code = doc.querySelector('#snippet')!.textContent!;
    expect(code).to.include('id="google-analytics" category="statistics"');
    expect(code).to.include('<!-- Google : complétez sa balise dans le configurateur -->');
    expect(squash(doc.querySelector('#io-title')!.closest('section')!.querySelector('.findings')!.textContent)).to.include(
      'Déposé avant tout choix : _ga (.example.fr)',
    );
  });

  it('reads an existing <cookie-charter>, its texts per language and hostile ones as written', async () => {
    await openConfigurator();
    fill(
      named('Contenu à importer'),
      `<cookie-charter platform="https://data.example.fr" revision="2024-06">
        <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" service="Mesure d'audience" service-en="Audience"
          cookies="_pk_id.*" purpose="Mesurer « l’audience » &amp; &quot;plus&quot; &lt;b&gt;" purpose-en="Measure" duration="13 mois" exempt></cookie-charter-entry>
      </cookie-charter>`,
    );
    press(named('Importer'));
    expect(named('English').checked).to.equal(true);
    const matomo = named<HTMLFieldSetElement>("Matomo – Mesure d'audience");
    expect(named<HTMLTextAreaElement>('Finalité (Français)', matomo).value).to.equal('Mesurer « l’audience » & "plus" <b>');
    expect(named<HTMLTextAreaElement>('Finalité (English)', matomo).value).to.equal('Measure');
    expect(named('Exemptée de consentement (exempt)', matomo).checked).to.equal(true);
    const code = doc.querySelector('#snippet')!.textContent!;
    expect(code).to.include('purpose="Mesurer « l’audience » &amp; &quot;plus&quot; &lt;b&gt;" purpose-en="Measure"');
    expect(code).to.match(/<cookie-charter platform="https:\/\/data\.example\.fr" revision="2024-06">/);
  });
});

describe('configurator: for everyone', () => {
  it('has no axe violation, in French and in English, with entries and warnings shown', async () => {
    await openConfigurator();
    choose(named('Service du catalogue'), "Matomo – Mesure d'audience");
    press(named('Ajouter ce service'));
    press(named('Ajouter une entrée à la main'));
    expect(await axeViolations()).to.deep.equal([]);
    choose(named('Langue de l’interface'), 'English');
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('h1')!.textContent).to.equal('cookie-charter configurator');
    expect(named('Portal address').type).to.equal('url');
    expect(doc.querySelector('#snippet')!.textContent).to.match(/^<!-- cookie-charter: in <head> -->/);
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('works with the keyboard alone', async () => {
    await openConfigurator();
    const catalogue = named<HTMLSelectElement>('Service du catalogue');
    catalogue.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Tab' });
    expect(doc.activeElement).to.equal(named('Ajouter ce service'));
    await sendKeys({ press: 'Enter' });
    const linkedin = await until(() => doc.querySelector('fieldset.entry'), 'the entry');
    expect(squash(linkedin.querySelector('legend')!.textContent)).to.match(/^LinkedIn/);
    expect(doc.body.textContent).to.include('LinkedIn ajouté.');
    named('Retirer LinkedIn').focus();
    await sendKeys({ press: ' ' });
    await until(() => !doc.querySelector('fieldset.entry'), 'the entry removed');
  });

  it('fits a phone’s width', async () => {
    await openConfigurator(360);
    choose(named('Service du catalogue'), 'YouTube (Google) – Vidéos intégrées');
    press(named('Ajouter ce service'));
    expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth);
  });
});
