import type { CharterTexts, Lang } from '../charter/texts.js';
import type { UiServices } from './services.js';

/*
 * What `<cookie-charter>` downloads when the dialog first opens, kept for the page (the UI file is
 * loaded once per page), whichever element asked first.
 */

/** The charter's texts of each language downloaded so far. */
export const charters: Partial<Record<Lang, CharterTexts>> = {};

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
