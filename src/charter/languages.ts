import type { Lang } from '../consent/lang.js';
import type { PluralWords } from './plural.js';
import type { BannerTexts, CharterTexts, PlaceholderTexts } from './texts.js';

/*
 * Each language's texts as modules of their own, for the ES module build: a bundler makes each one a
 * chunk, downloaded only when that language shows. (The drop-in loads the same files from its `dist/`
 * folder by name.)
 */

export const CHARTER_IMPORTS: Record<Lang, () => Promise<{ charter: CharterTexts }>> = {
  fr: () => import('./fr.js'),
  en: () => import('./en.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  it: () => import('./it.js'),
  nl: () => import('./nl.js'),
  pt: () => import('./pt.js'),
  ca: () => import('./ca.js'),
  eu: () => import('./eu.js'),
  sv: () => import('./sv.js'),
  ar: () => import('./ar.js'),
};

export const BANNER_IMPORTS: Record<Lang, () => Promise<{ banner: BannerTexts; months: PluralWords }>> = {
  fr: () => import('./banner/fr.js'),
  en: () => import('./banner/en.js'),
  de: () => import('./banner/de.js'),
  es: () => import('./banner/es.js'),
  it: () => import('./banner/it.js'),
  nl: () => import('./banner/nl.js'),
  pt: () => import('./banner/pt.js'),
  ca: () => import('./banner/ca.js'),
  eu: () => import('./banner/eu.js'),
  sv: () => import('./banner/sv.js'),
  ar: () => import('./banner/ar.js'),
};

export const PLACEHOLDER_IMPORTS: Record<Lang, () => Promise<{ placeholder: PlaceholderTexts }>> = {
  fr: () => import('./placeholder/fr.js'),
  en: () => import('./placeholder/en.js'),
  de: () => import('./placeholder/de.js'),
  es: () => import('./placeholder/es.js'),
  it: () => import('./placeholder/it.js'),
  nl: () => import('./placeholder/nl.js'),
  pt: () => import('./placeholder/pt.js'),
  ca: () => import('./placeholder/ca.js'),
  eu: () => import('./placeholder/eu.js'),
  sv: () => import('./placeholder/sv.js'),
  ar: () => import('./placeholder/ar.js'),
};
