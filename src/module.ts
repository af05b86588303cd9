// The ES module build for bundlers: the same widget, with the UI, the dialog, the charter's texts per
// language and the explanations of problems as chunks loaded on demand.
import { start } from './index.js';

export type { CookieCharterApi, Preferences } from './index.js';
export type { CookieCharterElement } from './ui/cookie-charter.js';
export type { CookieCharterEntryElement } from './ui/cookie-charter-entry.js';
// Types only (erased from the build): brings the elements' HTMLElementTagNameMap entries to users' code.
export type {} from './ui/define.js';

export const cookieCharter = start(
  () => import('./ui/define.js'),
  (lang) => (lang === 'en' ? import('./charter/en.js') : import('./charter/fr.js')),
  () => import('./consent/messages.js'),
  () => import('./ui/dialog.js'),
  () => import('./consent/enforcement.js'),
);
