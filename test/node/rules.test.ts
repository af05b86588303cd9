/*
 * The consent rules (src/consent/rules.ts), the reading of an entry (config.ts), the cookies deletion
 * removes (enforcement/deletion.ts) and the checks of exempt entries, as tables: each row a situation
 * and what a portal relies on in it. Pure functions: they run in Node, without a page.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { entryDigest, type Choice } from '../../src/consent/choice.js';
import { encodeChoice } from '../../src/consent/codec.js';
import { readEntry, type CharterConfig, type EntryConfig } from '../../src/consent/config.js';
import { answerTable, countedCopy, holding, isDecided, nextChoice } from '../../src/consent/rules.js';
import type { Problem } from '../../src/consent/warn.js';
import { refusedCookies } from '../../src/enforcement/deletion.js';
import { exemptProblems } from '../../src/enforcement/exempt-checks.js';

const DAY = 86400;
const NOW = 1796515200;

const choice = (fields: Partial<Choice> = {}): Choice => ({
  categories: {},
  entries: Object.create(null),
  seen: '',
  revision: 'r1',
  time: NOW,
  id: 'abcdef1234',
  ...fields,
});

const entry = (id: string | null, category: EntryConfig['category'], fields: Partial<EntryConfig> = {}): EntryConfig => ({
  id,
  key: id ?? `Sans identifiant ${category}`,
  category,
  provider: id ?? 'Sans identifiant',
  service: '',
  cookies: [],
  purpose: '',
  duration: '',
  exempt: false,
  ...fields,
});

const MATOMO = entry('matomo', 'statistics', { cookies: ['_pk_id.*', '_pk_ses.*'] });
const EXEMPT_MATOMO = { ...MATOMO, exempt: true };
const GA = entry('ga', 'statistics', { cookies: ['_ga', '_ga_*'] });
const YOUTUBE = entry('youtube', 'third-party', { cookies: ['YSC', 'VISITOR_INFO1_LIVE'] });
const ANON = entry(null, 'statistics', { cookies: ['_anon'] });

const charter = (entries: EntryConfig[], fields: Partial<CharterConfig> = {}): CharterConfig => ({
  platform: 'https://data.example.fr',
  lang: 'fr',
  revision: 'r1',
  expires: 182,
  cookieDomain: null,
  googleConsentMode: null,
  ignoreGpc: false,
  receiptEndpoint: null,
  policyUrl: null,
  entries,
  ...fields,
});

/** The digests of entries an allowed category covered, run together as the cookie keeps them. */
const seen = (...keys: string[]) => keys.map(entryDigest).join('');

describe('which copy of cookies_preferences counts (countedCopy)', () => {
  const accepted = encodeChoice(choice({ categories: { statistics: true }, time: NOW }));
  const refusedSameTime = encodeChoice(choice({ categories: { statistics: false }, time: NOW, id: 'zzzzzz0001' }));
  const older = encodeChoice(choice({ categories: { statistics: false }, time: NOW - 10 }));
  const later = `{"v":3,"s":1,"z":1,"d":${NOW + 5},"i":"later00001"}`;
  const rows: [string, string[], { statistics?: boolean; laterFormat: boolean } | null][] = [
    ['nothing stored', [], null],
    ['one copy', [accepted], { statistics: true, laterFormat: false }],
    ['the latest date wins, whatever the order', [older, accepted], { statistics: true, laterFormat: false }],
    ['the latest date wins, read the other way', [accepted, older], { statistics: true, laterFormat: false }],
    ['on a tie, the copy that allows less', [accepted, refusedSameTime], { statistics: false, laterFormat: false }],
    ['on a tie, read the other way', [refusedSameTime, accepted], { statistics: false, laterFormat: false }],
    ['a value the widget did not write is no copy', ['{"s":1,"d":1796515200}', 'yes', accepted], { statistics: true, laterFormat: false }],
    ['a later format, newer: no choice here', [accepted, later], { laterFormat: true }],
  ];
  for (const [name, values, want] of rows)
    test(name, () => {
      const { counted, laterFormat } = countedCopy(values);
      if (want === null) return assert.deepEqual({ counted, laterFormat }, { counted: null, laterFormat: false });
      assert.equal(laterFormat, want.laterFormat);
      assert.equal(counted?.categories.statistics, want.statistics);
    });
});

