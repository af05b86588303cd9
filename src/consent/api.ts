import type { Preferences } from './choice.js';
import type { ChangeListener, Consent } from './consent.js';
import { warn } from './warn.js';

/** `window.cookieCharter`: what a portal's scripts call. */
export interface CookieCharterApi {
  readonly decided: boolean;
  /** False when the last choice could not be written to the cookie: it holds for this page only. */
  readonly stored: boolean;
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
  if (typeof callback !== 'function') return warn('push');
  try {
    callback(api);
  } catch (error) {
    warn('threw', 'a pushed callback', error);
  }
}

export function createApi(consent: Consent, open: () => void): CookieCharterApi {
  // The core's functions never use `this`: they are handed out as they are.
  const api: CookieCharterApi = Object.freeze({
    get decided() {
      return consent.decided;
    },
    get stored() {
      return consent.stored;
    },
    allows: consent.allows,
    preferences: consent.preferences,
    acceptAll: consent.acceptAll,
    rejectAll: consent.rejectAll,
    choose: (answers: Record<string, boolean>) => void consent.choose(answers),
    open,
    reset: consent.reset,
    onChange: consent.onChange,
    push: (callback: (api: CookieCharterApi) => void) => run(callback, api),
  });
  return api;
}

/** Installs the API on `window`, running the callbacks a page queued before the script ran. */
export function installApi(api: CookieCharterApi): void {
  const queued = window.cookieCharter;
  window.cookieCharter = api;
  if (Array.isArray(queued)) for (const callback of queued) run(callback, api);
  else if (queued !== undefined) warn('queue');
}
