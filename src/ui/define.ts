import type { CharterTextsLoader } from '../charter/texts.js';
import type { Consent } from '../consent/consent.js';
import type { warn as Warn } from '../consent/warn.js';
import { CookieCharterEntryElement } from './cookie-charter-entry.js';
import { CookieCharterElement } from './cookie-charter.js';
import type { DialogLoader } from './dialog.js';

declare global {
  interface HTMLElementTagNameMap {
    'cookie-charter': CookieCharterElement;
    'cookie-charter-entry': CookieCharterEntryElement;
  }
}

/**
 * Defines both elements for this consent core, once per page even when the script runs twice. The
 * dialog opens with the charter's texts and its own module, from the two loaders. The UI reports its
 * problems through the core's `warn`, explained by the same messages.
 */
export function defineUi(
  consent: Consent,
  loadCharterTexts: CharterTextsLoader,
  loadDialog: DialogLoader,
  warn: typeof Warn,
): void {
  CookieCharterElement.consent = consent;
  CookieCharterElement.warn = warn;
  CookieCharterElement.loadCharterTexts = loadCharterTexts;
  CookieCharterElement.loadDialog = loadDialog;
  if (!customElements.get('cookie-charter-entry')) customElements.define('cookie-charter-entry', CookieCharterEntryElement);
  if (!customElements.get('cookie-charter')) customElements.define('cookie-charter', CookieCharterElement);
}