describe('whether the copy that counts holds (holding)', () => {
  const config = charter([MATOMO]);
  const rows: [string, Choice | null, CharterConfig, number, { choice: boolean; recent: boolean }][] = [
    ['none', null, config, NOW, { choice: false, recent: false }],
    ['made now, same revision', choice(), config, NOW, { choice: true, recent: true }],
    ['182 days old, expires 182', choice(), config, NOW + 182 * DAY, { choice: true, recent: true }],
    ['a second past expires', choice(), config, NOW + 182 * DAY + 1, { choice: false, recent: false }],
    ['another revision: objections are still read', choice({ revision: 'r0' }), config, NOW, { choice: false, recent: true }],
    ['no revision on either side', choice({ revision: null }), charter([MATOMO], { revision: null }), NOW, { choice: true, recent: true }],
    ['5 minutes ahead of this clock', choice(), config, NOW - 300, { choice: true, recent: true }],
    ['more than 5 minutes ahead', choice(), config, NOW - 301, { choice: false, recent: false }],
  ];
  for (const [name, counted, config, now, want] of rows)
    test(name, () => {
      const held = holding(counted, config, now);
      assert.deepEqual({ choice: held.choice !== null, recent: held.recent !== null }, want);
    });
});

describe('what a choice allows (answerTable, isDecided)', () => {
  type Row = [
    name: string,
    entries: EntryConfig[],
    choice: Choice | null,
    want: Record<string, boolean>,
    more?: { decided?: boolean; objections?: string[]; laterFormat?: boolean; recent?: Choice; gpc?: boolean },
  ];
  const rows: Row[] = [
    [
      'nothing chosen: only necessary',
      [MATOMO, YOUTUBE],
      null,
      { necessary: true, statistics: false, matomo: false, youtube: false },
      { decided: false },
    ],
    [
      'statistics allowed: its entries it covered',
      [MATOMO, YOUTUBE],
      choice({ categories: { statistics: true, 'third-party': false }, seen: seen('matomo') }),
      { statistics: true, matomo: true, youtube: false },
      { decided: true },
    ],
    [
      'an entry added since: not covered, asked again',
      [MATOMO, GA],
      choice({ categories: { statistics: true }, seen: seen('matomo') }),
      { statistics: false, matomo: true, ga: false },
      { decided: false },
    ],
    [
      'a choice of the first format covers every entry',
      [MATOMO, GA],
      { ...choice({ categories: { statistics: true } }), seen: undefined },
      { statistics: true, matomo: true, ga: true },
      { decided: true },
    ],
    [
      'an entry answered on its own',
      [MATOMO, GA],
      choice({ categories: { statistics: true }, entries: { ga: false }, seen: seen('matomo') }),
      { statistics: true, matomo: true, ga: false },
      { decided: true },
    ],
    [
      'an entry without an id follows its category',
      [ANON],
      choice({ categories: { statistics: true }, seen: seen(ANON.key) }),
      { statistics: true },
      { decided: true },
    ],
    ['exempt, nothing chosen: allowed, nothing to ask', [EXEMPT_MATOMO], null, { statistics: true, matomo: true }, { decided: true }],
    [
      'exempt beside an entry that needs consent: allowed, the banner asks',
      [EXEMPT_MATOMO, YOUTUBE],
      null,
      { matomo: true, youtube: false, statistics: true },
      { decided: false },
    ],
    [
      'exempt, objected to on its own',
      [EXEMPT_MATOMO],
      choice({ categories: { statistics: true }, entries: { matomo: false } }),
      { matomo: false },
      { objections: ['matomo'] },
    ],
    [
      'exempt, its category refused: objected to',
      [EXEMPT_MATOMO],
      choice({ categories: { statistics: false } }),
      { matomo: false, statistics: false },
      { objections: ['matomo'] },
    ],
    [
      'exempt, its category refused but it left on',
      [EXEMPT_MATOMO],
      choice({ categories: { statistics: false }, seen: seen('matomo') }),
      { matomo: true },
      { objections: [] },
    ],
    [
      'exempt, an objection under another revision still holds',
      [EXEMPT_MATOMO],
      null,
      { matomo: false },
      { recent: choice({ revision: 'r0', entries: { matomo: false } }), objections: ['matomo'] },
    ],
    [
      'exempt, a later format may hold an objection',
      [EXEMPT_MATOMO],
      null,
      { matomo: false },
      { laterFormat: true, objections: ['matomo'] },
    ],
    [
      'Global Privacy Control: anything unanswered counts as refused',
      [MATOMO, YOUTUBE],
      choice({ categories: { statistics: false } }),
      { statistics: false, youtube: false },
      { decided: true, gpc: true },
    ],
  ];
  for (const [name, entries, held, want, more = {}] of rows)
    test(name, () => {
      const table = answerTable(charter(entries), held, more.recent ?? held, more.laterFormat ?? false);
      for (const [key, allowed] of Object.entries(want)) assert.equal(table.allowed[key] === true, allowed, `allows ${key}`);
      if (more.decided !== undefined) assert.equal(isDecided(held, table, more.gpc ?? false), more.decided, 'decided');
      if (more.objections) assert.deepEqual(table.objectedIds, more.objections);
    });
});

