import { ENTRY_ID, OPTIONAL_CATEGORIES } from './categories.js';
import type { Choice } from './choice.js';

/*
 * The cookie holds short JSON, documented in the README so that a portal's server can read it:
 *   {"s":1,"f":0,"t":1,"e":{"matomo":0},"r":"2024-06","d":1795388658,"i":"k2m9q4p1x7"}
 * s, f, t: statistics, first-party, third-party (1 allowed, 0 refused, absent: not asked);
 * e: entries whose answer differs from their category; r: revision; d: date (Unix seconds);
 * i: random id; g: 1 when the refusal came from Global Privacy Control.
 * Keys are one letter because the cookie travels with every request to the portal.
 */
const CATEGORY_KEYS = 'sft';
const REVISION = /^[ -~]{1,64}$/;
const ID = /^[a-z0-9]{6,32}$/;
/** No choice predates 2020; anything earlier was not written by this widget. */
const EARLIEST = 1577836800;

export function encodeChoice(choice: Choice): string {
  const out: Record<string, unknown> = {};
  OPTIONAL_CATEGORIES.forEach((category, i) => {
    if (category in choice.categories) out[CATEGORY_KEYS[i]] = +choice.categories[category]!;
  });
  const ids = Object.keys(choice.entries);
  if (ids.length) {
    const e: Record<string, number> = (out.e = Object.create(null)); // an entry id may be "__proto__"
    for (const id of ids) e[id] = +choice.entries[id];
  }
  if (choice.revision !== null) out.r = choice.revision;
  out.d = choice.time;
  out.i = choice.id;
  if (choice.gpc) out.g = 1;
  return JSON.stringify(out);
}

const isFlag = (value: unknown) => value === 0 || value === 1;

/** Reads a stored value; anything that is not exactly what `encodeChoice` writes gives null. */
export function decodeChoice(raw: string | undefined): Choice | null {
  try {
    const data = JSON.parse(raw!);
    const choice: Choice = { categories: {}, entries: Object.create(null), revision: null, time: 0, id: '' };
    // Object.keys throws on null; arrays and strings fail on their index keys; numbers lack d and i.
    for (const key of Object.keys(data)) {
      const value = data[key];
      const category = key.length === 1 ? OPTIONAL_CATEGORIES[CATEGORY_KEYS.indexOf(key)] : undefined;
      if (category && isFlag(value)) choice.categories[category] = value === 1;
      else if (key === 'e' && value && typeof value === 'object' && !Array.isArray(value)) {
        for (const id of Object.keys(value)) {
          if (!ENTRY_ID.test(id) || !isFlag(value[id])) return null;
          choice.entries[id] = value[id] === 1;
        }
      } else if (key === 'r' && typeof value === 'string' && REVISION.test(value)) choice.revision = value;
      else if (key === 'd' && Number.isSafeInteger(value) && value >= EARLIEST) choice.time = value;
      else if (key === 'i' && typeof value === 'string' && ID.test(value)) choice.id = value;
      else if (key === 'g' && value === 1) choice.gpc = true;
      else return null;
    }
    return choice.time && choice.id ? choice : null;
  } catch {
    return null;
  }
}
