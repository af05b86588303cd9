/*
 * The charter's durations are free text ("13 mois", "6 months", "1 an", "session"): this reads them as
 * days, to compare them with what a cookie really lasts. Pure and free of the DOM, so that tools
 * outside the page (the scanner) read them exactly as the widget does.
 */

/** A month as the charter counts it: 30.4 days, so that 13 months are 395 days and 12 months a year. */
export const MONTH_DAYS = 30.4;

/** 13 months: the longest life the CNIL accepts for an audience measurement tracker, in days. */
export const STATISTICS_MAX_DAYS = 395;

/** Days per unit, by the first letters that tell the units apart once the number is read. */
const UNIT_DAYS: [RegExp, number][] = [
  [/^(seconde|second|sec|s$)/, 1 / 86400],
  [/^(minute|min|mn)/, 1 / 1440],
  [/^(heure|hour|hr|h$)/, 1 / 24],
  [/^(jour|day|j$|d$)/, 1],
  [/^(semaine|week|sem|wk|w$)/, 7],
  [/^(mois|month|mo$)/, MONTH_DAYS],
  [/^(an|year|yr|y$)/, 365],
];

// A number (digits, or a word for one) starting a word, and a unit that ends one ("1 s", not "1 semaine" as seconds).
const QUANTITY =
  /(?<![\p{L}\d])(\d+(?:[.,]\d+)?|une?|one|an?)\s*(secondes?|seconds?|secs?|s|minutes?|mins?|mn|heures?|hours?|hrs?|h|jours?|days?|j|d|semaines?|weeks?|sem|wks?|w|mois|months?|mo|ann[ée]es?|ans?|years?|yrs?|y)(?![\p{L}\d])/giu;

// What may stand between two quantities that add up: "1 an et 6 mois", "1 year, 2 months".
const SUM = /^[\s,+]*(?:et|and|&)?[\s,+]*$/i;

const SESSION = /session|fermeture du navigateur|browser (?:is )?closed|closing the browser|browser closes/i;

/**
 * Days that a charter's duration stands for: `13 mois` is 395, `1 an et 6 mois` 547, `30 minutes`
 * about 0.021; `'session'` for a session cookie ("Session", "fin de session"); `null` when the text
 * names no duration. Of several alternatives ("1 à 13 mois", "session ou 1 an"), the longest counts,
 * since a cookie may live that long. Whole days from one day up, as months of 30.4 days make fractions.
 */
export function durationDays(text: string): number | 'session' | null {
  let longest: number | null = null;
  let sum = 0;
  let end = -1;
  for (const match of text.matchAll(QUANTITY)) {
    const [whole, number, unit] = match;
    const count = /^\d/.test(number) ? Number(number.replace(',', '.')) : 1;
    const days = count * UNIT_DAYS.find(([pattern]) => pattern.test(unit.toLowerCase()))![1];
    sum = end >= 0 && SUM.test(text.slice(end, match.index)) ? sum + days : days;
    end = match.index + whole.length;
    if (longest === null || sum > longest) longest = sum;
  }
  if (longest === null) return SESSION.test(text) ? 'session' : null;
  return longest >= 1 ? Math.round(longest) : Math.round(longest * 1e4) / 1e4;
}
