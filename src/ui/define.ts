import type { CharterTextsLoader } from '../charter/texts.js';
import type { Consent } from '../consent/consent.js';
import { explainWith, warn, whenWarned } from '../consent/warn.js';
import { builtinsWork } from './builtins.js';
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
 * dialog opens with the charter's texts and its own module, from the two loaders.
 */
export function defineUi(consent: Consent, loadCharterTexts: CharterTextsLoader, loadDialog: DialogLoader): void {
  if (!builtinsWork()) return warn('builtins');
  CookieCharterElement.consent = consent;
  CookieCharterElement.loadCharterTexts = loadCharterTexts;
  CookieCharterElement.loadDialog = loadDialog;
  if (!customElements.get('cookie-charter-entry')) customElements.define('cookie-charter-entry', CookieCharterEntryElement);
  if (!customElements.get('cookie-charter')) customElements.define('cookie-charter', CookieCharterElement);
}

// This module's own problems (texts replaced by the portal) are explained the same way as the core's.
whenWarned(() => import('../consent/messages.js').then((messages) => explainWith(messages.explain), () => {}));
