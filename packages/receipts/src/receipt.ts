import { createHash } from 'node:crypto';
import { isOptionalCategory, OPTIONAL_CATEGORIES, type OptionalCategory } from '../../../src/consent/categories.js';
import { DIGEST } from './digest.js';

/** The optional categories a visitor answers: the widget's own list (`src/consent/categories.ts`), bundled. */
export const CATEGORIES = OPTIONAL_CATEGORIES;
export type Category = OptionalCategory;

/** A receipt as the store keeps it: what the widget's `preferences()` returns, and the charter's digest. */
export interface Receipt {
  categories: Partial<Record<Category, boolean>>;
  entries: Record<string, boolean>;
  objections: string[];
  revision: string | null;
  /** When the visitor chose, by their own clock (ISO 8601). */
  date: string;
  /** The choice's random id, the visitor's to cite. */
  id: string;
  gpc: boolean;
  /** The digest of the charter the visitor was shown; null from widgets that did not send it. */
  charter: string | null;
}

// The widget's own rules (src/consent/config.ts and codec.ts), repeated so that the store accepts exactly what it sends.
const ENTRY_ID = /^[\w.:-]{1,64}$/;
const REVISION = /^[ -~]{1,64}$/;
const CHOICE_ID = /^[a-z0-9]{6,32}$/;
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const MAX_ENTRIES = 256;

const KEYS = new Set(['categories', 'entries', 'objections', 'revision', 'date', 'id', 'gpc', 'charter']);
const REQUIRED = ['categories', 'entries', 'objections', 'revision', 'date', 'id', 'gpc'];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An entry id the widget would accept: its pattern, and never a name that objects already carry (`__proto__`, `constructor`) nor `prototype`. */
export const isEntryId = (value: unknown): value is string =>
  typeof value === 'string' && ENTRY_ID.test(value) && !(value in Object.prototype) && value !== 'prototype';

/** The receipt in `value`, or why it is not one. Unknown keys are refused: the store keeps nothing it cannot explain. */
export function readReceipt(value: unknown): { receipt: Receipt; problem?: undefined } | { receipt?: undefined; problem: string } {
  if (!isPlainObject(value)) return { problem: 'a receipt is a JSON object' };
  for (const key of Object.keys(value)) if (!KEYS.has(key)) return { problem: 'a key the widget does not send' };
  for (const key of REQUIRED) if (!Object.hasOwn(value, key)) return { problem: `missing ${key}` };

  const { categories, entries, objections, revision, date, id, gpc } = value;
  if (!isPlainObject(categories)) return { problem: 'categories must be an object' };
  const readCategories: Partial<Record<Category, boolean>> = {};
  for (const [key, answer] of Object.entries(categories)) {
    if (!isOptionalCategory(key)) return { problem: 'categories names an unknown category' };
    if (typeof answer !== 'boolean') return { problem: 'a category answer must be true or false' };
    readCategories[key as Category] = answer;
  }
  if (!isPlainObject(entries)) return { problem: 'entries must be an object' };
  const entryIds = Object.keys(entries);
  if (entryIds.length > MAX_ENTRIES) return { problem: 'too many entries' };
  const readEntries: Record<string, boolean> = Object.create(null);
  for (const key of entryIds.sort()) {
    if (!isEntryId(key)) return { problem: 'entries names an invalid entry id' };
    const answer = entries[key];
    if (typeof answer !== 'boolean') return { problem: 'an entry answer must be true or false' };
    readEntries[key] = answer;
  }
  if (!Array.isArray(objections) || objections.length > MAX_ENTRIES || !objections.every(isEntryId))
    return { problem: 'objections must be a list of entry ids' };
  if (new Set(objections).size !== objections.length) return { problem: 'objections lists an entry twice' };
  if (revision !== null && (typeof revision !== 'string' || !REVISION.test(revision)))
    return { problem: 'revision must be null or short printable text' };
  if (
    typeof date !== 'string' ||
    !DATE.test(date) ||
    Number.isNaN(Date.parse(date)) ||
    new Date(date).toISOString().slice(0, 19) !== date.slice(0, 19)
  )
    return { problem: 'date must be an ISO 8601 instant in UTC' };
  const year = Number(date.slice(0, 4));
  if (year < 2000 || year > 2199) return { problem: 'date is out of range' };
  if (typeof id !== 'string' || !CHOICE_ID.test(id)) return { problem: 'id must be 6 to 32 lowercase letters and digits' };
  if (typeof gpc !== 'boolean') return { problem: 'gpc must be true or false' };
  const charter = Object.hasOwn(value, 'charter') ? value.charter : null;
  if (charter !== null && (typeof charter !== 'string' || !DIGEST.test(charter)))
    return { problem: 'charter must be 16 lowercase hexadecimal digits' };

  return {
    receipt: {
      categories: Object.fromEntries(CATEGORIES.filter((key) => key in readCategories).map((key) => [key, readCategories[key]])),
      entries: { ...readEntries },
      objections: [...objections].sort(),
      revision,
      date,
      id,
      gpc,
      charter,
    },
  };
}

/**
 * The receipt written in one order, whatever order its keys came in: two sendings of the same choice
 * give the same text, hence the same fingerprint, and the store keeps one.
 */
export const canonicalReceipt = (receipt: Receipt): string =>
  JSON.stringify({
    categories: receipt.categories,
    entries: receipt.entries,
    objections: receipt.objections,
    revision: receipt.revision,
    date: receipt.date,
    id: receipt.id,
    gpc: receipt.gpc,
    charter: receipt.charter,
  });

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
