// The ES module build for bundlers: the same widget, each part a chunk loaded on demand.
import { BANNER_IMPORTS, CHARTER_IMPORTS, PLACEHOLDER_IMPORTS } from './charter/languages.js';
import { start } from './start/start.js';

export type { CookieCharterApi } from './consent/api.js';
export type { Preferences } from './consent/choice.js';
export type { CookieCharterElement } from './ui/cookie-charter.js';
export type { CookieCharterEntryElement } from './ui/cookie-charter-entry.js';
export type { CookieCharterPlaceholderElement } from './placeholder/element.js';
// Types only (erased from the build): brings the elements' HTMLElementTagNameMap entries to users' code.
export type {} from './ui/define.js';
export type {} from './placeholder/define.js';

/** `window.cookieCharter`, started. */
export const cookieCharter = start({
  ui: () => import('./ui/define.js'),
  charterTexts: (lang) => CHARTER_IMPORTS[lang](),
  bannerTexts: (lang) => BANNER_IMPORTS[lang](),
  placeholderTexts: (lang) => PLACEHOLDER_IMPORTS[lang](),
  dialog: () => import('./ui/dialog.js'),
  messages: () => import('./consent/messages.js'),
  enforcement: () => import('./enforcement/enforcement.js'),
  placeholder: () => import('./placeholder/define.js'),
});
