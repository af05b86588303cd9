import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OPTIONAL_CATEGORIES } from '../../src/consent/categories.js';
import { ENTRY_ID } from '../../src/consent/config.js';
import type { Choice } from '../../src/consent/choice.js';
import { decodeChoice, encodeChoice } from '../../src/consent/codec.js';
import { choiceArbitrary, HOSTILE_KEYS } from '../arbitraries.js';
import { charter, cleanUp, openPortal, part, until } from '../helpers.js';

afterEach(cleanUp);

/** The documented short format, written with this test page's own JSON: the reference. */
function documented(choice: Choice): string {
  // A choice of the first format (no digests) is written without its version.
  const out: Record<string, unknown> = choice.seen === undefined ? {} : { v: 2 };
  OPTIONAL_CATEGORIES.forEach((category, i) => {
    if (choice.categories[category] !== undefined) out['sft'[i]] = choice.categories[category] ? 1 : 0;
  });
  const ids = Object.keys(choice.entries);
  if (ids.length) {
    const e: Record<string, number> = Object.create(null);
    for (const id of ids) e[id] = choice.entries[id] ? 1 : 0;
    out.e = e;
  }
  if (choice.seen) out.h = choice.seen;
  if (choice.revision !== null) out.r = choice.revision;
  out.d = choice.time;
  out.i = choice.id;
  if (choice.gpc) out.g = 1;
  return JSON.stringify(out);
}

/** A decoded choice written again, in its own format (the first one has no version). */
const rewritten = (choice: Choice) => (choice.seen === undefined ? encodeChoice(choice).replace('"v":2,', '') : encodeChoice(choice));

/** Everything a decoded choice must be, whatever text it came from. */
function expectValid(choice: Choice): void {
  for (const [category, answer] of Object.entries(choice.categories)) {
    expect(OPTIONAL_CATEGORIES as readonly string[]).to.include(category);
    expect(answer).to.be.a('boolean');
  }
  expect(Object.getPrototypeOf(choice.entries)).to.equal(null);
  for (const id of Object.keys(choice.entries)) {
    expect(id).to.match(ENTRY_ID);
    expect(choice.entries[id]).to.be.a('boolean');
  }
  if (choice.revision !== null) expect(choice.revision).to.match(/^[\x20-\x7e]{1,64}$/);
  expect(Number.isSafeInteger(choice.time) && choice.time >= 1577836800).to.equal(true);
  expect(choice.id).to.match(/^[a-z0-9]{6,32}$/);
  expect(choice.gpc === undefined || choice.gpc === true).to.equal(true);
  if (choice.seen !== undefined) expect(choice.seen).to.match(/^([a-z0-9]{4})*$/);
}

/** One edit of a text: what a truncated write, a proxy or a hand edit could do to a cookie. */
const edit = fc.oneof(
  fc.record({ at: fc.nat(), drop: fc.integer({ min: 1, max: 4 }) }).map(({ at, drop }) => (text: string) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + text.slice(i + drop);
  }),
  fc
    .record({
      at: fc.nat(),
      insert: fc.oneof(
        fc.constantFrom('0', '1', '"', ',', ':', '{', '}', '\\', ' ', '"e":{', '"s":1,', '"g":1'),
        fc.string({ maxLength: 3 }),
      ),
    })
    .map(({ at, insert }) => (text: string) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i);
    }),
  fc.record({ at: fc.nat(), by: fc.constantFrom('0', '1', '2', 'x', '"', '\\', '}') }).map(({ at, by }) => (text: string) => {
    const i = at % Math.max(1, text.length);
    return text.slice(0, i) + by + text.slice(i + 1);
  }),
  fc.record({ from: fc.nat(), to: fc.nat() }).map(({ from, to }) => (text: string) => {
    // A stretch written twice, the way two interleaved writers could leave it.
    const [a, b] = [from % (text.length + 1), to % (text.length + 1)].sort((x, y) => x - y);
    return text.slice(0, b) + text.slice(a, b) + text.slice(b);
  }),
);

