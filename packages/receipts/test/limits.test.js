// What bounds the receiver, on PGlite: exports longer than a page, the rate per origin, the size cap
// and retention. The receiver runs in this process, from the library, so that the test can write
// receipts of any arrival date through its store and shorten its timers; its log is read, not shown.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { charterDigest, readConfig, startReceiver } from '../dist/index.js';
import { exported, ORIGIN, post, receipt, temporary, TOKEN } from './helpers.js';

const OTHER = 'https://other.example.fr';
const BULK = 'https://bulk.example.fr';
const DAY_MS = 86_400_000;
const RETENTION_DAYS = 395;

const LOG_LINE = /^\d{4}-\d\d-\d\dT[\d:.]+Z (info|warning|error) /;
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The receiver's log lines, kept instead of written; any other output goes through. */
function captureLog() {
  let lines = '';
  const restores = [process.stdout, process.stderr].map((stream) => {
    const write = stream.write;
    stream.write = function (chunk, ...rest) {
      if (typeof chunk === 'string' && LOG_LINE.test(chunk)) {
        lines += chunk;
        return true;
      }
      return write.call(this, chunk, ...rest);
    };
    return () => (stream.write = write);
  });
  return { lines: () => lines, restore: () => restores.forEach((restore) => restore()) };
}

/** Polls `check` every 50 ms until it is true, for 5 s at most. */
async function eventually(check, what) {
  for (let start = Date.now(); Date.now() - start < 5000; await wait(50)) if (await check()) return;
  assert.fail(`${what} did not happen within 5 s`);
}

