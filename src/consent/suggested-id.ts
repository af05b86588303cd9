/*
 * The id to suggest for an entry that has none, made of a name: the widget's warnings suggest it, from
 * the entry's provider or first cookie, and the scanner's suggested entries, from a cookie's name. Pure
 * and free of the DOM, so that the scanner bundles it and both give the same id for the same name.
 */
import type { Category } from './categories.js';

/*
 * Ids a charter cannot use (config.ts refuses them): the categories, and the names of Object.prototype
 * ("constructor", "__proto__"…), since ids become object keys. `in` over this object answers both: the
 * categories are its own keys, the others come with its prototype. The categories are written out, held
 * to categories.ts by the type, so that the messages' file, where the warnings live, imports nothing.
 */
const REFUSED: Record<Category, true> = { necessary: true, statistics: true, 'first-party': true, 'third-party': true };

// The Latin letters that decomposition leaves whole, spelled out: "Cœur de ville" gives `coeur-de-ville`.
const SPELLED: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o' };

/**
 * An entry id made of `name`, which config.ts's rules always accept:
 *
 * - accents dropped by Unicode decomposition: `Médiamétrie` gives `mediametrie`; `œ`, `æ`, `ß` and `ø`
 *   spelled `oe`, `ae`, `ss` and `o`;
 * - lowercase; the characters an id may hold (`a-z`, `0-9`, `_`, `.`, `:` and `-`) kept, so that
 *   `_pk_id.1` stays `_pk_id.1`; every run of other characters (spaces, apostrophes, slashes, letters
 *   without a Latin base) and of dashes becomes one `-`: `AT Internet (Xiti)` gives `at-internet-xiti`;
 * - no `-`, `.` or `:` at either end (`Cloudflare, Inc.` gives `cloudflare-inc`), and 64 characters at most;
 * - `entry` when nothing is left (a name of emoji or of Chinese characters, say), and `-entry` after
 *   an id that a charter cannot use: `necessary-entry`, `constructor-entry`, `__proto__-entry`.
 */
export function suggestedId(name: string): string {
  const spelled = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæßø]/g, (letter) => SPELLED[letter])
    .replace(/[^a-z0-9_.:]+/g, '-');
  // Trimmed again after the cut, which may end on a dash.
  const trim = (text: string) => text.replace(/^[-.:]+|[-.:]+$/g, '');
  const id = trim(trim(spelled).slice(0, 64));
  return !id ? 'entry' : id in REFUSED ? `${id}-entry` : id;
}
