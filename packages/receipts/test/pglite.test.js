// The receiver on PGlite, as `npx cookie-charter-receipts` runs it with no DATABASE_URL.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { receiverCases } from './cases.js';
import { ORIGIN, post, receipt, runReceiver, startReceiver, temporary, TOKEN } from './helpers.js';

describe('the receiver on PGlite', () => {
  const folder = temporary('pglite');
  let receiver;
  before(async () => {
    receiver = await startReceiver({ RECEIPTS_DATA: folder });
  });
  after(async () => {
    await receiver?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  receiverCases(() => receiver);

  it('refuses a second receiver on the same folder, saying why', async () => {
    const second = runReceiver({ RECEIPTS_TOKEN: TOKEN, RECEIPTS_ORIGINS: ORIGIN, RECEIPTS_DATA: folder });
    assert.equal(second.code, 1);
    assert.match(second.output, /another receiver is running on .*PGlite allows one process per folder/);
    assert.equal((await post(receiver.url, receipt({ id: 'stillup008' }))).status, 204, 'the first one goes on');
  });

  it('keeps what it answered 204 across a SIGKILL, and a new receiver takes the folder over', async () => {
    assert.equal((await post(receiver.url, receipt({ id: 'killed0009' }))).status, 204);
    receiver.child.kill('SIGKILL');
    await receiver.exited;
    receiver = await startReceiver({ RECEIPTS_DATA: folder });
    const proof = await fetch(`${receiver.url}/export.json?id=killed0009`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    assert.equal((await proof.json()).receipts.length, 1);
  });
});

describe('the command', () => {
  it('exits 2 and says what is missing without RECEIPTS_TOKEN or RECEIPTS_ORIGINS', () => {
    const none = runReceiver({});
    assert.equal(none.code, 2);
    assert.match(none.output, /RECEIPTS_TOKEN is required/);
    assert.match(none.output, /RECEIPTS_ORIGINS is required/);
    assert.equal(runReceiver({ RECEIPTS_TOKEN: TOKEN }).code, 2);
    assert.equal(runReceiver({ RECEIPTS_ORIGINS: ORIGIN }).code, 2);
    const short = runReceiver({ RECEIPTS_TOKEN: 'short', RECEIPTS_ORIGINS: ORIGIN });
    assert.equal(short.code, 2);
    const retention = runReceiver({ RECEIPTS_TOKEN: TOKEN, RECEIPTS_ORIGINS: ORIGIN, RECEIPTS_RETENTION_DAYS: '30' });
    assert.equal(retention.code, 2);
    assert.match(retention.output, /RECEIPTS_RETENTION_DAYS must be a whole number from 395/);
  });
});
