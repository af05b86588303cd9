// What the scanner concludes from what it recorded: the findings, the suggested entries, the catalogue.
// Pure functions of the build, without a browser.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import {
  durationDays,
  durationText,
  entriesReport,
  exitStatus,
  findingsOf,
  lookup,
  namesPattern,
  painter,
  services,
  siteOf,
  statisticsLimit,
  suggestedId,
  suggestionFor,
  textReport,
} from '../dist/index.js';

const NOW = Date.UTC(2026, 0, 15);
const entry = (fields) => ({
  id: null,
  provider: '',
  service: '',
  purpose: '',
  duration: '',
  builtin: false,
  exempt: false,
  ...fields,
  days: durationDays(fields.duration ?? ''),
});
const platform = ['sessionid', 'django_language', 'csrftoken', 'cookies_preferences'].map((name) =>
  entry({ id: name, category: 'necessary', provider: 'Opendatasoft', cookies: [name], builtin: true }),
);
const matomo = entry({ id: 'matomo', category: 'statistics', provider: 'Matomo', cookies: ['_pk_id.*', '_pk_ses.*'], duration: '13 mois' });
const youtube = entry({
  id: 'youtube',
  category: 'third-party',
  provider: 'YouTube',
  cookies: ['YSC', 'VISITOR_INFO1_LIVE'],
  duration: '6 mois',
});
const item = (name, fields = {}) => ({
  type: 'cookie',
  name,
  domain: 'data.example.fr',
  path: '/',
  expires: null,
  session: true,
  httpOnly: false,
  secure: true,
  sameSite: 'Lax',
  partitioned: false,
  partitionKey: null,
  thirdParty: false,
  firstPhase: 'initial',
  url: 'https://data.example.fr/',
  ...fields,
});
const kinds = (findings, kind) => findings.filter((finding) => finding.kind === kind).map((finding) => finding.name);
const scanOf = (declared, phases) => ({
  url: ['https://data.example.fr/'],
  date: new Date(NOW).toISOString(),
  lang: 'fr',
  widget: true,
  choices: { refused: 'banner', accepted: 'banner' },
  declared,
  phases,
  findings: findingsOf(declared, phases, 'fr', NOW),
});

test('names match entries as the widget matches them: * is any run of characters, the rest is literal', () => {
  assert.ok(namesPattern(['_pk_id.*']).test('_pk_id.1.a1b2'));
  assert.ok(!namesPattern(['_pk_id.*']).test('_pk_idX1'));
  assert.ok(namesPattern(['_ga', '_ga_*']).test('_ga_ABC123'));
  assert.ok(!namesPattern(['_ga']).test('_gat'));
});

test('set-before-consent: an optional cookie before any choice; necessary and exempt ones are not', () => {
  const exempt = entry({ id: 'mesure', category: 'statistics', cookies: ['_pk_id.*'], duration: '13 mois', exempt: true });
  const findings = findingsOf(
    [...platform, exempt, youtube],
    {
      initial: [item('sessionid'), item('_pk_id.1.ab'), item('YSC', { domain: '.youtube.com', thirdParty: true })],
      refused: [],
      accepted: [],
    },
    'fr',
    NOW,
  );
  assert.deepEqual(kinds(findings, 'set-before-consent'), ['YSC']);
  assert.equal(findings.find((finding) => finding.kind === 'set-before-consent').entry.id, 'youtube');
});

test('set-before-consent: an undeclared cookie is optional unless the catalogue knows it as necessary', () => {
  const findings = findingsOf(
    platform,
    {
      initial: [item('_ga', { expires: 400, session: false }), item('__cf_bm', { domain: '.vimeo.com' }), item('mystery')],
      refused: null,
      accepted: null,
    },
    'fr',
    NOW,
  );
  assert.deepEqual(kinds(findings, 'set-before-consent').sort(), ['_ga', 'mystery']);
});

test('a storage key that nobody knows is recorded and undeclared, but not judged as consent', () => {
  const findings = findingsOf(
    platform,
    {
      initial: [
        item('ui-state', { type: 'localStorage', session: false }),
        item('yt-remote-device-id', { type: 'localStorage', domain: 'www.youtube.com' }),
      ],
      refused: [],
      accepted: [],
    },
    'fr',
    NOW,
  );
  assert.deepEqual(kinds(findings, 'set-before-consent'), ['yt-remote-device-id']);
  assert.deepEqual(kinds(findings, 'undeclared').sort(), ['ui-state', 'yt-remote-device-id']);
});

test('set-after-refusal: any optional name after "Tout refuser", exempt ones included; the choice itself is not', () => {
  const exempt = { ...matomo, exempt: true };
  const findings = findingsOf(
    [...platform, exempt],
    {
      initial: [],
      refused: [item('cookies_preferences', { expires: 182, session: false }), item('_pk_ses.1.ab')],
      accepted: [],
    },
    'fr',
    NOW,
  );
  assert.deepEqual(kinds(findings, 'set-after-refusal'), ['_pk_ses.1.ab']);
  assert.deepEqual(kinds(findings, 'set-before-consent'), []);
});

