// Hostile requests for the fuzzer (fuzz.test.js in npm test, bench/run.js at length): every one must be
// answered 4xx and store nothing.
import fc from 'fast-check';
import { connect } from 'node:net';
import { charterDigest, readReceipt } from '../dist/index.js';
import { ORIGIN, receipt } from './helpers.js';

const POLLUTING = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

/** A receipt with one field made wrong. */
const brokenReceipt = fc.oneof(
  fc
    .record({
      key: fc.constantFrom('categories', 'entries', 'objections', 'revision', 'date', 'id', 'gpc', 'charter'),
      value: fc.anything(),
    })
    .map(({ key, value }) => {
      const body = receipt({ id: 'hostile001' });
      body[key] = value;
      return body;
    })
    // fc.anything() may give a value the widget could send: only the broken ones count.
    .filter((body) => readReceipt(body).problem !== undefined),
  fc
    .constantFrom(...POLLUTING)
    .map((key) => JSON.stringify(receipt({ id: 'hostile001' })).replace('"entries":{}', `"entries":{"${key}":true}`)),
  fc
    .constantFrom(...POLLUTING)
    .map((key) => JSON.stringify(receipt({ id: 'hostile001' })).replace('{"categories"', `{"${key}":{"polluted":true},"categories"`)),
  fc
    .integer({ min: 300, max: 100_000 })
    .map((length) => ({ ...receipt({ id: 'hostile001' }), objections: Array.from({ length }, (_, i) => `e${i}`) })),
  fc.integer({ min: 257, max: 5000 }).map((count) => ({
    ...receipt({ id: 'hostile001' }),
    entries: Object.fromEntries(Array.from({ length: count }, (_, i) => [`e${i}`, true])),
  })),
  fc.string({ minLength: 1, maxLength: 8 }).map((key) => ({ ...receipt({ id: 'hostile001' }), [`x${key}`]: 1 })),
  fc.constant({ ...receipt({ id: 'hostile001' }), categories: { necessary: true } }),
  fc.constant({ ...receipt({ id: 'hostile001' }), date: '2024-02-30T00:00:00.000Z' }),
);

/** A charter whose digest does not match, or whose `shown` is not plain data. */
const brokenCharter = fc.oneof(
  fc.object({ maxDepth: 3 }).map((shown) => ({ charter: 'ffffffffffffffff', shown })),
  fc.constantFrom(...POLLUTING).map((key) => {
    const text = `{"v":1,"texts":{"${key}":{"polluted":true}}}`;
    return `{"charter":"${charterDigest(text)}","shown":${text}}`;
  }),
  fc.integer({ min: 7, max: 2000 }).map((depth) => {
    const text = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    return `{"charter":"${charterDigest(text)}","shown":${text}}`;
  }),
  fc.integer({ min: 2100, max: 20_000 }).map((length) => {
    const shown = { entries: Array.from({ length }, () => 0) };
    return { charter: charterDigest(JSON.stringify(shown)), shown };
  }),
  fc.constant({ charter: charterDigest('[]'), shown: [] }),
);

/** Bytes that are not a body the widget sends: random, invalid UTF-8, truncated JSON, oversize. */
const brokenBytes = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 512 }),
  fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map((bytes) => Uint8Array.from([0x7b, 0x22, ...bytes.map((byte) => byte | 0x80), 0x22, 0x7d])),
  fc.nat({ max: 200 }).map((cut) => JSON.stringify(receipt({ id: 'hostile001' })).slice(0, cut)),
  fc.integer({ min: 4097, max: 70_000 }).map((size) => `{"id":"hostile001","pad":"${'a'.repeat(size)}"}`),
  fc.string({ maxLength: 200 }),
);

/** A valid receipt sent with headers the widget never sends. */
const brokenHeaders = fc.oneof(
  fc.string({ maxLength: 60 }).map((origin) => ({ origin: `https://${origin.replace(/[^\w.-]/g, '')}x.example`, type: 'text/plain' })),
  fc
    .constantFrom('null', 'https://data.example.fr.evil.example', 'http://data.example.fr', 'https://DATA.example.fr/')
    .map((origin) => ({ origin, type: 'text/plain' })),
  fc
    .constantFrom(
      'application/json',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain; charset=utf-16',
      'text/html',
      '',
    )
    .map((type) => ({ origin: ORIGIN, type })),
);

/** One hostile request: `{ body, origin, type }`. */
export const hostileRequest = fc.oneof(
  fc.record({
    body: fc.oneof(brokenReceipt, brokenCharter, brokenBytes),
    origin: fc.constant(ORIGIN),
    type: fc.constant('text/plain;charset=UTF-8'),
  }),
  brokenHeaders.map(({ origin, type }) => ({ body: receipt({ id: 'hostile001' }), origin, type })),
);

/**
 * A request that sends its headers or body a few bytes at a time; resolves with the status line the
 * receiver answered, or 'closed' when it cut the connection without one.
 */
export function slowRequest(url, { headersOnly = false, pause = 1000 } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    const head = `POST /receipts HTTP/1.1\r\nHost: ${hostname}\r\nOrigin: ${ORIGIN}\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n`;
    const parts = headersOnly ? head.match(/.{1,8}/gs) : [`${head}\r\n`, ...'{"categories":{},"entries":{}'.match(/.{1,4}/g)];
    let timer;
    const next = () => {
      const part = parts.shift();
      if (part !== undefined && !socket.destroyed) {
        socket.write(part);
        timer = setTimeout(next, pause);
      }
    };
    socket.on('connect', next);
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? 'closed');
    });
  });
}
