// The ES module build for bundlers: the same widget, with the UI and the charter's texts per language
// as chunks loaded on demand.
import { start } from './index.js';

export type { CookieCharterApi, Preferences } from './index.js';

export const cookieCharter = start(
  () => import('./ui/define.js'),
  (lang) => (lang === 'en' ? import('./charter/en.js') : import('./charter/fr.js')),
);