describe('the next choice from the last one and an answer (nextChoice)', () => {
  const config = charter([MATOMO, GA, YOUTUBE]);
  const next = (last: Choice | null, answers: Record<string, boolean>, config_ = config, everything = false) =>
    nextChoice(config_, last, answerTable(config_, last, last, false), answers, everything, NOW + 60, last?.id ?? 'newchoice1');
  const allows = (made: Choice, name: string, config_ = config) => answerTable(config_, made, made, false).allowed[name];
  test('a first answer of one category leaves the others unanswered', () => {
    const made = next(null, { statistics: true });
    assert.deepEqual(made.categories, { statistics: true });
    assert.equal(made.seen, seen('matomo', 'ga'));
  });
  test('names not given keep their answer', () => {
    const made = next(choice({ categories: { statistics: true, 'third-party': false }, seen: seen('matomo', 'ga') }), { youtube: true });
    assert.deepEqual({ ...made.categories }, { statistics: true, 'third-party': false });
    assert.deepEqual({ ...made.entries }, { youtube: true });
  });
  test("an entry answered on its own keeps that answer, even where it matches its category's now", () => {
    const made = next(choice({ categories: { statistics: true }, seen: seen('matomo', 'ga') }), { ga: true });
    assert.deepEqual({ ...made.entries }, { ga: true });
  });
  test('an entry\'s own refusal stands when its category is allowed later (a placeholder\'s "Autoriser les cookies tiers")', () => {
    const refusedYoutube = next(null, { youtube: false });
    const made = next(refusedYoutube, { 'third-party': true });
    assert.deepEqual({ ...made.entries }, { youtube: false });
    // The category is allowed, as the visitor said: its other entries follow it.
    assert.deepEqual([allows(made, 'youtube'), allows(made, 'third-party')], [false, true]);
  });
  test("an entry's own allowance stands when its category is refused later", () => {
    const made = next(next(choice({ categories: { 'third-party': true }, seen: seen('youtube') }), { youtube: true }), {
      'third-party': false,
    });
    assert.deepEqual([made.categories['third-party'], allows(made, 'youtube')], [false, true]);
  });
  test('"Tout accepter" and "Tout refuser" answer everything: own answers are gone', () => {
    const own = next(null, { youtube: false, ga: true });
    const all = { statistics: true, 'first-party': true, 'third-party': true };
    const accepted = next(own, all, config, true);
    assert.deepEqual([{ ...accepted.entries }, allows(accepted, 'youtube'), allows(accepted, 'ga')], [{}, true, true]);
    const refused = next(own, { statistics: false, 'first-party': false, 'third-party': false }, config, true);
    assert.deepEqual([{ ...refused.entries }, allows(refused, 'youtube'), allows(refused, 'ga')], [{}, false, false]);
  });
  test("the dialog's switches, each entry with its category in one call: those that match it follow it", () => {
    const last = next(null, { ga: false });
    const made = next(last, { statistics: true, matomo: true, ga: true, 'third-party': false, youtube: false });
    assert.deepEqual({ ...made.entries }, {});
    assert.equal(made.seen, seen('matomo', 'ga'));
  });
  test('an objection to an exempt entry stands when its category is allowed later', () => {
    const exempt = charter([EXEMPT_MATOMO, GA]);
    const made = next(next(null, { matomo: false }, exempt), { statistics: true }, exempt);
    assert.deepEqual([allows(made, 'matomo', exempt), allows(made, 'ga', exempt)], [false, true]);
  });
  test('an exempt entry left on beside its refused category stays on when the category is refused again', () => {
    const exempt = charter([EXEMPT_MATOMO, GA]);
    const leftOn = next(null, { statistics: false, matomo: true }, exempt);
    const made = next(leftOn, { statistics: false }, exempt);
    assert.equal(allows(made, 'matomo', exempt), true);
  });
  test('the choice keeps its id, and takes the given time and the charter revision', () => {
    const made = next(
      choice({ categories: { statistics: false }, revision: 'r1' }),
      { statistics: true },
      charter([MATOMO], { revision: 'r2' }),
    );
    assert.deepEqual([made.id, made.time, made.revision], ['abcdef1234', NOW + 60, 'r2']);
  });
  test('an objection to an exempt entry is written, and kept when another name is answered', () => {
    const exempt = charter([EXEMPT_MATOMO, YOUTUBE]);
    const objected = next(null, { matomo: false }, exempt);
    assert.deepEqual({ ...objected.entries }, { matomo: false });
    const after = next(objected, { youtube: true }, exempt);
    assert.equal(after.entries.matomo, false);
  });
  test('an exempt entry left on under its refused category is listed as left on', () => {
    const made = next(null, { statistics: false, matomo: true }, charter([EXEMPT_MATOMO]));
    assert.deepEqual([made.categories.statistics, made.seen], [false, seen('matomo')]);
  });
});

