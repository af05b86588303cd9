// The fuzzer, short and from a fixed seed in npm test (the bench runs it at length): hostile bodies,
// headers and slow requests are all refused, nothing is stored, and the receiver stays up.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { exported, post, receipt, startReceiver, temporary } from './helpers.js';
import { hostileRequest, slowRequest } from './hostile.js';

const RUNS = Number(process.env.RECEIPTS_FUZZ_RUNS || 300);

describe('hostile requests', () => {
  const folder = temporary('fuzz');
  let receiver;
  before(async () => {
    receiver = await startReceiver({ RECEIPTS_DATA: folder, RECEIPTS_RATE: '100000' });
  });
  after(async () => {
    await receiver?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it(`answers ${RUNS} hostile bodies and headers with 4xx, and stores none`, async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async ({ body, origin, type }) => {
        const { status } = await post(receiver.url, body, { origin, type });
        return status >= 400 && status < 500;
      }),
      { seed: 26, numRuns: RUNS },
    );
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    assert.deepEqual((await exported(receiver.url, { from: '2000-01-01', to: today })).receipts, []);
  });

  it('cuts requests that send their headers or body too slowly, and stays up', async () => {
    const [headers, body] = await Promise.all([slowRequest(receiver.url, { headersOnly: true }), slowRequest(receiver.url)]);
    assert.ok(['408', 'closed'].includes(headers), `slow headers: ${headers}`);
    assert.ok(['408', 'closed'].includes(body), `slow body: ${body}`);
    assert.equal((await post(receiver.url, receipt({ id: 'afterfuzz1' }))).status, 204);
    assert.equal(receiver.child.exitCode, null);
  });
});
