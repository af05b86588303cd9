// What a receiver promises, whatever its database: the same cases run on PGlite (pglite.test.js) and
// on a PostgreSQL server (postgres.test.js).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { charterDigest } from '../dist/index.js';
import { exported, ORIGIN, post, receipt, TOKEN } from './helpers.js';

export const SHOWN = {
  v: 1,
  lang: 'fr',
  revision: '2024-06',
  texts: { title: 'Charte <img src=x onerror=alert(1)> cookies' },
  entries: [
    {
      id: 'matomo',
      category: 'statistics',
      provider: 'Matomo',
      service: "Mesure d'audience",
      cookies: ['_pk_id.*', '_pk_ses.*'],
      purpose: 'Mesurer la fréquentation',
      duration: '13 mois',
      exempt: true,
    },
  ],
};

export const charterOf = (shown) => ({ charter: charterDigest(JSON.stringify(shown)), shown });

/** The cases, against the receiver that `receiver()` gives once the suite has started it. */
export function receiverCases(receiver) {
  it('answers 204 to a receipt, with CORS for its origin, and the export finds it with the charter it answered', async () => {
    const { url } = receiver();
    const charter = charterOf(SHOWN);
    const sent = receipt({ id: 'caseone001', charter: charter.charter });
    const answer = await post(url, sent);
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('access-control-allow-origin'), ORIGIN);
    assert.equal(answer.headers.get('vary'), 'Origin');
    assert.equal((await post(url, charter)).status, 204);
    const proof = await exported(url, { id: 'caseone001' });
    assert.equal(proof.receipts.length, 1);
    const [stored] = proof.receipts;
    assert.deepEqual(
      { ...stored, arrived: undefined },
      {
        ...sent,
        origin: ORIGIN,
        shown: 'charter',
        arrived: undefined,
        objections: ['matomo'],
        categories: { statistics: false, 'third-party': false },
      },
    );
    assert.ok(Math.abs(Date.parse(stored.arrived) - Date.now()) < 60_000, 'the arrival time is the server’s');
    assert.deepEqual(
      proof.charters.map(({ origin, charter: digest, shown }) => ({ origin, charter: digest, shown })),
      [{ origin: ORIGIN, charter: charter.charter, shown: SHOWN }],
    );
  });

  it('stores a receipt sent twice once, keeps every change of one id, and marks an earlier widget’s and a GPC refusal’s charter', async () => {
    const { url } = receiver();
    const first = receipt({ id: 'casetwo002', charter: undefined });
    delete first.charter;
    assert.equal((await post(url, first)).status, 204);
    assert.equal(
      (await post(url, Object.fromEntries(Object.entries(first).reverse()))).status,
      204,
      'the same receipt, keys in another order',
    );
    const changed = receipt({
      id: 'casetwo002',
      date: '2024-06-13T10:00:00.000Z',
      categories: { statistics: true, 'third-party': true },
      objections: [],
    });
    assert.equal((await post(url, changed)).status, 204);
    const gpc = receipt({ id: 'casegpc003', gpc: true });
    assert.equal((await post(url, gpc)).status, 204);
    const proof = await exported(url, { id: 'casetwo002' });
    assert.deepEqual(
      proof.receipts.map((stored) => [stored.date, stored.shown, stored.charter]),
      [
        ['2024-06-12T09:30:12.000Z', 'unknown', null],
        ['2024-06-13T10:00:00.000Z', 'charter', '0123456789abcdef'],
      ],
    );
    const refused = await exported(url, { id: 'casegpc003' });
    assert.deepEqual(
      refused.receipts.map((stored) => [stored.shown, stored.gpc, stored.charter]),
      [['nothing', true, '0123456789abcdef']],
    );
  });

  it('refuses, and stores nothing of, a bad body, a body over 4 KB, an unlisted origin, a wrong type or method', async () => {
    const { url } = receiver();
    const id = 'casebad004';
    const statuses = [
      (await post(url, '{"categories":', {})).status,
      (await post(url, receipt({ id, entries: { __proto__: null, constructor: true } }))).status,
      (await post(url, { ...receipt({ id }), ip: '192.0.2.1' })).status,
      (await post(url, receipt({ id, revision: 'x'.repeat(65) }))).status,
      (await post(url, JSON.stringify(receipt({ id })) + ' '.repeat(4200))).status,
      (await post(url, receipt({ id }), { origin: 'https://evil.example' })).status,
      (await post(url, receipt({ id }), { origin: null })).status,
      (await post(url, receipt({ id }), { type: 'application/json' })).status,
      (await post(url, receipt({ id }), { type: 'text/plain;charset=latin1' })).status,
      (await post(url, new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).status,
      (await fetch(`${url}/receipts`, { method: 'PUT', body: JSON.stringify(receipt({ id })), headers: { Origin: ORIGIN } })).status,
      (await post(url, { charter: '0000000000000000', shown: SHOWN })).status,
    ];
    assert.deepEqual(statuses, [400, 400, 400, 400, 413, 403, 403, 415, 415, 400, 405, 400]);
    assert.deepEqual((await exported(url, { id })).receipts, []);
  });

  it('keeps every different charter sent under one digest, once each, with when it first arrived', async () => {
    const { url } = receiver();
    const charter = charterOf({ ...SHOWN, lang: 'en' });
    assert.equal((await post(url, charter)).status, 204);
    assert.equal((await post(url, charter)).status, 204);
    assert.equal((await post(url, receipt({ id: 'casechr005', charter: charter.charter }))).status, 204);
    const proof = await exported(url, { id: 'casechr005' });
    assert.equal(proof.charters.length, 1, 'a charter sent twice is kept once');
    assert.equal(proof.charters[0].shown.lang, 'en');
  });

  it('exports a period as JSON and as CSV whose cells cannot start a formula', async () => {
    const { url } = receiver();
    assert.equal((await post(url, receipt({ id: 'casecsv006', revision: '=HYPERLINK("x")' }))).status, 204);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const csv = await exported(url, { from: today, to: today }, 'csv');
    const lines = csv.trim().split('\r\n');
    assert.equal(
      lines[0],
      'arrived,origin,id,date,revision,charter,shown,gpc,statistics,first-party,third-party,entries allowed,entries refused,objections',
    );
    const line = lines.find((text) => text.includes('casecsv006'));
    assert.match(line, /,"'=HYPERLINK\(""x""\)",/);
    const json = await exported(url, { from: today });
    assert.ok(json.receipts.some((stored) => stored.id === 'casecsv006'));
  });

  it('reads nothing without the token, and erases one id on request', async () => {
    const { url } = receiver();
    assert.equal((await post(url, receipt({ id: 'caseera007' }))).status, 204);
    for (const path of ['/export.json?id=caseera007', '/export.csv?from=2020-01-01'])
      assert.equal((await fetch(`${url}${path}`)).status, 401, path);
    const wrong = await fetch(`${url}/export.json?id=caseera007`, { headers: { Authorization: 'Bearer not-the-token-at-all' } });
    assert.equal(wrong.status, 401);
    assert.equal((await fetch(`${url}/receipts?id=caseera007`, { method: 'DELETE' })).status, 401);
    const erased = await fetch(`${url}/receipts?id=caseera007`, { method: 'DELETE', headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.deepEqual(await erased.json(), { id: 'caseera007', deleted: 1 });
    assert.deepEqual((await exported(url, { id: 'caseera007' })).receipts, []);
  });
}
