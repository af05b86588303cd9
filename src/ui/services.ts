import type { BannerTextsLoader, CharterTextsLoader } from '../charter/texts.js';
import type { Consent } from '../consent/consent.js';
import type { Warn } from '../consent/warn.js';

/**
 * What `<cookie-charter>` needs from the page, given by the start-up through its `services` property:
 * the consent core it shows and records into, where the charter's texts and the dialog come from, and
 * how problems are reported. An element without services shows nothing.
 */
export interface UiServices {
  /** The page's consent core. */
  consent: Consent;
  /** Downloads the charter's texts of one language (when the dialog first opens). */
  loadCharterTexts: CharterTextsLoader;
  /** Downloads the banner's words of a language other than French and English. */
  loadBannerTexts: BannerTextsLoader;
  /** Downloads the dialog's module, which defines `<cookie-charter-dialog>`. */
  loadDialog: () => Promise<unknown>;
  /** Reports a problem by its code (see `src/consent/messages.ts`). */
  warn: Warn;
  /** Ties the receipt of the choice about to be recorded to the digest of what the visitor was shown (`receipt-endpoint`). */
  prove?: (digest: string) => void;
}
