/*
 * The languages as tables: which language shows (`pickLang`), how a duration is read and written again
 * (`durationParts`, `durationDays`), per-language texts of an entry (`readEntry`), and every language's
 * texts against the French reference: every key, every `{placeholder}`, and nothing left in French or
 * English. Pure: they run in Node.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { durationIn } from '../../src/charter/durations.js';
import { entryIn } from '../../src/charter/entry-texts.js';
import { BANNER_IMPORTS, CHARTER_IMPORTS, PLACEHOLDER_IMPORTS } from '../../src/charter/languages.js';
import { readEntry } from '../../src/consent/config.js';
import { durationDays, durationParts } from '../../src/consent/duration.js';
import { LANGS, langOf, pickLang, type Lang } from '../../src/consent/lang.js';
import type { Problem } from '../../src/consent/warn.js';

/** Runs `pickLang` and says what it warned. */
const picked = (attribute: string | null, page: string) => {
  const problems: Problem[] = [];
  const lang = pickLang(attribute, page, (...problem) => void problems.push(problem));
  return [lang, problems.map(([code]) => code).join(' ')];
};

describe('which language shows', () => {
  const cases: [attribute: string | null, page: string, lang: string, warnings: string][] = [
    ['de', 'fr', 'de', ''],
    ['DE', '', 'de', ''],
    ['pt-BR', 'fr', 'pt', ''],
    // A value the widget lacks: a warning, and the page's language.
    ['ja', 'ca-ES', 'ca', 'lang'],
    ['xx', '', 'fr', 'lang'],
    // <html lang>: full tag, then primary subtag, any case, `_` read as `-`.
    [null, 'pt-BR', 'pt', ''],
    [null, 'ca-ES', 'ca', ''],
    [null, 'fr_FR', 'fr', ''],
    [null, 'AR', 'ar', ''],
    [null, 'eu-ES', 'eu', ''],
    [null, 'sv_se', 'sv', ''],
    // French when the page names no language; English, with a warning, when it names one the widget lacks.
    [null, '', 'fr', ''],
    [null, '  ', 'fr', ''],
    [null, 'ja', 'en', 'pageLang'],
    [null, 'zh-Hant-TW', 'en', 'pageLang'],
    ['xx', 'ja', 'en', 'lang pageLang'],
    ['en', 'ja', 'en', ''],
  ];
  for (const [attribute, page, lang, warnings] of cases)
    test(`lang=${JSON.stringify(attribute)}, <html lang="${page}">: ${lang}${warnings ? `, warned (${warnings})` : ''}`, () => {
      assert.deepEqual(picked(attribute, page), [lang, warnings]);
    });

  test('a tag names a language by its primary subtag alone', () => {
    assert.equal(langOf('fr'), 'fr');
    assert.equal(langOf('french'), '');
    assert.equal(langOf('e'), '');
    assert.equal(langOf('nl-BE'), 'nl');
  });
});

describe('durations', () => {
  const parts: [text: string, parts: ReturnType<typeof durationParts>][] = [
    ['13 mois', [[13, 'month']]],
    ['6 months', [[6, 'month']]],
    [
      '1 an et 6 mois',
      [
        [1, 'year'],
        [6, 'month'],
      ],
    ],
    [
      '1 year, 2 months',
      [
        [1, 'year'],
        [2, 'month'],
      ],
    ],
    ['395d', [[395, 'day']]],
    ['30 jours', [[30, 'day']]],
    ['P13M', [[13, 'month']]],
    [
      'p1y6m',
      [
        [1, 'year'],
        [6, 'month'],
      ],
    ],
    ['PT30M', [[30, 'minute']]],
    ['P2W', [[2, 'week']]],
    // Not number-and-unit pairs: shown as written.
    ['13m', null],
    ['session', null],
    ['Session', null],
    ['13 mois (données conservées 25 mois)', null],
    ['1 à 13 mois', null],
    ['jusqu’à 13 mois', null],
    ['13 Monate', null],
    ['P', null],
    ['PT', null],
    ['', null],
  ];
  for (const [text, expected] of parts)
    test(`"${text}" is ${expected ? JSON.stringify(expected) : 'shown as written'}`, () => assert.deepEqual(durationParts(text), expected));

  const days: [text: string, days: ReturnType<typeof durationDays>][] = [
    ['P13M', 395],
    ['395d', 395],
    ['P1Y6M', 547],
    // A remark in brackets is not the cookie's life: no false "longer than 13 months".
    ['13 mois (données conservées 25 mois)', 395],
    ['6 mois (renouvelé à chaque visite)', 182],
    // Brackets that hold the only duration still count.
    ['(13 mois)', 395],
    ['session (données conservées 25 mois)', 'session'],
  ];
  for (const [text, expected] of days) test(`"${text}" lasts ${expected} days`, () => assert.equal(durationDays(text), expected));

  // Written again in the visitor's language, as the charter's table shows them; twice, as each row asks.
  const written: [text: string, lang: Lang, shown: string][] = [
    ['13 mois', 'de', '13 Monate'],
    ['P13M', 'fr', '13 mois'],
    ['1 an et 6 mois', 'de', '1 Jahr und 6 Monate'],
    ['1 year, 2 months', 'fr', '1 an et 2 mois'],
    ['13 mois', 'eu', '13 hilabete'],
    ['1 an et 6 mois', 'eu', '1 urte eta 6 hilabete'],
    ['session', 'de', 'session'],
  ];
  // French puts a narrow no-break space between a number and its unit: read as a space here.
  const spaced = (text: string) => text.replace(/\s/g, ' ');
  for (const [text, lang, shown] of written)
    test(`"${text}" is "${shown}" in ${lang}`, () => {
      assert.equal(spaced(durationIn(text, lang)), shown);
      assert.equal(spaced(durationIn(text, lang)), shown);
    });
});

