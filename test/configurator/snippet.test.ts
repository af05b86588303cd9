import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { KnownService } from '../../packages/scan/src/catalogue.js';
import { isCategory, type Category } from '../../src/consent/categories.js';
import { entryIn } from '../../src/charter/entry-texts.js';
import { readConfig } from '../../src/consent/config.js';
import { messageOf } from '../../src/consent/messages.js';
import type { Problem } from '../../src/consent/warn.js';
import { checkSnippet, type Check } from '../../demo/configurator/checks.js';
import {
  emptyConfiguration,
  emptyEntry,
  LANGUAGES,
  normalized,
  type Configuration,
  type EntryDraft,
  type Language,
} from '../../demo/configurator/model.js';
import { snippet } from '../../demo/configurator/snippet.js';
import { REVEAL } from '../../src/prerender.js';
import { TEXTS } from '../../demo/configurator/texts.js';

// The configurator's snippet read back with the widget's own reader, and its checks tied to fields.

const words = TEXTS.fr.snippet.words;
let services: KnownService[];

before(async () => {
  // The scanner's catalogue as the page bundles it (the browser cannot import JSON as a module here).
  services = (await (await fetch('/packages/scan/catalogue.json')).json()).services;
});

/** The snippet's `<cookie-charter>`, parsed as a portal's page would parse it. */
const charterOf = (code: string) => new DOMParser().parseFromString(code, 'text/html').querySelector('cookie-charter')!;

// Texts a portal may write, hostile ones included: quotes, markup, entities, line breaks, right-to-left and astral characters.
const piece = fc.constantFrom(
  'a',
  'é',
  ' ',
  '"',
  "'",
  '<',
  '>',
  '&',
  '&amp;',
  '</cookie-charter>',
  '-->',
  '\n',
  '\t',
  'ع',
  '😀',
  '=',
  '/',
  '\\',
);
const text = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
const cookieName = fc.stringMatching(/^[a-z][a-z0-9_.*-]{0,12}$/);
const entryId = fc.stringMatching(/^[a-z][\w.:-]{0,20}$/).filter((id) => !isCategory(id) && !(id in Object.prototype));
const languages = fc.shuffledSubarray([...LANGUAGES], { minLength: 1, maxLength: 4 }) as fc.Arbitrary<Language[]>;

const entry = (langs: Language[]) =>
  fc
    .record({
      id: entryId,
      category: fc.constantFrom<Category>('necessary', 'statistics', 'first-party', 'third-party'),
      provider: text,
      cookies: fc.array(cookieName, { maxLength: 4 }).map((names) => names.join(' ')),
      duration: text,
      exempt: fc.boolean(),
      texts: fc.tuple(...langs.map(() => fc.record({ service: text, purpose: text }))),
    })
    .map(({ texts, exempt, ...rest }): EntryDraft => ({
      ...emptyEntry(),
      ...rest,
      exempt: exempt && rest.category === 'statistics',
      texts: Object.fromEntries(langs.map((lang, index) => [lang, texts[index]])),
    }));

const configuration: fc.Arbitrary<Configuration> = languages.chain((langs) =>
  fc
    .record({
      platform: fc.constantFrom('', 'https://data.example.fr', ' https://opendata.ville.example/portail '),
      revision: fc.oneof(fc.constant(''), fc.stringMatching(/^[ -~]{1,64}$/)),
      expires: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 395 }).map(String)),
      shareDomain: fc.boolean(),
      policyUrl: fc.constantFrom('', 'https://data.example.fr/p/mentions?a=1&b="x"', '/legal'),
      receiptEndpoint: fc.constantFrom('', 'https://receipts.example.fr/receipts'),
      googleConsentMode: fc.boolean(),
      entries: fc.uniqueArray(entry(langs), { maxLength: 5, selector: (draft) => draft.id }),
    })
    .map(({ shareDomain, ...rest }) => ({
      ...emptyConfiguration('https://cdn.example/cookie-charter.js'),
      ...rest,
      languages: langs,
      // cookie-domain must cover the portal's host: its parent domain when there is a platform.
      cookieDomain: shareDomain && rest.platform ? new URL(rest.platform.trim()).hostname.split('.').slice(1).join('.') : '',
    })),
);

