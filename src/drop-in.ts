// The classic-script build (`dist/cookie-charter.js`): the consent core, which loads the UI module
// sitting beside it in `dist/`, resolved against this script's own URL, only when it must show.
import { start, type UiModule } from './index.js';

// Types only, for `import 'cookie-charter/drop-in'`: `window.cookieCharter` and the two elements.
export type { CookieCharterApi, Preferences } from './index.js';
export type {} from './ui/define.js';

declare const __VERSION__: string;

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || document.querySelector<HTMLScriptElement>('script[src*="cookie-charter"]')?.src || location.href;

start(() => import(new URL(`cookie-charter-ui.js?v=${__VERSION__}`, base).href) as Promise<UiModule>);
