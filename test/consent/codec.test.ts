import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Choice } from '../../src/consent/choice.js';
import { decodeChoice, encodeChoice, laterVersionDate } from '../../src/consent/codec.js';
import { choiceArbitrary } from '../arbitraries.js';

const plain = (choice: Choice | null) => choice && JSON.parse(JSON.stringify(choice));

describe('cookies_preferences codec', () => {
  it('gives back the same choice after encoding and decoding', () => {
    fc.assert(
      fc.property(choiceArbitrary, (choice) => {
        expect(plain(decodeChoice(encodeChoice(choice)))).to.deep.equal(plain(choice));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string, and reads almost all of them as no choice', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (raw) => {
        const decoded = decodeChoice(raw);
        if (decoded) accepted += 1;
      }),
      { numRuns: 1000 },
    );
    // Random strings and JSON cannot carry a valid date and id by chance.
    expect(accepted).to.equal(0);
  });

  it('rejects values that are close to valid but were not written by the widget', () => {
    const valid = { s: 1, r: 'r1', d: 1795388658, i: 'k2m9q4p1x7' };
    expect(decodeChoice(JSON.stringify(valid))).to.not.equal(null);
    for (const tampered of [
      { ...valid, s: 2 },
      { ...valid, s: true },
      { ...valid, d: 1500000000 },
      { ...valid, d: '1795388658' },
      { ...valid, d: 1795388658.5 },
      { ...valid, i: 'BAD ID' },
      { ...valid, i: undefined },
      { ...valid, r: 12 },
      { ...valid, e: { matomo: 'yes' } },
      { ...valid, e: { 'bad id!': 1 } },
      { ...valid, e: [1] },
      { ...valid, g: 0 },
      [valid],
      null,
    ]) {
      expect(decodeChoice(JSON.stringify(tampered)), JSON.stringify(tampered)).to.equal(null);
    }
    expect(decodeChoice(undefined)).to.equal(null);
    expect(decodeChoice('')).to.equal(null);
    expect(decodeChoice('{"s":1,')).to.equal(null);
    expect(decodeChoice('x'.repeat(5000))).to.equal(null);
  });

  it('keeps hostile entry ids as data, never touching Object.prototype', () => {
    const raw = '{"v":2,"e":{"__proto__":1,"constructor":0,"toString":1},"d":1795388658,"i":"k2m9q4p1x7"}';
    const decoded = decodeChoice(raw);
    expect(decoded).to.not.equal(null);
    expect(Object.keys(decoded!.entries)).to.have.members(['__proto__', 'constructor', 'toString']);
    expect(({} as Record<string, unknown>).toString).to.equal(Object.prototype.toString);
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
  });

  it('writes the documented short format, small enough for every request', () => {
    const choice: Choice = {
      categories: { statistics: true, 'first-party': true, 'third-party': true },
      entries: {},
      revision: '2024-06',
      time: 1795388658,
      id: 'k2m9q4p1x7',
      seen: 'a1b2c3d4',
    };
    expect(encodeChoice(choice)).to.equal('{"v":2,"s":1,"f":1,"t":1,"h":"a1b2c3d4","r":"2024-06","d":1795388658,"i":"k2m9q4p1x7"}');
  });
});

describe('cookies_preferences codec, versions', () => {
  it('still reads the first format (no version, no digests) as a choice that covers every entry', () => {
    const decoded = decodeChoice('{"s":1,"t":0,"r":"2024-06","d":1795388658,"i":"k2m9q4p1x7"}');
    expect(decoded).to.deep.include({ categories: { statistics: true, 'third-party': false }, revision: '2024-06' });
    expect(decoded!.seen).to.equal(undefined);
    // Digests came with the version: the first format with them was not written by the widget.
    expect(decodeChoice('{"s":1,"h":"a1b2","d":1795388658,"i":"k2m9q4p1x7"}')).to.equal(null);
  });

  it('reads digests only in whole groups of four', () => {
    expect(decodeChoice('{"v":2,"s":1,"h":"a1b2c3d4","d":1795388658,"i":"k2m9q4p1x7"}')!.seen).to.equal('a1b2c3d4');
    expect(decodeChoice('{"v":2,"s":1,"h":"a1b2c","d":1795388658,"i":"k2m9q4p1x7"}')).to.equal(null);
    expect(decodeChoice('{"v":2,"s":1,"h":"","d":1795388658,"i":"k2m9q4p1x7"}')).to.equal(null);
  });

  it("tells a later format's date, and reads it as no choice", () => {
    const later = '{"v":3,"s":1,"x":{"y":2},"d":1795388658,"i":"k2m9q4p1x7"}';
    expect(decodeChoice(later)).to.equal(null);
    expect(laterVersionDate(later)).to.equal(1795388658);
    expect(laterVersionDate('{"v":2,"s":1,"d":1795388658,"i":"k2m9q4p1x7"}')).to.equal(null);
    expect(laterVersionDate('{"s":1,"d":1795388658,"i":"k2m9q4p1x7"}')).to.equal(null);
  });
});

describe('cookies_preferences codec, strictness', () => {
  it('rejects keys it does not write', () => {
    expect(decodeChoice('{"d":1795388658,"i":"k2m9q4p1x7"}')).to.not.equal(null);
    expect(decodeChoice('{"d":1795388658,"i":"k2m9q4p1x7","x":1}')).to.equal(null);
    expect(decodeChoice('{"__proto__":{"s":1},"d":1795388658,"i":"k2m9q4p1x7"}')).to.equal(null);
  });
});
