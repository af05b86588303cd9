import { PLATFORM_COOKIES } from '../consent/platform.js';
import type { Consent } from '../consent/consent.js';
import type { EntryConfig } from '../consent/config.js';
import { expireEverywhere } from '../consent/jar.js';
import { namesPattern } from '../consent/names.js';

/** How much of a cookie pattern is written out: `_ga` 3, `_ga_*` 4, `_g*` 2, `*` 0. */
const specificity = (pattern: string) => pattern.replace(/\*/g, '').length;

/** The most specific of `patterns` that matches `name`, or -1 when none does. */
const closest = (patterns: string[], name: string) =>
  Math.max(-1, ...patterns.filter((pattern) => namesPattern([pattern]).test(name)).map(specificity));

/**
 * The names among `present` (the cookies a page holds, none empty) that must go: those an entry that is
 * not allowed declares, unless an allowed or necessary entry (or a built-in row of the charter) names
 * them at least as closely: an allowed `_g*` does not spare the `_ga` of a refused Google Analytics.
 */
export function refusedCookies(
  entries: readonly EntryConfig[],
  allows: (entry: EntryConfig) => boolean,
  present: readonly string[],
): string[] {
  const kept: string[] = [...PLATFORM_COOKIES];
  const refused: string[] = [];
  for (const entry of entries) (allows(entry) ? kept : refused).push(...entry.cookies);
  // Nothing refused, nothing to look at (each pattern tried is an expression compiled).
  return refused.length ? present.filter((name) => closest(kept, name) < closest(refused, name)) : [];
}

/**
 * Deletes the declared cookies of every entry that is not allowed, whenever the page learns of a
 * change (before any choice, a refusal, a withdrawal, a reset, an expired choice, a new revision, a
 * choice from another tab). Only names that an entry declares are touched, wherever this page can reach
 * them (see `jar.ts`). Returns the sweep, which `tabs.ts` runs again whenever the visitor comes back to
 * the page: each page deletes by its own charter, so that during a deploy, when an old tab and a new
 * one judge an entry differently, the page the visitor is on has the last word (docs/cookie.md).
 */
export function deleteRefusedCookies(consent: Consent): () => void {
  const sweep = () => {
    try {
      const present = document.cookie.split(';').map((cookie) => cookie.split('=')[0].trim());
      for (const name of refusedCookies(consent.config.entries, consent.allowsEntry, present)) if (name) expireEverywhere(name);
    } catch {
      // Cookies cannot be reached (blocked, sandboxed frame): there is nothing to delete.
    }
  };
  consent.watch(sweep);
  sweep();
  return sweep;
}