describe("an entry's texts in several languages", () => {
  const attributes: Record<string, string> = {
    id: 'matomo',
    category: 'statistics',
    provider: 'Matomo',
    service: 'Mesure d’audience',
    purpose: 'Mesurer la fréquentation',
    'purpose-de': ' Besuche zählen ',
    'service-de': 'Reichweitenmessung',
    'provider-ar': 'ماتومو',
    'purpose-xx': 'ignored',
    'purpose-en': '',
    cookies: '_pk_id.*',
  };
  const read = readEntry(
    (name) => attributes[name] ?? null,
    new Set(),
    () => {},
  )!;

  const texts = (lang: Lang) => {
    const { provider, service, purpose } = entryIn(read, lang);
    return { provider, service, purpose };
  };

  test('are read by language, trimmed; an empty one gives the default', () => {
    assert.deepEqual(texts('de'), { provider: 'Matomo', service: 'Reichweitenmessung', purpose: 'Besuche zählen' });
    assert.deepEqual(texts('ar'), { provider: 'ماتومو', service: 'Mesure d’audience', purpose: 'Mesurer la fréquentation' });
    assert.deepEqual(texts('en'), { provider: 'Matomo', service: 'Mesure d’audience', purpose: 'Mesurer la fréquentation' });
    assert.deepEqual(texts('fr'), texts('en'));
  });
  test('leave the default texts, and the key a choice is stored under, as they are', () => {
    assert.equal(read.purpose, 'Mesurer la fréquentation');
    assert.equal(read.key, 'matomo');
    const anonymous = readEntry(
      (name) => (name === 'id' ? null : (attributes[name] ?? null)),
      new Set(),
      () => {},
    )!;
    const plain = readEntry(
      (name) => (name === 'id' || name.includes('-') ? null : (attributes[name] ?? null)),
      new Set(),
      () => {},
    )!;
    assert.equal(anonymous.key, plain.key);
  });
});

describe("every language's texts against the French reference", async () => {
  const texts = async (lang: (typeof LANGS)[number]) => ({
    ...(await BANNER_IMPORTS[lang]()).banner,
    ...(await CHARTER_IMPORTS[lang]()).charter,
    ...(await PLACEHOLDER_IMPORTS[lang]()).placeholder,
  });
  const fr: Record<string, string> = await texts('fr');
  const en: Record<string, string> = await texts('en');
  // `{months}` (a number, beside the language's own word for months) may stand for `{kept}`.
  const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => (match[1] === 'months' ? 'kept' : match[1])).sort();
  // Strings that may read the same in several languages: proper nouns and technical names alone.
  const sameEverywhere = (text: string) => /^[\s\u2068\u2069]*(API|CSRF|Opendatasoft|\(|\)|\{\w+\}|[\s:])*[\s\u2068\u2069]*$/.test(text);

  for (const lang of LANGS) {
    test(`${lang}: every key, each with the French one's {placeholders}${lang === 'fr' || lang === 'en' ? '' : ', none left in French or English'}`, async () => {
      const own: Record<string, string> = await texts(lang);
      assert.deepEqual(Object.keys(own).sort(), Object.keys(fr).sort());
      for (const [key, text] of Object.entries(own)) {
        assert.ok(text.trim(), `${lang}.${key} is empty`);
        // The banner's duration: {kept}, written in the language; {months} stays available to replacements.
        assert.deepEqual(names(text), names(fr[key]), `${lang}.${key} keeps the placeholders of the French`);
        if (lang !== 'fr' && lang !== 'en' && !sameEverywhere(text)) {
          assert.notEqual(text, fr[key], `${lang}.${key} is still the French text`);
          assert.notEqual(text, en[key], `${lang}.${key} is still the English text`);
        }
      }
    });
  }
});
