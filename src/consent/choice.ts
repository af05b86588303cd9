import type { OptionalCategory } from './categories.js';

/** A visitor's choice as the widget keeps it in memory and in the `cookies_preferences` cookie. */
export interface Choice {
  /** Allowed (true) or refused (false), per optional category shown when the choice was made. */
  categories: Partial<Record<OptionalCategory, boolean>>;
  /** Per entry id, only where the visitor's answer differs from the entry's category. */
  entries: Record<string, boolean>;
  /** The charter revision the choice was made under, or null when the portal sets none. */
  revision: string | null;
  /** When the choice was made, in whole seconds since 1970 (UTC). */
  time: number;
  /** A random id, so that a portal can prove which choice a visitor made. */
  id: string;
  /** True when the refusal was recorded from the browser's Global Privacy Control signal. */
  gpc?: true;
  /**
   * The digests (`entryDigest`) of the entries an allowed category covered when the visitor answered,
   * run together; undefined for a choice stored by the first version of the format, which covers all.
   */
  seen?: string;
}

/** What `cookieCharter.preferences()` returns and change listeners receive: a copy, safe to keep. */
export interface Preferences {
  /**
   * The visitor's answer per optional category: true allowed, false refused; a category the visitor
   * was never asked about (no entry then, or a partial answer) is absent.
   * @example { statistics: true, 'first-party': true, 'third-party': false }
   */
  categories: Partial<Record<OptionalCategory, boolean>>;
  /**
   * Answers the visitor gave an entry on its own, by entry id, where they differ from its category's
   * ("Autoriser YouTube" on a placeholder while third-party cookies are refused). An entry not listed
   * follows its category.
   * @example { youtube: true }
   */
  entries: Record<string, boolean>;
  /**
   * The ids of the `exempt` entries the visitor objected to, by their own answer or their category's
   * refusal: those are not allowed, although exempt. Empty when there is none.
   * @example ['matomo']
   */
  objections: string[];
  /**
   * The charter `revision` the choice was made under, or null when the portal sets none. A new
   * revision asks again.
   * @example '2024-06'
   */
  revision: string | null;
  /**
   * When the choice was made, ISO 8601 in UTC, to the second.
   * @example '2026-12-06T10:00:00.000Z'
   */
  date: string;
  /**
   * The choice's random id (10 characters, a-z and 0-9): the same across the visitor's later changes,
   * so that a portal can prove which choice was made (receipts carry it).
   * @example 'k2m9q4p1x7'
   */
  id: string;
  /**
   * True when the refusal was recorded from the browser's Global Privacy Control signal rather than
   * by a click.
   * @example false
   */
  gpc: boolean;
}

export function toPreferences(choice: Choice, objections: string[]): Preferences {
  return {
    categories: { ...choice.categories },
    entries: { ...choice.entries },
    objections: [...objections],
    revision: choice.revision,
    date: new Date(choice.time * 1000).toISOString(),
    id: choice.id,
    gpc: choice.gpc === true,
  };
}

/** The present moment in whole seconds since 1970 (UTC), the unit of a choice's date. */
export const now = () => Math.floor(Date.now() / 1000);

/** Ten base-36 characters from the browser's cryptographic generator (about 51 bits). */
export function randomId(): string {
  const bytes = new Uint8Array(10);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const byte of bytes) id += (byte % 36).toString(36); // 0-9 then a-z
  return id;
}

/**
 * Four base-36 characters that stand for an entry (its id, or its cookies when it has none) in the
 * cookie: FNV-1a over its key. Two entries of one portal share a digest about once in 1.7 million pairs.
 */
export function entryDigest(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return ((hash >>> 0) % 1679616).toString(36).padStart(4, '0');
}