describe('the receiver’s bounds, on PGlite', () => {
  const folder = temporary('limits');
  const log = captureLog();
  let receiver;
  /** Starts (or restarts) a receiver on the folder, with these settings and timers. */
  const start = async (env = {}, timers = {}) => {
    await receiver?.close();
    const read = readConfig({
      RECEIPTS_TOKEN: TOKEN,
      RECEIPTS_ORIGINS: [ORIGIN, OTHER, BULK].join(','),
      RECEIPTS_DATA: folder,
      RECEIPTS_RETENTION_DAYS: String(RETENTION_DAYS),
      PORT: '0',
      ...env,
    });
    assert.equal(read.problems, undefined);
    receiver = await startReceiver(read.config, timers);
    return receiver;
  };
  const ids = async (query) => (await exported(receiver.url, query)).receipts.map((stored) => stored.id);

  before(() => start({ RECEIPTS_RATE: '1' }));
  after(async () => {
    await receiver?.close();
    log.restore();
    rmSync(folder, { recursive: true, force: true });
  });

  it('exports 2,500 receipts, more than a page, each exactly once, as JSON and as CSV', async () => {
    const sent = Array.from({ length: 2500 }, (_, i) => `bulk${String(i).padStart(6, '0')}`);
    const arrived = new Date();
    // The store groups these into a few multi-row inserts of up to 500 receipts.
    await Promise.all(sent.map((id) => receiver.store.addReceipt(BULK, receipt({ id }), arrived)));
    const query = { from: '2000-01-01', origin: BULK };
    const json = await ids(query);
    assert.equal(json.length, sent.length, 'as many receipts in the JSON export as stored');
    assert.deepEqual([...json].sort(), sent);
    const csv = (await exported(receiver.url, query, 'csv')).trim().split('\r\n').slice(1);
    const csvIds = csv.map((line) => line.split(',')[2]);
    assert.equal(csvIds.length, sent.length, 'as many lines in the CSV export as stored');
    assert.deepEqual([...csvIds].sort(), sent);
  });

  it('answers 429 once an origin’s burst is spent, stores none of those, and takes other origins', async () => {
    // RECEIPTS_RATE=1: a burst of ten receipts, then one a second.
    const sent = Array.from({ length: 14 }, (_, i) => `rate${String(i).padStart(6, '0')}`);
    const answers = [];
    const started = Date.now();
    for (const id of sent) answers.push(await post(receiver.url, receipt({ id })));
    // One more receipt is taken for each whole second the 14 requests took (a slow machine's refill).
    const refilled = Math.floor((Date.now() - started) / 1000);
    const statuses = answers.map((answer) => answer.status);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(204), 'the burst');
    assert.ok(statuses.slice(10).filter((status) => status === 429).length >= 4 - refilled, `429 once the burst is spent: ${statuses}`);
    assert.ok(
      statuses.every((status) => status === 204 || status === 429),
      `${statuses}`,
    );
    for (const answer of answers.filter((answer) => answer.status === 429)) assert.equal(answer.headers.get('retry-after'), '1');
    assert.equal(
      (await post(receiver.url, receipt({ id: 'rateother1' }), { origin: OTHER })).status,
      204,
      'another origin has its own burst',
    );
    // Exactly the receipts answered 204 are stored.
    const taken = sent.filter((_, i) => statuses[i] === 204);
    assert.deepEqual((await ids({ from: '2000-01-01', origin: ORIGIN })).sort(), taken);
  });

  it('deletes receipts older than RECEIPTS_RETENTION_DAYS at start and on its timer, and keeps younger ones', async () => {
    const ago = (days) => new Date(Date.now() - days * DAY_MS);
    const text = (lang) => JSON.stringify({ v: 1, lang, revision: '2024-06', texts: {}, entries: [] });
    const kept = { digest: charterDigest(text('fr')), shown: text('fr') };
    const orphan = { digest: charterDigest(text('en')), shown: text('en') };
    const { store } = receiver;
    await store.addReceipt(ORIGIN, receipt({ id: 'oldreceipt', charter: orphan.digest }), ago(RETENTION_DAYS + 1));
    await store.addReceipt(ORIGIN, receipt({ id: 'youngreceipt', charter: kept.digest }), ago(RETENTION_DAYS - 1));
    await store.addCharter(ORIGIN, kept, ago(RETENTION_DAYS + 1));
    await store.addCharter(ORIGIN, orphan, ago(RETENTION_DAYS + 1));
    assert.deepEqual(await ids({ id: 'oldreceipt' }), ['oldreceipt'], 'the hourly sweep has not run yet');

    // At start: the sweep runs before the receiver listens.
    await start();
    assert.deepEqual(await ids({ id: 'oldreceipt' }), []);
    const young = await exported(receiver.url, { id: 'youngreceipt' });
    assert.deepEqual(
      young.receipts.map((stored) => stored.id),
      ['youngreceipt'],
    );
    assert.deepEqual(
      young.charters.map((charter) => charter.charter),
      [kept.digest],
      'an old charter that a kept receipt answers is kept',
    );
    const charters = await receiver.store.db.query('select digest from charter where origin = $1', [ORIGIN]);
    assert.deepEqual(
      charters.map((row) => row.digest),
      [kept.digest],
      'an old charter that no kept receipt answers is deleted',
    );
    assert.match(log.lines(), /retention \(395 days\): deleted 1 receipts and 1 charters/);

    // On its timer, shortened here from an hour.
    await start({}, { sweepMs: 100 });
    await receiver.store.addReceipt(ORIGIN, receipt({ id: 'oldlater01' }), ago(RETENTION_DAYS + 1));
    await eventually(async () => !(await ids({ id: 'oldlater01' })).length, 'the timed sweep');
    assert.deepEqual(await ids({ id: 'youngreceipt' }), ['youngreceipt']);
  });

  it('answers 503, never 204, and says why in its log once the database grows over RECEIPTS_MAX_DB_MB', async () => {
    // 16 MB, the smallest cap, is above this database (about 9 MB): checked every 100 ms instead of 30 s.
    const cap = 16 * 2 ** 20;
    await start({ RECEIPTS_MAX_DB_MB: '16' }, { sizeCheckMs: 100 });
    assert.ok((await receiver.store.size()) < cap);
    assert.equal((await post(receiver.url, receipt({ id: 'beforefull' }))).status, 204);
    assert.equal((await fetch(`${receiver.url}/health`)).status, 200);

    // Receipts of 100 objections each, written straight to the table until the database is over the cap.
    for (let batch = 0; (await receiver.store.size()) <= cap; batch++)
      await receiver.store.db.query(
        `insert into receipt (origin, choice_id, chosen_at, arrived_at, revision, charter, gpc, categories, entries, objections, body_sha256)
         select $1, 'fill' || i, now(), now(), '2024-06', null, false, '{}', '{}',
           (select jsonb_agg(md5(i || '-' || j)) from generate_series(1, 100) j), md5(i::text)
         from generate_series($2::int, $2::int + 999) i`,
        [BULK, batch * 1000],
      );
    await eventually(async () => (await fetch(`${receiver.url}/health`)).status === 503, 'the size check');

    const statuses = [];
    for (const id of ['whenfull01', 'whenfull02', 'whenfull03']) statuses.push((await post(receiver.url, receipt({ id }))).status);
    assert.deepEqual(statuses, [503, 503, 503]);
    for (const id of ['whenfull01', 'whenfull02', 'whenfull03']) assert.deepEqual(await ids({ id }), [], `${id} is not stored`);
    assert.deepEqual(await ids({ id: 'beforefull' }), ['beforefull']);
    assert.match(
      log.lines(),
      /error the database takes \d+ MB, over RECEIPTS_MAX_DB_MB \(16 MB\): receipts are refused \(503\) until the retention sweep, an erasure or an operator frees space/,
    );
  });
});