describe('the cookie codec, property by property', () => {
  it('writes exactly what JSON.stringify writes for the documented format', () => {
    fc.assert(
      fc.property(choiceArbitrary, (choice) => {
        expect(encodeChoice(choice)).to.equal(documented(choice));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back the same choice after encoding and decoding, hostile entry ids and revisions included', () => {
    fc.assert(
      fc.property(choiceArbitrary, (choice) => {
        const decoded = decodeChoice(encodeChoice(choice))!;
        expect(decoded).to.not.equal(null);
        expectValid(decoded);
        expect({ ...decoded, entries: { ...decoded.entries } }).to.deep.equal({ ...choice, entries: { ...choice.entries } });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string, and reads random text as no choice', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.json(), fc.string({ maxLength: 5000 })),
        (raw) => {
          expect(decodeChoice(raw)).to.equal(null);
        },
      ),
      { numRuns: 3000 },
    );
    for (const odd of [undefined, null, 12, {}, [], 'x'.repeat(100000), '{'.repeat(10000)]) {
      expect(decodeChoice(odd as unknown as string)).to.equal(null);
    }
  });

  it('reads a mutated cookie as exactly the choice its text says, or as no choice: never a guess', () => {
    let changed = 0;
    fc.assert(
      fc.property(choiceArbitrary, fc.array(edit, { minLength: 1, maxLength: 4 }), (choice, edits) => {
        const original = encodeChoice(choice);
        const mutated = edits.reduce((text, apply) => apply(text), original);
        const decoded = decodeChoice(mutated);
        if (decoded === null) return;
        expectValid(decoded);
        // Nothing defaulted, merged or dropped: written again, it is the very same text.
        expect(rewritten(decoded)).to.equal(mutated);
        expect(documented(decoded)).to.equal(mutated);
        if (mutated !== original) changed += 1;
      }),
      { numRuns: 5000 },
    );
    // Flipping a 0 to a 1 is a valid cookie of another choice: the test did meet such edits.
    expect(changed).to.be.above(0);
  });

  it('reads a value with any key changed, added, removed or moved as no choice unless it is the exact format', () => {
    const keyEdit = fc.oneof(
      fc
        .record({ key: fc.constantFrom('v', 's', 'f', 't', 'e', 'h', 'r', 'd', 'i', 'g', ...HOSTILE_KEYS, 'x'), value: fc.jsonValue() })
        .map(({ key, value }) => (data: Record<string, unknown>) => ({ ...data, [key]: value })),
      fc.constantFrom('v', 's', 'f', 't', 'e', 'h', 'r', 'd', 'i', 'g').map((key) => (data: Record<string, unknown>) => {
        const copy = { ...data };
        delete copy[key];
        return copy;
      }),
      fc.constant((data: Record<string, unknown>) => Object.fromEntries(Object.entries(data).reverse())),
    );
    fc.assert(
      fc.property(choiceArbitrary, keyEdit, (choice, change) => {
        const text = JSON.stringify(change(JSON.parse(encodeChoice(choice))));
        const decoded = decodeChoice(text);
        if (decoded !== null) expect(rewritten(decoded)).to.equal(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps "__proto__" and "constructor" entry ids as data, never touching Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const raw = '{"v":2,"e":{"__proto__":1,"constructor":0,"prototype":1},"d":1795388658,"i":"k2m9q4p1x7"}';
    const decoded = decodeChoice(raw)!;
    expect(Object.keys(decoded.entries)).to.deep.equal(['__proto__', 'constructor', 'prototype']);
    expect(encodeChoice(decoded)).to.equal(raw);
    expect(decodeChoice('{"__proto__":{"s":1},"d":1795388658,"i":"k2m9q4p1x7"}')).to.equal(null);
    expect(decodeChoice('{"constructor":{"prototype":{"s":1}},"d":1795388658,"i":"k2m9q4p1x7"}')).to.equal(null);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(before);
    expect(({} as Record<string, unknown>).s).to.equal(undefined);
  });
});

/** Captures Object.prototype and Array.prototype of the page before the widget runs. */
const BEFORE = `<script>
  window.errors = [];
  addEventListener('error', (event) => window.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
  window.protoBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
  window.arrayBefore = Object.getOwnPropertyNames(Array.prototype).sort().join();
</script>`;

describe('no prototype pollution in the page', () => {
  // Twelve sampled values, a test each: each opens two portals, which takes Firefox a second under load.
  const values = fc.sample(
    fc.record({
      top: fc.constantFrom(...HOSTILE_KEYS),
      entry: fc.constantFrom(...HOSTILE_KEYS),
      payload: fc.jsonValue(),
    }),
    { numRuns: 12, seed: 20240612 },
  );
  values.forEach(({ top, entry, payload }, n) => {
    it(`through the cookie: hostile keys in the stored value change nothing outside the choice (${n + 1}: ${top}, ${entry})`, async () => {
      // One value in the exact format (kept as data), one with a hostile top-level key (refused).
      const valid = `{"s":1,"t":1,"e":{"${entry}":1},"d":${Math.floor(Date.now() / 1000)},"i":"k2m9q4p1x7"}`;
      const hostile = `{"${top}":${JSON.stringify({ polluted: payload, s: 1 })},"d":1795388658,"i":"k2m9q4p1x7"}`;
      for (const raw of [valid, hostile]) {
        cleanUp();
        document.cookie = `cookies_preferences=${encodeURIComponent(raw)}; Path=/`;
        const portal = await openPortal(charter(), { head: BEFORE });
        const win = portal.win as unknown as Record<string, unknown> & typeof globalThis;
        expect(portal.api.decided, raw).to.equal(raw === valid);
        portal.api.acceptAll();
        expect(win.Object.getOwnPropertyNames(win.Object.prototype).sort().join()).to.equal(win.protoBefore);
        expect(win.Object.getOwnPropertyNames(win.Array.prototype).sort().join()).to.equal(win.arrayBefore);
        expect(new win.Object() as Record<string, unknown>).to.not.have.property('polluted');
        for (const name of HOSTILE_KEYS) expect(portal.api.allows(name), name).to.equal(false);
        expect(win.errors).to.deep.equal([]);
      }
    });
  });

  it('through attributes, entry ids, choose(), data-consent and replaced texts', async () => {
    const body = `
      <cookie-charter google-consent-mode="__proto__:statistics constructor:statistics analytics_storage:__proto__,toString">
        ${HOSTILE_KEYS.map((id) => `<cookie-charter-entry id="${id}" category="statistics" cookies="${id}"></cookie-charter-entry>`).join('')}
        <cookie-charter-entry id="matomo" category="__proto__" cookies="_pk_id"></cookie-charter-entry>
        <cookie-charter-entry id="stats" category="statistics" cookies="_stats"></cookie-charter-entry>
        <script type="application/json" data-cookie-charter-texts>{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "acceptAll": "OK"}</script>
      </cookie-charter>
      <script type="text/plain" data-consent="__proto__">window.gatedRan = true;</script>
      <script type="text/plain" data-consent="constructor">window.gatedRan = true;</script>`;
    const portal = await openPortal(body, { head: BEFORE });
    const win = portal.win as unknown as Record<string, unknown> & typeof globalThis;
    const accept = await until(() => part(portal.host, 'accept-all'), 'the banner');
    expect(accept.textContent!.trim()).to.equal('OK');
    portal.api.choose(win.JSON.parse('{"__proto__": {"polluted": 1}, "constructor": true, "toString": true, "statistics": true}'));
    portal.api.choose({ ['__proto__']: true, hasOwnProperty: true } as Record<string, boolean>);
    accept.click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(portal.api.allows('stats')).to.equal(true);
    // Names of Object.prototype members are refused as entry ids; "prototype" is an ordinary id.
    for (const name of HOSTILE_KEYS) expect(portal.api.allows(name), name).to.equal(name === 'prototype');
    expect(win.gatedRan).to.equal(undefined);
    expect(win.Object.getOwnPropertyNames(win.Object.prototype).sort().join()).to.equal(win.protoBefore);
    expect(new win.Object() as Record<string, unknown>).to.not.have.property('polluted');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.keys(portal.api.preferences()!.entries)).to.deep.equal([]);
    expect(win.errors).to.deep.equal([]);
  });
});
