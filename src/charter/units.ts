import type { Unit } from '../consent/duration.js';

/** `count` `unit`s in words of the visitor's language, plural included: "6 mois", "13 Monate", "6 أشهر". */
export const inUnits = (lang: string, count: number, unit: Unit): string =>
  new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
