import type { Consent } from '../consent/consent.js';
import { banner as en, months as enMonths } from './banner/en.js';
import { banner as fr, months as frMonths } from './banner/fr.js';
import type { PluralWords } from './plural.js';
import type { BannerTexts, Lang } from './texts.js';

/**
 * The banner's words that ship inside the UI file: French and English, so that most portals' banner
 * shows as soon as that one file has loaded. Each other language's come in a file of their own
 * (`banner/<lang>.ts`), asked for beside the UI file.
 */
export const BANNER_TEXTS: Partial<Record<Lang, BannerTexts>> = { fr, en };

/** The months of `{kept}` in French and English, which come with their banner's words. */
export const MONTH_WORDS: Partial<Record<Lang, PluralWords>> = { fr: frMonths, en: enMonths };

/**
 * What follows the banner's text and the dialog's introduction while exempt audience measurement is on:
 * an exempt entry the visitor has not objected to. Once they objected to each, it would be untrue.
 */
export const exemptNotice = (consent: Consent, texts: BannerTexts) =>
  consent.config.entries.some((entry) => entry.exempt && consent.allowsEntry(entry)) ? ` ${texts.exemptNotice}` : '';
