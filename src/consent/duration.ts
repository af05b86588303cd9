/*
 * The charter's durations are free text ("13 mois", "6 months", "1 an", "session"): this reads them as
 * days, to compare them with what a cookie really lasts. Pure and free of the DOM, so that tools
 * outside the page (the scanner) read them exactly as the widget does.
 */

/** A month as the charter counts it: 30.4 days, so that 13 months are 395 days and 12 months a year. */
export const MONTH_DAYS = 30.4;

/** 13 months: the longest life the CNIL accepts for an audience measurement tracker, in days. */
export const STATISTICS_MAX_DAYS = 395;

/** The units a duration is counted in, as `Intl` names them. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** Each unit, its days, and the first letters that tell it apart once the number is read. */
const UNITS: [Unit, number, RegExp][] = [
  ['second', 1 / 86400, /^(seconde|second|sec|s$)/],
  ['minute', 1 / 1440, /^(minute|min|mn)/],
  ['hour', 1 / 24, /^(heure|hour|hr|h$)/],
  ['day', 1, /^(jour|day|j$|d$)/],
  ['week', 7, /^(semaine|week|sem|wk|w$)/],
  ['month', MONTH_DAYS, /^(mois|month|mo$)/],
  ['year', 365, /^(an|year|yr|y$)/],
];

// A number (digits, or a word for one) starting a word, and a unit that ends one ("1 s", not "1 semaine" as seconds).
const QUANTITY =
  /(?<![\p{L}\d])(\d+(?:[.,]\d+)?|une?|one|an?)\s*(secondes?|seconds?|secs?|s|minutes?|mins?|mn|heures?|hours?|hrs?|h|jours?|days?|j|d|semaines?|weeks?|sem|wks?|w|mois|months?|mo|ann[ée]es?|ans?|years?|yrs?|y)(?![\p{L}\d])/giu;

// What may stand between two quantities that add up: "1 an et 6 mois", "1 year, 2 months".
const SUM = /^[\s,+]*(?:et|and|&)?[\s,+]*$/i;

const SESSION = /session|fermeture du navigateur|browser (?:is )?closed|closing the browser|browser closes/i;

// The plain, language-neutral form of ISO 8601: P13M, P1Y6M, P30D, PT30M (minutes after the T).
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;
const ISO_UNITS: Unit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** The quantities a text names, with where each starts and ends. */
function quantities(text: string): { count: number; unit: Unit; days: number; start: number; end: number }[] {
  return [...text.matchAll(QUANTITY)].map((match) => {
    const [whole, number, written] = match;
    const count = /^\d/.test(number) ? Number(number.replace(',', '.')) : 1;
    const [unit, days] = UNITS.find(([, , pattern]) => pattern.test(written.toLowerCase()))!;
    return { count, unit, days: count * days, start: match.index, end: match.index + whole.length };
  });
}

/** The quantities of an ISO 8601 duration ("P13M", "PT30M"), or null for any other text ("P" included). */
function isoParts(text: string): [count: number, unit: Unit][] | null {
  const iso = ISO.exec(text.trim());
  const parts = iso ? ISO_UNITS.flatMap((unit, i): [number, Unit][] => (iso[i + 1] ? [[Number(iso[i + 1]), unit]] : [])) : [];
  return parts.length ? parts : null;
}

/**
 * The quantities of a duration written as number-and-unit pairs alone ("13 mois", "1 an et 6 mois",
 * "6 months", "395d", or ISO 8601's "P13M"), in order, to be written again in any language; null for any
 * other text ("session", "13 mois (données conservées 25 mois)", "1 à 13 mois"), which is shown as written.
 */
export function durationParts(text: string): [count: number, unit: Unit][] | null {
  const iso = isoParts(text);
  if (iso) return iso;
  const found = quantities(text);
  let end = 0;
  for (const quantity of found) {
    if (!SUM.test(text.slice(end, quantity.start))) return null;
    end = quantity.end;
  }
  return found.length && /^\s*$/.test(text.slice(end)) ? found.map(({ count, unit }) => [count, unit]) : null;
}

/**
 * Days that a charter's duration stands for: `13 mois` is 395, `1 an et 6 mois` 547, `P13M` 395, `30
 * minutes` about 0.021; `'session'` for a session cookie ("Session", "fin de session"); `null` when the
 * text names no duration. Of several alternatives ("1 à 13 mois", "session ou 1 an"), the longest
 * counts, since a cookie may live that long. A remark in brackets ("13 mois (données conservées 25
 * mois)") is not the cookie's life, when the text outside names one. Whole days from one day up, as
 * months of 30.4 days make fractions.
 */
export function durationDays(text: string): number | 'session' | null {
  const iso = isoParts(text);
  if (iso) text = iso.map(([count, unit]) => `${count} ${unit}`).join(' ');
  const outside = text.replace(/\([^)]*\)/g, ' ');
  if (quantities(outside).length || SESSION.test(outside)) text = outside;
  let longest: number | null = null;
  let sum = 0;
  let end = -1;
  for (const { days, start, end: after } of quantities(text)) {
    sum = end >= 0 && SUM.test(text.slice(end, start)) ? sum + days : days;
    end = after;
    if (longest === null || sum > longest) longest = sum;
  }
  if (longest === null) return SESSION.test(text) ? 'session' : null;
  return longest >= 1 ? Math.round(longest) : Math.round(longest * 1e4) / 1e4;
}
