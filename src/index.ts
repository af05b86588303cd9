/*
 * The drop-in entry: installs `window.cookieCharter` at once, finds the page's `<cookie-charter>`
 * (now or whenever it is added), and defines the elements only when something must be shown.
 */
import { createApi, installApi, type CookieCharterApi } from './consent/api.js';
import { readConfig } from './consent/config.js';
import { Consent } from './consent/consent.js';
import { defineUi } from './ui/define.js';

export type { CookieCharterApi } from './consent/api.js';
export type { Preferences } from './consent/choice.js';

function start(): CookieCharterApi {
  const existing = window.cookieCharter;
  // Loaded twice: the first copy stays in charge.
  if (existing && !Array.isArray(existing) && typeof existing.allows === 'function') return existing;

  const consent = new Consent();
  const hosts = document.getElementsByTagName('cookie-charter');
  let host: Element | null = null;
  let uiReady = false;
  const hostWatcher = new MutationObserver(() => consent.configure(readConfig(host)));

  const showUi = () => {
    // The banner should come early in the tab order: a host placed directly in <body> moves to its start.
    if (host?.parentNode === document.body && document.body.firstElementChild !== host) document.body.prepend(host);
    if (!uiReady) {
      uiReady = true;
      defineUi(consent);
    }
  };
  const needsBanner = () => !consent.decided && consent.categories.length > 0;

  /** Follows the first `<cookie-charter>` of the page: its attributes and entries are the configuration. */
  const bind = () => {
    const first = hosts[0] ?? null;
    if (first === host) return;
    if (hosts.length > 1) console.warn('cookie-charter: the page has more than one <cookie-charter>; only the first is used.');
    host = first;
    hostWatcher.disconnect();
    if (host) hostWatcher.observe(host, { attributes: true, childList: true, subtree: true, characterData: true });
    consent.configure(readConfig(host));
  };

  const open = () => {
    bind();
    if (!host) {
      host = document.createElement('cookie-charter');
      document.body.prepend(host);
      bind();
    }
    showUi();
    void (host as HTMLElementTagNameMap['cookie-charter']).open();
  };

  consent.watch(() => {
    if (needsBanner()) showUi();
  });

  // A live collection: checking it after each batch of page changes costs one lookup.
  new MutationObserver(bind).observe(document.documentElement, { childList: true, subtree: true });
  bind();

  document.addEventListener('click', (event) => {
    const trigger = (event.target as Element | null)?.closest?.('[data-cookie-charter-open]');
    if (!trigger) return;
    event.preventDefault();
    open();
  });

  const api = createApi(consent, open);
  installApi(api);
  if (needsBanner()) showUi();
  return api;
}

export const cookieCharter = start();