describe('the cookies deletion removes (refusedCookies)', () => {
  const present = ['_pk_id.1.ab12', '_pk_ses.1.ab12', '_ga', '_ga_ABC', 'YSC', 'sessionid', 'csrftoken', 'other'];
  const rows: [string, EntryConfig[], (entry: EntryConfig) => boolean, string[]][] = [
    ['everything allowed: nothing', [MATOMO, GA, YOUTUBE], () => true, []],
    ['a refused entry: its declared names, wildcards included', [MATOMO, GA], (e) => e !== MATOMO, ['_pk_id.1.ab12', '_pk_ses.1.ab12']],
    ['never an undeclared cookie', [YOUTUBE], () => false, ['YSC']],
    [
      'never a platform cookie, even declared by a refused entry',
      [entry('x', 'third-party', { cookies: ['sessionid', 'csrf*'] })],
      () => false,
      [],
    ],
    [
      'a name an allowed entry declares too is kept',
      [GA, entry('ga4', 'statistics', { cookies: ['_ga_*'] })],
      (e) => e.id === 'ga4',
      ['_ga'],
    ],
    [
      "an allowed entry's broader pattern spares nothing",
      [GA, entry('any', 'statistics', { cookies: ['_g*', '*'] })],
      (e) => e.id === 'any',
      ['_ga', '_ga_ABC'],
    ],
    [
      'a platform cookie is spared whatever pattern a refused entry uses',
      [entry('x', 'third-party', { cookies: ['*'] })],
      () => false,
      ['_pk_id.1.ab12', '_pk_ses.1.ab12', '_ga', '_ga_ABC', 'YSC', 'other'],
    ],
  ];
  for (const [name, entries, allows, want] of rows) test(name, () => assert.deepEqual(refusedCookies(entries, allows, present), want));
});

