// The ES module build for bundlers: the same widget, with the UI, the charter's texts per language and
// the explanations of problems as chunks loaded on demand.
import { start } from './index.js';

export type { CookieCharterApi, Preferences } from './index.js';

export const cookieCharter = start(
  () => import('./ui/define.js'),
  (lang) => (lang === 'en' ? import('./charter/en.js') : import('./charter/fr.js')),
  () => import('./consent/messages.js'),
);
