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
const CATEGORY_KEYS = { statistics: 's', 'first-party': 'f', 'third-party': 't' } as const;

const KEYS = new Set(['s', 'f', 't', 'e', 'r', 'd', 'i', 'g']);
const REVISION = /^[\x20-\x7e]{1,64}$/;
const ID = /^[a-z0-9]{6,32}$/;
/** No choice predates 2020; anything earlier was not written by this widget. */
const EARLIEST = 1577836800;

export function encodeChoice(choice: Choice): string {
  const out: Record<string, unknown> = {};
  for (const category of OPTIONAL_CATEGORIES) {
    const value = choice.categories[category];
    if (value !== undefined) out[CATEGORY_KEYS[category]] = value ? 1 : 0;
  }
  const entries = Object.keys(choice.entries);
  if (entries.length) {
    const e: Record<string, number> = Object.create(null); // an entry id may be "__proto__"
    for (const id of entries) e[id] = choice.entries[id] ? 1 : 0;
    out.e = e;
  }
  if (choice.revision !== null) out.r = choice.revision;
  out.d = choice.time;
  out.i = choice.id;
  if (choice.gpc) out.g = 1;
  return JSON.stringify(out);
}

const isFlag = (value: unknown): value is 0 | 1 => value === 0 || value === 1;
const has = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** Reads a stored value; anything that is not exactly what `encodeChoice` writes gives null. */
export function decodeChoice(raw: string | undefined | null): Choice | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const record = data as Record<string, unknown>;
  if (Object.keys(record).some((key) => !KEYS.has(key))) return null;

  const categories: Choice['categories'] = {};
  for (const category of OPTIONAL_CATEGORIES) {
    const key = CATEGORY_KEYS[category];
    if (!has(record, key)) continue;
    const value = record[key];
    if (!isFlag(value)) return null;
    categories[category] = value === 1;
  }

  // A prototype-less map, so that an id such as "__proto__" can never reach Object.prototype.
  const entries: Record<string, boolean> = Object.create(null);
  if (has(record, 'e')) {
    const e = record.e;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) return null;
    for (const id of Object.keys(e)) {
      const value = (e as Record<string, unknown>)[id];
      if (!ENTRY_ID.test(id) || !isFlag(value)) return null;
      entries[id] = value === 1;
    }
  }

  let revision: string | null = null;
  if (has(record, 'r')) {
    if (typeof record.r !== 'string' || !REVISION.test(record.r)) return null;
    revision = record.r;
  }

  const time = record.d;
  if (typeof time !== 'number' || !Number.isSafeInteger(time) || time < EARLIEST) return null;
  if (typeof record.i !== 'string' || !ID.test(record.i)) return null;

  const choice: Choice = { categories, entries, revision, time, id: record.i };
  if (has(record, 'g')) {
    if (record.g !== 1) return null;
    choice.gpc = true;
  }
  return choice;
}
