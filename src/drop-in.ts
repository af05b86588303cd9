// The classic-script build (`dist/cookie-charter.js`): the consent core, which loads the UI module, the
// dialog's module (`cookie-charter-dialog.js`), the charter's texts (`cookie-charter-fr.js`, `-en.js`),
// gated content and Google Consent Mode (`cookie-charter-enforcement.js`) and the explanations of
// problems (`cookie-charter-messages.js`) sitting beside it in `dist/`, resolved against this script's
// own URL, only when they are needed.
import type { EnforcementModule } from './consent/enforce.js';
import { start, type MessagesModule, type UiModule } from './index.js';

// Types only, for `import 'cookie-charter/drop-in'`: `window.cookieCharter` and the two elements.
export type { CookieCharterApi, Preferences } from './index.js';
export type {} from './ui/define.js';

declare const __VERSION__: string;

const script = document.currentScript as HTMLScriptElement | null;
const base = script?.src || document.querySelector<HTMLScriptElement>('script[src*="cookie-charter"]')?.src || location.href;

const load = (name: string) => import(new URL(`cookie-charter-${name}.js?v=${__VERSION__}`, base).href);

start(
  () => load('ui') as Promise<UiModule>,
  load,
  () => load('messages') as Promise<MessagesModule>,
  () => load('dialog'),
  () => load('enforcement') as Promise<EnforcementModule>,
);
