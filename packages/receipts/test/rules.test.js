// The receiver's pure rules, as tables: the digest, the reading of receipts and charters, the
// dashboard's counting, CSV cells and the configuration.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDay, charterDigest, csvCell, kindOf, readBody, readConfig } from '../dist/index.js';
import { receipt } from './helpers.js';

describe('charterDigest', () => {
  it('gives 16 lowercase hex digits, the same for the same text, another for another', () => {
    const table = ['', '{}', '{"v":1,"lang":"fr"}', 'é€😀'];
    const digests = table.map(charterDigest);
    for (const digest of digests) assert.match(digest, /^[0-9a-f]{16}$/);
    assert.equal(new Set(digests).size, table.length);
    assert.equal(charterDigest('{}'), digests[1]);
    assert.equal(charterDigest(''), '811c9dc5cbf29ce4', 'no character: both seeds as they are');
  });
});

describe('readBody', () => {
  const encode = (value) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
  const table = [
    ['a receipt of the widget', receipt(), 'receipt'],
    ['a receipt of an earlier widget, without charter', { ...receipt(), charter: undefined }, 'receipt'],
    ['a GPC refusal', receipt({ gpc: true, categories: { statistics: false } }), 'receipt'],
    ['a revision null', receipt({ revision: null }), 'receipt'],
    ['a charter whose digest matches', { charter: charterDigest('{"v":1}'), shown: { v: 1 } }, 'charter'],
    ['a charter whose digest does not', { charter: '0000000000000000', shown: { v: 1 } }, 400],
    ['an unknown category', receipt({ categories: { necessary: true } }), 400],
    ['an answer that is not a boolean', receipt({ categories: { statistics: 'yes' } }), 400],
    [
      'an entry named __proto__',
      '{"categories":{},"entries":{"__proto__":true},"objections":[],"revision":null,"date":"2024-06-12T09:30:12.000Z","id":"k2m9q4p1x7","gpc":false}',
      400,
    ],
    ['an objection named constructor', receipt({ objections: ['constructor'] }), 400],
    ['an id in capitals', receipt({ id: 'K2M9Q4P1X7' }), 400],
    ['a date not in UTC', receipt({ date: '2024-06-12T09:30:12+02:00' }), 400],
    ['a date that does not exist', receipt({ date: '2024-02-30T09:30:12.000Z' }), 400],
    ['a charter digest in capitals', receipt({ charter: '0123456789ABCDEF' }), 400],
    ['a key the widget does not send', { ...receipt(), userAgent: 'x' }, 400],
    ['a missing key', { ...receipt(), gpc: undefined }, 400],
    [
      'a receipt over 4 KB',
      { ...receipt(), entries: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`entry-${i}-${'x'.repeat(20)}`, true])) },
      413,
    ],
    ['an array', [], 400],
    ['null', 'null', 400],
  ];
  for (const [name, body, expected] of table)
    it(`${name}: ${expected}`, () => {
      const read = readBody(encode(body));
      assert.equal(read.kind ?? read.status, expected, read.problem);
    });
  it('refuses invalid UTF-8 and bodies over 64 KB', () => {
    assert.equal(readBody(Uint8Array.from([0x22, 0xc3, 0x28, 0x22])).status, 400);
    assert.equal(readBody(new Uint8Array(65 * 1024)).status, 413);
  });
});

describe('kindOf: how the dashboard counts an answer', () => {
  const answer = (changes) => ({ revision: '2024-06', gpc: false, categories: {}, entries: {}, objections: [], ...changes });
  const table = [
    ['every category allowed', answer({ categories: { statistics: true, 'third-party': true } }), 'accept'],
    [
      'every category refused, an exempt entry objected to',
      answer({ categories: { statistics: false }, entries: { matomo: false }, objections: ['matomo'] }),
      'refuse',
    ],
    ['categories allowed but an exempt entry objected to', answer({ categories: { statistics: true }, objections: ['matomo'] }), 'partial'],
    [
      'a category refused, one of its entries allowed',
      answer({ categories: { 'third-party': false }, entries: { youtube: true } }),
      'partial',
    ],
    ['a refusal from GPC', answer({ gpc: true, categories: { statistics: false } }), 'gpc'],
    ['nothing answered', answer({}), 'partial'],
  ];
  for (const [name, input, expected] of table) it(`${name}: ${expected}`, () => assert.equal(kindOf(input), expected));

  it('counts per day and revision, against answers, each category against the answers that answered it', () => {
    const tallies = new Map();
    addDay(tallies, '2024-06-12', [
      answer({ categories: { statistics: true } }),
      answer({ categories: { statistics: false, 'third-party': false }, objections: ['matomo'] }),
      answer({ revision: null, gpc: true, categories: { statistics: false } }),
    ]);
    const [day] = tallies.get('2024-06').days;
    assert.deepEqual(day.kinds, { accept: 1, refuse: 1, partial: 0, gpc: 0 });
    assert.deepEqual(day.categories.statistics, { answered: 2, allowed: 1 });
    assert.deepEqual(day.categories['third-party'], { answered: 1, allowed: 0 });
    assert.deepEqual(day.objections, { matomo: 1 });
    assert.equal(tallies.get(null).days[0].kinds.gpc, 1);
  });
});

describe('csvCell', () => {
  const table = [
    ['plain', 'plain'],
    ['=1+1', "'=1+1"],
    ['+33', "'+33"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['line\nbreak', '"line\nbreak"'],
  ];
  for (const [cell, expected] of table) it(JSON.stringify(cell), () => assert.equal(csvCell(cell), expected));
});

describe('readConfig', () => {
  const base = { RECEIPTS_TOKEN: 'a-token-of-20-chars!', RECEIPTS_ORIGINS: 'https://data.example.fr, https://www.example.fr:8443/' };
  it('reads the defaults', () => {
    const { config } = readConfig(base, '/srv');
    assert.deepEqual(
      { ...config, origins: [...config.origins] },
      {
        host: '127.0.0.1',
        port: 8787,
        databaseUrl: null,
        dataDir: '/srv/receipts-data',
        token: base.RECEIPTS_TOKEN,
        origins: ['https://data.example.fr', 'https://www.example.fr:8443'],
        retentionDays: 1826,
        ratePerOrigin: 50,
        maxDatabaseBytes: 2048 * 1024 * 1024,
      },
    );
  });
  const problems = [
    [{}, /RECEIPTS_TOKEN is required[^]*RECEIPTS_ORIGINS is required/],
    [{ ...base, RECEIPTS_ORIGINS: 'https://data.example.fr/path' }, /is not an origin/],
    [{ ...base, RECEIPTS_RETENTION_DAYS: '394' }, /from 395/],
    [{ ...base, DATABASE_URL: 'mysql://x' }, /postgres:\/\//],
    [{ ...base, RECEIPTS_TOKEN: 'short' }, /too short/],
  ];
  for (const [env, expected] of problems)
    it(`refuses ${JSON.stringify(env).slice(0, 80)}`, () => assert.match(readConfig(env).problems.join('\n'), expected));
});