test('undeclared: once per name and domain, at the first phase that saw it, with the catalogue’s entry', () => {
  const ga = item('_ga', { domain: '.example.fr', expires: 400, session: false });
  const findings = findingsOf(platform, { initial: [], refused: [ga], accepted: [{ ...ga, firstPhase: 'refused' }] }, 'fr', NOW);
  const undeclared = findings.filter((finding) => finding.kind === 'undeclared');
  assert.equal(undeclared.length, 1);
  assert.equal(undeclared[0].phase, 'refused');
  assert.equal(undeclared[0].domain, '.example.fr');
  assert.deepEqual(
    { id: undeclared[0].entry.id, category: undeclared[0].entry.category, declared: undeclared[0].entry.declared },
    { id: 'google-analytics', category: 'statistics', declared: false },
  );
});

test('longer-than-declared: beyond the declared duration and its tolerance, or a session declared', () => {
  const month = entry({ id: 'm', category: 'first-party', cookies: ['a', 'b', 'c'], duration: '1 mois' });
  const session = entry({ id: 's', category: 'first-party', cookies: ['d'], duration: 'Session' });
  const persistent = (name, expires) => item(name, { expires, session: false });
  const findings = findingsOf(
    [month, session],
    {
      initial: [],
      refused: [],
      accepted: [persistent('a', 31), persistent('b', 32.2), persistent('c', 33), persistent('d', 1), item('d')],
    },
    'fr',
    NOW,
  );
  assert.deepEqual(kinds(findings, 'longer-than-declared').sort(), ['c', 'd']);
});

test('longer-than-declared: statistics beyond 13 months, whatever the charter says', () => {
  const ga = entry({ id: 'ga', category: 'statistics', cookies: ['_ga'], duration: '2 ans' });
  const limit = statisticsLimit(NOW);
  assert.ok(limit >= 396 && limit <= 398, `${limit}`);
  const findings = findingsOf(
    [ga, matomo],
    {
      initial: [],
      refused: [],
      accepted: [item('_ga', { expires: 400, session: false }), item('_pk_id.1.ab', { expires: 393, session: false })],
    },
    'fr',
    NOW,
  );
  assert.deepEqual(kinds(findings, 'longer-than-declared'), ['_ga']);
  assert.match(findings.find((finding) => finding.kind === 'longer-than-declared').detail, /13 months/);
});

test('declared-not-seen: each declared name no phase stored', () => {
  const findings = findingsOf(
    [...platform, matomo],
    { initial: [item('sessionid')], refused: [item('_pk_id.1.x')], accepted: [] },
    'fr',
    NOW,
  );
  assert.deepEqual(kinds(findings, 'declared-not-seen').sort(), ['_pk_ses.*', 'cookies_preferences', 'csrftoken', 'django_language']);
});

test('the exit status is 1 for a consent finding only', () => {
  assert.equal(exitStatus(scanOf([...platform, matomo], { initial: [], refused: [], accepted: [item('mystery')] })), 0);
  assert.equal(exitStatus(scanOf([...platform, matomo], { initial: [item('_pk_id.1')], refused: [], accepted: [] })), 1);
});

test('--entries: the catalogue’s entry for a known tracker, escaped; an unknown one commented out for review', () => {
  const scan = scanOf(platform, {
    initial: [item('_ga', { expires: 400, session: false }), item('_ga_ABC', { expires: 400, session: false })],
    refused: [],
    accepted: [item('x"<y>', { expires: 10, session: false }), item('_pk_ref.1.a', { expires: 180, session: false })],
  });
  const html = entriesReport(scan);
  assert.match(
    html,
    /<cookie-charter-entry id="google-analytics" category="statistics" provider="Google" [^>]*cookies="_ga _ga_\*"[^>]*duration="2 ans"><\/cookie-charter-entry>/,
  );
  assert.match(html, /13 mois/, 'a statistics tracker kept longer than 13 months is pointed out');
  assert.match(html, /id="matomo" category="statistics"/);
  const unknown = html.slice(html.indexOf('À COMPLÉTER'));
  assert.match(unknown, /cookies="x&quot;&lt;y&gt;"/);
  assert.match(unknown, /category=""/);
  assert.match(unknown, /duration="10 jours"/);
  assert.ok(html.indexOf('<!--', html.indexOf('x"<y>') - 200) < html.indexOf('id="x'), 'the unknown entry is inside a comment');
  assert.doesNotMatch(html.replace(/<!--|-->/g, ''), /--/, 'no comment is broken');
});

