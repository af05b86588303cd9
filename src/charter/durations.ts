import { durationParts, type Unit } from '../consent/duration.js';
import type { Lang } from '../consent/lang.js';
import { inUnits } from './units.js';

/**
 * The words of each unit where a browser's `Intl` lacks the language (Chromium has no Basque units):
 * Basque writes the noun unchanged after a number ("13 hilabete"). With the word "and" that joins two.
 */
const FALLBACK: Partial<Record<Lang, [and: string, words: Record<Unit, string>]>> = {
  eu: ['eta', { second: 'segundo', minute: 'minutu', hour: 'ordu', day: 'egun', week: 'aste', month: 'hilabete', year: 'urte' }],
};

/** Whether the browser's `Intl` speaks `lang`, rather than falling back to its default language. */
const speaks = (lang: Lang, format: { resolvedOptions(): { locale: string } }) => format.resolvedOptions().locale.split('-')[0] === lang;

/** The way each language joins a list, made once per language: a table of durations asks for it on every row. */
const lists: Partial<Record<Lang, Intl.ListFormat>> = {};

/**
 * A charter's duration in the visitor's language: number-and-unit pairs, however the portal wrote them
 * ("13 mois", "6 months", "395d", "P13M"), are written again through `Intl` ("13 Monate", "13 meses"),
 * joined as the language joins a list ("1 Jahr und 6 Monate"); any other text ("session", a remark) is
 * shown as written.
 */
export function durationIn(text: string, lang: Lang): string {
  const parts = durationParts(text);
  if (!parts) return text;
  const fallback = FALLBACK[lang];
  if (!fallback || speaks(lang, new Intl.NumberFormat(lang, { style: 'unit', unit: 'day' }))) {
    const words = parts.map(([count, unit]) => inUnits(lang, count, unit));
    // The first list format a page makes costs tens of milliseconds (its language's data is read then): only for two parts or more.
    return words[1] ? (lists[lang] ??= new Intl.ListFormat(lang, { type: 'conjunction' })).format(words) : words[0];
  }
  return parts.map(([count, unit]) => `${count} ${fallback[1][unit]}`).join(` ${fallback[0]} `);
}
