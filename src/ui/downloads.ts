import { BANNER_TEXTS } from '../charter/banner.js';
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

/** Keeps `lang`'s texts in `kept` once `download` gives them; false (with a warning) when they cannot be had. */
async function keep<T>(kept: Partial<Record<Lang, T>>, lang: Lang, download: () => Promise<T>, warn: UiServices['warn']): Promise<boolean> {
  try {
    kept[lang] ??= await download();
    return true;
  } catch (error) {
    warn('charterTexts', error);
    return false;
  }
}

/** Downloads the banner's words of `lang` once. */
export const loadBanner = ({ loadBannerTexts, warn }: UiServices, lang: Lang) =>
  keep(banners, lang, async () => (await loadBannerTexts(lang)).banner, warn);

/** Downloads the charter's texts of `lang` once. */
export const loadCharter = ({ loadCharterTexts, warn }: UiServices, lang: Lang) =>
  keep(charters, lang, async () => (await loadCharterTexts(lang)).charter, warn);

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