test('--entries: a tracker of a provider the charter already declares extends that entry', () => {
  const html = entriesReport(
    scanOf([...platform, matomo], { initial: [], refused: [], accepted: [item('_pk_ref.1.a', { expires: 180, session: false })] }),
  );
  assert.match(html, /Ajoutez _pk_ref\.\* aux cookies de l'entrée « matomo »/);
  assert.doesNotMatch(html, /<cookie-charter-entry/);
});

test('--entries: an unknown name’s id is the one the widget’s warnings suggest, by the table its browser tests read', () => {
  // test/consent/suggested-id.test.ts checks the widget's own src/consent/suggested-id.ts against the same rows.
  const table = JSON.parse(readFileSync(new URL('../../../test/fixtures/suggested-ids.json', import.meta.url), 'utf8'));
  assert.ok(table.length > 20);
  for (const [name, id] of table) {
    assert.equal(suggestedId(name), id, name);
    if (name && !lookup(name, 'data.example.fr')) assert.equal(suggestionFor(item(name), platform, 'fr').id, id, name);
  }
  const html = entriesReport(
    scanOf(platform, { initial: [], refused: [], accepted: [item('Médiamétrie', { type: 'localStorage' }), item('constructor')] }),
  );
  assert.match(html, /<cookie-charter-entry id="mediametrie" category="" [^>]*cookies="Médiamétrie"/);
  assert.match(html, /<cookie-charter-entry id="constructor-entry" category="" [^>]*cookies="constructor"/);
});

test('durations in the charter’s words read back as at least what was seen', () => {
  for (const days of [0.0208, 0.5, 1, 14, 30, 31, 90, 182, 184, 365, 366, 395, 400, 730, 10950]) {
    for (const lang of ['fr', 'en']) {
      const text = durationText(days, lang);
      assert.ok(durationDays(text) * 1.01 + 2 >= days, `${days} days: "${text}" is ${durationDays(text)}`);
    }
  }
  assert.equal(durationText(395, 'fr'), '13 mois');
  assert.equal(durationText(730, 'en'), '2 years');
  assert.equal(durationText('session', 'fr'), 'Session');
});

test('sites: registrable domains, with the multi-label suffixes portals use', () => {
  assert.equal(siteOf('.data.example.fr'), 'example.fr');
  assert.equal(siteOf('data.culture.gouv.fr'), 'culture.gouv.fr');
  assert.equal(siteOf('www.youtube.com'), 'youtube.com');
  assert.equal(siteOf('127.0.0.1'), '127.0.0.1');
  assert.equal(siteOf('localhost'), 'localhost');
});

test('the catalogue: every service has a category, a source and both languages; no name is listed twice', () => {
  const names = new Set();
  for (const service of services) {
    assert.match(service.category, /^(necessary|statistics|first-party|third-party)$/, service.id);
    assert.match(service.source, /^https:\/\//, service.id);
    assert.equal(suggestedId(service.id), service.id, `${service.id} is an id as the widget would suggest it`);
    for (const field of ['service', 'purpose']) assert.ok(service[field].fr && service[field].en, `${service.id} ${field}`);
    for (const cookie of service.cookies) {
      const key = `${cookie.name}|${service.sites ?? ''}`;
      assert.ok(!names.has(key), `${cookie.name} twice`);
      names.add(key);
      assert.equal(typeof cookie.verified, 'boolean', cookie.name);
    }
  }
  assert.equal(lookup('_pk_id.1.ab12', 'data.example.fr').service.id, 'matomo');
  assert.equal(lookup('ts', 'www.dailymotion.com').service.id, 'dailymotion');
  assert.equal(lookup('ts', 'data.example.fr'), null, 'a generic name counts only on its service’s sites');
});

test('the report: plain text without a terminal, the verdict last', () => {
  const text = textReport(scanOf(platform, { initial: [item('_ga')], refused: [], accepted: [] }), painter(false));
  assert.ok(!text.includes('\u001b['), 'no colour');
  assert.match(text, /set-before-consent\s+_ga \(data\.example\.fr, initial\)/);
  assert.match(text, /1 stored without consent: exit status 1\.\n.*\n$/);
  assert.ok(
    textReport(scanOf(platform, { initial: [], refused: [], accepted: [] }), painter(true)).includes('\u001b[32m'),
    'green on a terminal',
  );
});

test('the report of a page without the widget: the initial phase only, and why', () => {
  const scan = {
    ...scanOf([], { initial: [item('_ga')], refused: null, accepted: null }),
    widget: false,
    choices: { refused: null, accepted: null },
  };
  const text = textReport(scan, painter(false));
  assert.match(text, /No cookie-charter widget answered: only the initial phase ran/);
  assert.match(text, /_ga\s+cookie\s+data\.example\.fr\s+yes\s+session\s+undeclared/);
  assert.equal(exitStatus(scan), 1);
});
