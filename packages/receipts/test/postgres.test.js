// The receiver on a real PostgreSQL server, started by the test in a temporary folder: the same cases
// as on PGlite, two receivers on one database, and 503 (never 204) while the server is down.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { receiverCases } from './cases.js';
import { exported, post, receipt, startPostgres, startReceiver } from './helpers.js';

describe('the receiver on PostgreSQL', () => {
  let postgres;
  let receiver;
  before(async () => {
    postgres = await startPostgres();
    receiver = await startReceiver({ DATABASE_URL: postgres.url });
  });
  after(async () => {
    await receiver?.stop();
    postgres?.remove();
  });

  receiverCases(() => receiver);

  it('runs two receivers on one database: each stores, either reads all, a receipt sent to both is kept once', async () => {
    const second = await startReceiver({ DATABASE_URL: postgres.url });
    try {
      const sent = receipt({ id: 'tworecv010' });
      const statuses = await Promise.all([
        post(receiver.url, sent),
        post(second.url, sent),
        post(second.url, receipt({ id: 'tworecv010', date: '2024-07-01T00:00:00.000Z' })),
      ]);
      assert.deepEqual(
        statuses.map((answer) => answer.status),
        [204, 204, 204],
      );
      const fromFirst = await exported(receiver.url, { id: 'tworecv010' });
      const fromSecond = await exported(second.url, { id: 'tworecv010' });
      assert.equal(fromFirst.receipts.length, 2);
      assert.deepEqual(fromFirst.receipts, fromSecond.receipts);
    } finally {
      await second.stop();
    }
  });

  it('answers 503, never 204, while PostgreSQL is stopped, and 204 again once it is back', async () => {
    postgres.stop('immediate');
    const down = await post(receiver.url, receipt({ id: 'pgdown0011' }));
    assert.equal(down.status, 503);
    postgres.start();
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 204; attempt++) {
      status = (await post(receiver.url, receipt({ id: 'pgdown0011' }))).status;
      if (status !== 204) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert.equal(status, 204);
    assert.equal((await exported(receiver.url, { id: 'pgdown0011' })).receipts.length, 1);
  });
});
