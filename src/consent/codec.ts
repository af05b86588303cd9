import { OPTIONAL_CATEGORIES } from './categories.js';
import { ENTRY_ID, REVISION } from './config.js';
import type { Choice } from './choice.js';

/*
 * The cookie holds short JSON, documented in docs so that a portal's server can read it:
 *   {"v":2,"s":1,"f":0,"t":1,"e":{"matomo":0},"h":"k2m9p1x7","r":"2024-06","d":1795388658,"i":"k2m9q4p1x7"}
 * v: format version; s, f, t: statistics, first-party, third-party (1 allowed, 0 refused, absent: not
 * asked); e: entries the visitor answered on their own; h: a 4-character digest of each entry an
 * allowed category covered when the visitor answered; r: revision; d: date (Unix seconds); i: random id;
 * g: 1 when the refusal came from Global Privacy Control.
 * Keys are one letter because the cookie travels with every request to the portal.
 * It is read with a pattern of the exact format, not parsed: a value the widget did not write is no choice.
 */
export const FORMAT_VERSION = 2;
const CATEGORY_KEYS = 'sft';
/** No choice predates 2020; anything earlier was not written by this widget. */
const EARLIEST = 1577836800;
/**
 * The shape `encodeChoice` writes, keys in its order; the values are checked by writing them again.
 * Version 1 (no `v`, no `h`) is still read: its choice covers every entry the page declares.
 */
const FORMAT =
  /^\{("v":2,)?(?:"s":([01]),)?(?:"f":([01]),)?(?:"t":([01]),)?(?:"e":\{([^}]*)\},)?(?:"h":"([a-z0-9]*)",)?(?:"r":"((?:[^"\\]|\\.)*)",)?"d":(\d{1,15}),"i":"([a-z0-9]{6,32})"(,"g":1)?\}$/;
const ENTRY = /"([^"]*)":([01])/g;
/** A later format: its version, then anywhere its date, which is all this version may read of it. */
const LATER = /^\{"v":(\d{1,6}),.*"d":(\d{1,15})[,}]/;

export function encodeChoice(choice: Choice): string {
  const out: Record<string, unknown> = { v: FORMAT_VERSION };
  for (let i = 0; i < 3; i++) {
    const answer = choice.categories[OPTIONAL_CATEGORIES[i]];
    if (answer !== undefined) out[CATEGORY_KEYS[i]] = +answer;
  }
  const ids = Object.keys(choice.entries);
  if (ids.length) {
    const e: Record<string, number> = (out.e = Object.create(null)); // an entry id may be "__proto__"
    for (const id of ids) e[id] = +choice.entries[id];
  }
  if (choice.seen) out.h = choice.seen;
  if (choice.revision !== null) out.r = choice.revision;
  out.d = choice.time;
  out.i = choice.id;
  if (choice.gpc) out.g = 1;
  return JSON.stringify(out);
}

/** Reads a stored value; anything that is not exactly what `encodeChoice` writes gives null. */
export function decodeChoice(raw: string | undefined): Choice | null {
  const match = FORMAT.exec(typeof raw === 'string' ? raw : '');
  if (!match) return null;
  const [, version, s, f, t, entries, seen, revision, time, id, gpc] = match;
  const choice: Choice = { categories: {}, entries: Object.create(null), revision: null, time: +time, id };
  const flags = [s, f, t];
  for (let i = 0; i < 3; i++) if (flags[i]) choice.categories[OPTIONAL_CATEGORIES[i]] = flags[i] === '1';
  for (const [, entry, flag] of (entries ?? '').matchAll(ENTRY)) {
    if (!ENTRY_ID.test(entry)) return null;
    choice.entries[entry] = flag === '1';
  }
  if (version) choice.seen = seen ?? '';
  else if (seen !== undefined) return null;
  if (revision !== undefined) choice.revision = revision.replace(/\\(.)/g, '$1');
  if (gpc) choice.gpc = true;
  // Written again, it must give back the very same text: nothing guessed, defaulted, merged or dropped.
  const valid =
    choice.time >= EARLIEST && (choice.revision === null || REVISION.test(choice.revision)) && (choice.seen ?? '').length % 4 === 0;
  const written = encodeChoice(choice);
  return valid && (version ? written : written.replace('"v":2,', '')) === raw ? choice : null;
}

/** The date of a value written by a later version of the widget, or null when it is not one. */
export function laterVersionDate(raw: string): number | null {
  const match = LATER.exec(raw);
  return match && +match[1] > FORMAT_VERSION ? +match[2] : null;
}
