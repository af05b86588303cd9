/** The units a charter's durations and the banner's "kept for" are written in. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

/** `count` `unit`s in words of the visitor's language, plural included: "6 mois", "13 Monate", "6 أشهر". */
export const inUnits = (lang: string, count: number, unit: Unit): string =>
  new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
