import fc from 'fast-check';
import { OPTIONAL_CATEGORIES } from '../src/consent/categories.js';
import type { Choice } from '../src/consent/choice.js';

// Arbitrary choices for the property-based tests of the cookie codec.

/** Names that would reach Object.prototype if a key were ever assigned carelessly. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

const entryId = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_.:-]{1,64}$/), fc.constantFrom(...HOSTILE_KEYS, '0', '10', '4294967295'));
const revision = fc.oneof(fc.stringMatching(/^[\x20-\x7e]{1,64}$/), fc.constantFrom('"', '\\', 'a"b\\c', '{"s":1}', '${x}'));
export const choiceArbitrary: fc.Arbitrary<Choice> = fc
  .record({
    categories: fc.record(
      Object.fromEntries(OPTIONAL_CATEGORIES.map((category) => [category, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>,
      { requiredKeys: [] },
    ),
    entries: fc.dictionary(entryId, fc.boolean(), { maxKeys: 8 }),
    revision: fc.option(revision, { nil: null }),
    time: fc.integer({ min: 1577836800, max: 4102444800 }),
    id: fc.stringMatching(/^[a-z0-9]{6,32}$/),
    gpc: fc.constantFrom(undefined, true as const),
    seen: fc.array(fc.stringMatching(/^[a-z0-9]{4}$/), { maxLength: 6 }).map((digests) => digests.join('')),
  })
  .map(({ gpc, entries, ...rest }) => {
    // Built the way the core builds entries: a null-prototype object, so that "__proto__" is a key.
    const choice: Choice = { ...rest, entries: Object.assign(Object.create(null), entries) };
    if (gpc) choice.gpc = gpc;
    return choice;
  });
