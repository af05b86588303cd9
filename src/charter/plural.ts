import type { Lang } from '../consent/lang.js';

/**
 * A count of something in a language's words, by the language's plural category (`Intl.PluralRules`):
 * `#` stands for the count, and `other` is the form for any category not given. Written from what
 * `Intl.NumberFormat` writes (CLDR's data), which `test/ui/languages.test.ts` checks in each browser.
 */
export type PluralWords = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** One set of plural rules per language: cheap to make, unlike a number format (see below). */
const rules: Partial<Record<Lang, Intl.PluralRules>> = {};

/**
 * `count` in `words` of `lang`: "6 mois", "1 month", "شهران". The first `Intl.NumberFormat` a page
 * makes reads its number data, 75 to 130 ms 4× throttled, where plural rules take 1 to 10 ms: the
 * banner, which says how long a choice is kept, does not wait for it.
 */
export const inPlural = (lang: Lang, count: number, words: PluralWords): string =>
  (words[(rules[lang] ??= new Intl.PluralRules(lang)).select(count)] ?? words.other).replace('#', `${count}`);