describe('reading an entry from its attributes (readEntry)', () => {
  const read = (attributes: Record<string, string>, taken = new Set<string>()) => {
    const problems: Problem[] = [];
    const entry = readEntry(
      (name) => attributes[name] ?? null,
      taken,
      (...problem) => void problems.push(problem),
    );
    return { entry, codes: problems.map(([code]) => code) };
  };
  const rows: [string, Record<string, string>, Partial<EntryConfig> | null, string[]][] = [
    [
      'a complete entry',
      { id: 'matomo', category: 'statistics', provider: 'Matomo', cookies: '_pk_id.* _pk_ses.*' },
      { id: 'matomo', cookies: ['_pk_id.*', '_pk_ses.*'] },
      [],
    ],
    ['a wrong category: left out', { id: 'x', category: 'marketing' }, null, ['category']],
    [
      'no id: kept, follows its category',
      { category: 'statistics', provider: 'Matomo', cookies: '_pk_id.*' },
      { id: null, key: 'Matomo _pk_id.*' },
      ['noId'],
    ],
    ['a category name as id', { id: 'statistics', category: 'statistics', provider: 'X' }, { id: null }, ['id']],
    ['an id of Object.prototype', { id: 'constructor', category: 'statistics', provider: 'X' }, { id: null }, ['id']],
    ['exempt audience measurement', { id: 'matomo', category: 'statistics', cookies: '_pk_id.*', exempt: '' }, { exempt: true }, []],
    [
      'exempt, but third-party: needs consent',
      { id: 'yt', category: 'third-party', cookies: 'YSC', exempt: '' },
      { exempt: false },
      ['exempt'],
    ],
    [
      'exempt, but without an id: needs consent',
      { category: 'statistics', provider: 'M', cookies: '_pk_id.*', exempt: '' },
      { exempt: false },
      ['noId', 'exempt'],
    ],
    [
      "exempt, but with Google Analytics' cookie: needs consent",
      { id: 'ga', category: 'statistics', cookies: '_ga', exempt: '' },
      { exempt: false },
      ['exempt'],
    ],
    [
      'exempt, but a pattern that can name _ga: needs consent',
      { id: 'm', category: 'statistics', cookies: '_pk_id.* _g*', exempt: '' },
      { exempt: false },
      ['exempt'],
    ],
    ['exempt, but "*": needs consent', { id: 'm', category: 'statistics', cookies: '*', exempt: '' }, { exempt: false }, ['exempt']],
    [
      'exempt, a pattern of advertising cookies: needs consent',
      { id: 'm', category: 'statistics', cookies: '_gcl_*', exempt: '' },
      { exempt: false },
      ['exempt'],
    ],
    [
      'exempt, a pattern no such tracker shares: stays exempt',
      { id: 'm', category: 'statistics', cookies: '_pk_* _gaX*', exempt: '' },
      { exempt: true },
      [],
    ],
  ];
  for (const [name, attributes, want, codes] of rows)
    test(name, () => {
      const { entry, codes: said } = read(attributes);
      assert.deepEqual(said, codes);
      if (want === null) return assert.equal(entry, undefined);
      for (const [key, value] of Object.entries(want)) assert.deepEqual(entry?.[key as keyof EntryConfig], value, key);
    });
  test('an id taken by an entry before: follows its category', () => {
    const taken = new Set<string>();
    read({ id: 'matomo', category: 'statistics' }, taken);
    const { entry, codes } = read({ id: 'matomo', category: 'statistics', provider: 'Matomo 2' }, taken);
    assert.deepEqual([entry?.id, codes], [null, ['twice']]);
  });
});

describe('the checks of exempt entries (exemptProblems)', () => {
  const rows: [string, EntryConfig[], boolean, string[]][] = [
    ['13 months: fine', [{ ...EXEMPT_MATOMO, duration: '13 mois' }, YOUTUBE], false, []],
    ['longer than 13 months', [{ ...EXEMPT_MATOMO, duration: '2 ans' }, YOUTUBE], false, ['exemptDuration']],
    ['every optional entry exempt, no link to object', [EXEMPT_MATOMO], false, ['exemptLink']],
    ['every optional entry exempt, with a link', [EXEMPT_MATOMO], true, []],
    ['only necessary entries', [entry('session', 'necessary')], false, []],
  ];
  for (const [name, entries, hasOpenLink, codes] of rows)
    test(name, () =>
      assert.deepEqual(
        exemptProblems(charter(entries), hasOpenLink).map(([code]) => code),
        codes,
      ),
    );
});
