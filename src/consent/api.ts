import type { Preferences } from './choice.js';
import type { ChangeListener, Consent } from './consent.js';
import { warn } from './warn.js';

/** `window.cookieCharter`: what a portal's scripts call. */
export interface CookieCharterApi {
  readonly decided: boolean;
  allows(name: string): boolean;
  preferences(): Preferences | null;
  acceptAll(): void;
  rejectAll(): void;
  choose(answers: Record<string, boolean>): void;
  open(): void;
  reset(): void;
  onChange(listener: ChangeListener): () => void;
  push(callback: (api: CookieCharterApi) => void): void;
}

declare global {
  interface Window {
    cookieCharter?: CookieCharterApi | Array<(api: CookieCharterApi) => void>;
  }
}

/** Runs a portal's callback without letting its error escape into the widget. */
function run(callback: unknown, api: CookieCharterApi): void {
  if (typeof callback !== 'function') {
    warn('cookieCharter.push() takes a function; the value was ignored.');
    return;
  }
  try {
    callback(api);
  } catch (error) {
    console.error('cookie-charter: a pushed callback threw', error);
  }
}

export function createApi(consent: Consent, open: () => void): CookieCharterApi {
  const api: CookieCharterApi = {
    get decided() {
      return consent.decided;
    },
    allows: (name) => consent.allows(name),
    preferences: () => consent.preferences(),
    acceptAll: () => consent.acceptAll(),
    rejectAll: () => consent.rejectAll(),
    choose: (answers) => consent.choose(answers),
    open,
    reset: () => consent.reset(),
    onChange: (listener) => consent.onChange(listener),
    push: (callback) => run(callback, api),
  };
  return Object.freeze(api);
}

/** Installs the API on `window`, running the callbacks a page queued before the script ran. */
export function installApi(api: CookieCharterApi): void {
  const queued = window.cookieCharter;
  window.cookieCharter = api;
  if (Array.isArray(queued)) for (const callback of queued) run(callback, api);
  else if (queued !== undefined) warn('window.cookieCharter held something other than a queue; it was replaced.');
}