describe('configurator: the snippet read by the widget', () => {
  it('gives back the form’s configuration, hostile texts included', () => {
    fc.assert(
      fc.property(configuration, (config) => {
        const code = snippet(config, services, words);
        const problems: Problem[] = [];
        const base = config.platform.trim() || 'https://data.example.fr/';
        const read = readConfig(charterOf(code), (...problem) => problems.push(problem), base, new URL(base).hostname);
        const want = normalized(config);
        const [first] = want.languages;
        // A widget that lacks the portal's one language warns of it (the reader before the 11 languages); nothing else.
        const lacking = want.languages.length === 1 && first !== 'fr' && first !== 'en';
        expect(problems.filter(([code]) => !(lacking && code === 'lang')).map(([code]) => code)).to.deep.equal([]);
        expect({
          platform: read.platform,
          revision: read.revision,
          expires: read.expires,
          cookieDomain: read.cookieDomain,
          policyUrl: read.policyUrl,
          receiptEndpoint: read.receiptEndpoint,
          googleConsentMode: read.googleConsentMode !== null,
        }).to.deep.equal({
          platform: want.platform || location.origin,
          revision: want.revision || null,
          expires: want.expires ? Number(want.expires) : 182,
          cookieDomain: want.cookieDomain || null,
          policyUrl: want.policyUrl ? new URL(want.policyUrl, base).href : null,
          receiptEndpoint: want.receiptEndpoint || null,
          googleConsentMode: want.googleConsentMode,
        });
        expect(
          read.entries.map(({ id, category, provider, service, purpose, cookies, duration, exempt }) => ({
            id,
            category,
            provider,
            service,
            purpose,
            cookies,
            duration,
            exempt, // prettier-ignore
          })),
        ).to.deep.equal(
          want.entries.map((draft) => ({
            id: draft.id,
            category: draft.category,
            provider: draft.provider,
            service: draft.texts[first]?.service,
            purpose: draft.texts[first]?.purpose,
            cookies: draft.cookies.split(' ').filter(Boolean),
            duration: draft.duration,
            exempt: draft.exempt,
          })),
        );
        // Without `lang` on a portal in several languages, so that the widget follows the page.
        expect(charterOf(code).hasAttribute('lang')).to.equal(want.languages.length === 1);
      }),
      { numRuns: 150 },
    );
  });

  it('writes each language’s texts as suffixed attributes that the page reads back as written', () => {
    fc.assert(
      fc.property(configuration, (config) => {
        const elements = charterOf(snippet(config, services, words)).querySelectorAll('cookie-charter-entry');
        const want = normalized(config);
        want.entries.forEach((draft, index) => {
          for (const lang of want.languages.slice(1)) {
            for (const name of ['service', 'purpose'] as const) {
              const written = draft.texts[lang]![name];
              expect(elements[index].getAttribute(`${name}-${lang}`)).to.equal(written || null);
            }
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('gives back the per-language texts through readEntry', function () {
    fc.assert(
      fc.property(configuration, (config) => {
        const read = readConfig(charterOf(snippet(config, services, words)), () => {}, 'https://data.example.fr/', 'data.example.fr');
        const want = normalized(config);
        read.entries.forEach((entry, index) => {
          for (const lang of want.languages.slice(1)) {
            const { service, purpose } = want.entries[index].texts[lang]!;
            // What a visitor of that language reads: the text given in it, else the entry's default.
            const shown = entryIn(entry, lang);
            expect({ service: shown.service, purpose: shown.purpose }).to.deep.equal({
              service: service?.trim() || entry.service,
              purpose: purpose?.trim() || entry.purpose,
            });
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});

/** The checks of a configuration, as field → widget codes or the configurator's own kinds. */
function checksOf(config: Configuration): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const check of checkSnippet(snippet(config, services, words), config, services) as Check[])
    (found[check.field] ??= []).push(check.kind === 'widget' ? check.problem[0] : check.kind);
  return found;
}

const portal = (patch: Partial<Configuration>, ...entries: Partial<EntryDraft>[]): Configuration => ({
  ...emptyConfiguration('https://cdn.example/cookie-charter.js'),
  platform: 'https://data.example.fr',
  ...patch,
  entries: entries.map((draft) => ({ ...emptyEntry(), category: 'statistics', provider: 'Outil', ...draft })),
});

describe('configurator: live checks beside their fields', () => {
  const cases: [string, Configuration, Record<string, string[]>][] = [
    ['a valid charter', portal({ revision: '2025-06' }, { id: 'matomo', duration: '13 mois' }), {}],
    ['expires beyond 395 days', portal({ expires: '500' }), { 'charter:expires': ['expires'] }],
    ['a revision that is not printable ASCII', portal({ revision: 'révision' }), { 'charter:revision': ['revision'] }],
    ['a cookie-domain that does not cover the portal', portal({ cookieDomain: 'other.fr' }), { 'charter:cookieDomain': ['domain'] }],
    ['a policy-url that is not http(s)', portal({ policyUrl: 'javascript:alert(1)' }), { 'charter:policyUrl': ['policy'] }],
    ['a missing id', portal({}, { id: 'matomo' }, { id: '' }), { 'entry:1:id': ['noId'] }],
    ['an id given twice', portal({}, { id: 'matomo' }, { id: 'matomo' }), { 'entry:1:id': ['twice'] }],
    ['a category to choose', portal({}, { id: 'mystery', category: '' }), { 'entry:0:category': ['category'] }],
    ['_ga marked exempt', portal({}, { id: 'ga', cookies: '_ga _ga_*', exempt: true }), { 'entry:0:exempt': ['exempt'] }],
    [
      'an exempt entry kept beyond 13 months',
      portal({}, { id: 'matomo', duration: '25 mois', exempt: true }),
      { 'entry:0:duration': ['exemptDuration'] },
    ],
    ['statistics kept beyond 13 months', portal({}, { id: 'ga', duration: '2 ans' }), { 'entry:0:duration': ['long'] }],
    [
      'a Matomo tag without its site id, and an address that is not one',
      portal({}, { id: 'matomo', service: 'matomo', duration: '13 mois', tag: { url: 'stats.example.fr', site: '' } }),
      { 'entry:0:tag:url': ['pattern'], 'entry:0:tag:site': ['required'] },
    ],
    [
      'a video id that is not one',
      portal({}, { id: 'youtube', service: 'youtube', category: 'third-party', tag: { video: 'x"><script>', title: 'Vidéo' } }),
      { 'entry:0:tag:video': ['pattern'] },
    ],
  ];
  for (const [name, config, expected] of cases) {
    it(name, () => expect(checksOf(config)).to.deep.equal(expected));
  }

  it('explains each warning in the widget’s own words (src/consent/messages.ts), again and again', () => {
    for (let time = 0; time < 2; time++) {
      const [check] = checkSnippet(snippet(portal({ expires: '500' }), services, words), portal({ expires: '500' }), services);
      expect(check.kind === 'widget' && messageOf(check.problem)).to.equal(
        'expires="500" is not a whole number of days from 1 to 395; 395 is used.',
      );
    }
  });
});

describe('configurator: placement', () => {
  const config = portal({ revision: '2025-06', languages: ['fr', 'en'] }, { id: 'matomo', duration: '13 mois' });

  it('recommended: the script async in <head>, the charter first in <body>, the link in the footer', () => {
    const code = snippet(config, services, words);
    const parts = code.split(/\n\n(?=<!--)/);
    expect(parts[0]).to.match(
      /dans <head> -->\n<script src="https:\/\/cdn\.example\/cookie-charter\.js" async fetchpriority="high"><\/script>$/,
    );
    // Until the preview has drawn the banner, a note stands where the written banner goes.
    expect(parts[1]).to.match(
      /au tout début de <body> -->\n<!-- Le bandeau écrit dans la page viendra ici [^\n]*\(langue : Français\)[^\n]* -->\n<cookie-charter platform="https:\/\/data\.example\.fr" revision="2025-06">/,
    );
    expect(code).not.to.include('<template');
    expect(code).to.include('<a href="#" data-cookie-charter-open>Gérer les cookies</a>');
  });

  it('recommended, with the banner the preview drew: written first in the element, shown by the script after it', async () => {
    const written =
      '<template shadowrootmode="open"><section part="banner" class="banner" lang="fr" hidden data-prerendered>Bandeau écrit</section></template>';
    const code = snippet(config, services, words, written);
    expect(code).to.include(`revision="2025-06">\n${written}\n  <cookie-charter-entry`);
    expect(code).to.include(`</cookie-charter>\n<script>${REVEAL}</script>`);
    expect(code).to.match(/<!-- Le bandeau est écrit dans la page [^\n]* -->\n<cookie-charter /);
    // Pasted into a page whose widget has not come yet: the banner shows.
    const frame = document.createElement('iframe');
    const body = code.replace(/<script src=[^>]*><\/script>/, '');
    frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const section = frame.contentDocument!.querySelector('cookie-charter')!.shadowRoot!.querySelector('section')!;
    expect(section.hidden).to.equal(false);
    expect(section.textContent).to.equal('Bandeau écrit');
    frame.remove();
  });

  it('footer only: no written banner, whatever the preview drew (the element comes after the page)', () => {
    const code = snippet({ ...config, placement: 'footer' }, services, words, '<template shadowrootmode="open"></template>');
    expect(code).not.to.include('<template');
    expect(code).not.to.include(REVEAL);
  });

  it('footer only: one block, the script last with defer', () => {
    const code = snippet({ ...config, placement: 'footer' }, services, words);
    expect(code).to.match(/^<!-- cookie-charter : tout ce bloc dans le HTML du pied de page -->\n<cookie-charter /);
    expect(code.trimEnd()).to.match(
      /<a href="#" data-cookie-charter-open>Gérer les cookies<\/a>[\s\S]*<script src="https:\/\/cdn\.example\/cookie-charter\.js" defer><\/script>$/,
    );
  });
});
