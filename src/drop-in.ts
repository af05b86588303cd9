// The classic-script build (`dist/cookie-charter.js`): the consent core, which loads the other files
// of its `dist/` folder, resolved against this script's own URL, only when they are needed.
import { start } from './start/start.js';

// Types only, for `import 'cookie-charter/drop-in'`: `window.cookieCharter` and the elements.
export type { CookieCharterApi } from './consent/api.js';
export type { Preferences } from './consent/choice.js';
export type {} from './ui/define.js';
export type {} from './placeholder/define.js';

declare const __VERSION__: string;

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || document.querySelector<HTMLScriptElement>('script[src*="cookie-charter"]')?.src || location.href;
const load = (name: string) => import(new URL(`cookie-charter-${name}.js?v=${__VERSION__}`, base).href);

start({
  ui: () => load('ui'),
  charterTexts: (lang) => load(lang),
  bannerTexts: (lang) => load(`banner-${lang}`),
  placeholderTexts: (lang) => load(`placeholder-${lang}`),
  dialog: () => load('dialog'),
  messages: () => load('messages'),
  enforcement: () => load('enforcement'),
  placeholder: () => load('placeholder'),
});
