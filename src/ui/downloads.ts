import { BANNER_TEXTS, MONTH_WORDS } from '../charter/banner.js';
import type { PluralWords } from '../charter/plural.js';
import type { BannerTexts, CharterTexts, Lang } from '../charter/texts.js';
import type { UiServices } from './services.js';

/*
 * What `<cookie-charter>` downloads when the dialog first opens, or for a language whose banner words
 * are not in the UI file, kept for the page (the UI file is loaded once per page), whichever element
 * asked first.
 */

/** The charter's texts of each language downloaded so far. */
export const charters: Partial<Record<Lang, CharterTexts>> = {};

/** The banner's words of each language at hand: French and English in this file, the others once downloaded. */
export const banners: Partial<Record<Lang, BannerTexts>> = { ...BANNER_TEXTS };

/** The months of `{kept}` in each language whose banner's words are at hand. */
export const monthWords: Partial<Record<Lang, PluralWords>> = { ...MONTH_WORDS };

/** Downloads the banner's words of `lang` once; false (with a warning) when they cannot be had. */
export async function loadBanner({ loadBannerTexts, warn }: UiServices, lang: Lang): Promise<boolean> {
  try {
    if (!banners[lang]) {
      const loaded = await loadBannerTexts(lang);
      monthWords[lang] = loaded.months;
      banners[lang] = loaded.banner;
    }
    return true;
  } catch (error) {
    warn('charterTexts', error);
    return false;
  }
}

/** Downloads the charter's texts of `lang` once; false (with a warning) when they cannot be had. */
export async function loadCharter({ loadCharterTexts, warn }: UiServices, lang: Lang): Promise<boolean> {
  try {
    charters[lang] ??= (await loadCharterTexts(lang)).charter;
    return true;
  } catch (error) {
    warn('charterTexts', error);
    return false;
  }
}

/**
 * Downloads the dialog's module, which defines `<cookie-charter-dialog>`, until it is defined; false
 * (with a warning) when it cannot be had.
 */
export async function loadDialog({ loadDialog, warn }: UiServices): Promise<boolean> {
  try {
    if (!customElements.get('cookie-charter-dialog')) await loadDialog();
    return true;
  } catch (error) {
    warn('dialog', error);
    return false;
  }
}
