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
  choose(answers: Record<string, boolean>): boolean;
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

/**
 * The API over the core that `core()` returns, starting it at the first call if it has not started:
 * every member answers from the core, exactly as it stands. `record` runs a call that records or
 * forgets a choice, at once (true) or, while the page's charter is still being parsed, once it is read
 * (false).
 */
export function createApi(
  core: () => Consent,
  open: () => void,
  allows: (name: string) => boolean,
  record: (action: () => void) => boolean,
): CookieCharterApi {
  const api: CookieCharterApi = Object.freeze({
    get decided() {
      return core().decided;
    },
    get stored() {
      return core().stored;
    },
    allows,
    preferences: () => core().preferences(),
    acceptAll: () => void record(() => core().acceptAll()),
    rejectAll: () => void record(() => core().rejectAll()),
    choose(answers: Record<string, boolean>) {
      let recorded = false;
      // A copy: the page may change its object before a choice made during parsing is recorded.
      const given = typeof answers === 'object' && answers !== null ? Object.assign(Object.create(null), answers) : answers;
      if (!record(() => (recorded = core().choose(given)))) warn('chooseEarly');
      return recorded;
    },
    open,
    reset: () => void record(() => core().reset()),
    onChange: (listener: ChangeListener) => core().onChange(listener),
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
