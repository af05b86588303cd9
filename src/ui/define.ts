import { CookieCharterEntryElement } from './cookie-charter-entry.js';
import { CookieCharterElement } from './cookie-charter.js';

declare global {
  interface HTMLElementTagNameMap {
    'cookie-charter': CookieCharterElement;
    'cookie-charter-entry': CookieCharterEntryElement;
  }
}

/**
 * Defines both elements, once per page even when the script runs twice. A `<cookie-charter>` shows
 * something once given its `services`, which the start-up gives to the element it follows.
 */
export function defineUi(): void {
  if (!customElements.get('cookie-charter-entry')) customElements.define('cookie-charter-entry', CookieCharterEntryElement);
  if (!customElements.get('cookie-charter')) customElements.define('cookie-charter', CookieCharterElement);
}
