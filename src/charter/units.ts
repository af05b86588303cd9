import type { Unit } from '../consent/duration.js';

/** Each of Intl's formats costs more to make than to use: one per language and unit, kept. */
const formats: Record<string, Intl.NumberFormat> = {};

/** `count` `unit`s in words of the visitor's language, plural included: "6 mois", "13 Monate", "6 أشهر". */
export const inUnits = (lang: string, count: number, unit: Unit): string =>
  (formats[lang + unit] ??= new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' })).format(count);
