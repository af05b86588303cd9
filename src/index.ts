/*
 * Starts the widget: installs `window.cookieCharter` at once, finds the page's `<cookie-charter>`
 * (now or whenever it is added), and loads the banner's UI only when something must be shown, so
 * that a returning visitor who already chose pays for the consent core alone.
 */
import type { CharterTextsLoader } from './charter/texts.js';
import { createApi, installApi, type CookieCharterApi } from './consent/api.js';
import { readConfig, type CharterConfig } from './consent/config.js';
import { createConsent, type Consent } from './consent/consent.js';
import { enforce, type EnforcementModule } from './consent/enforce.js';
import { readStored } from './consent/store.js';
import { explainWith, warn, whenWarned, type Problem } from './consent/warn.js';
import type { CookieCharterElement } from './ui/cookie-charter.js';
import type { UiServices } from './ui/services.js';

export type { CookieCharterApi } from './consent/api.js';
export type { Preferences } from './consent/choice.js';

/**
 * The UI module (`src/ui/define.ts`), loaded on demand: the elements, which ask the `services` they are
 * given for `loadCharterTexts` and `loadDialog` (`src/ui/dialog.ts`) when the dialog opens.
 */
export interface UiModule {
  defineUi(): void;
}

/** The explanations of problems (`src/consent/messages.ts`), loaded only when there is one to explain. */
export interface MessagesModule {
  explain(problem: Problem): void;
}

export function start(
  loadUi: () => Promise<UiModule>,
  loadCharterTexts: CharterTextsLoader,
  loadMessages: () => Promise<MessagesModule>,
  loadDialog: UiServices['loadDialog'],
  loadEnforcement: () => Promise<EnforcementModule>,
): CookieCharterApi {
  const existing = window.cookieCharter;
  // Loaded twice: the first copy stays in charge.
  if (existing && !Array.isArray(existing) && typeof existing.allows === 'function') return existing;

  // A healthy page never downloads the explanations.
  whenWarned(() => loadMessages().then((messages) => explainWith(messages.explain), () => {}));

  /** Set by `begin()`, the start-up, as soon as the core exists; then `answers` follows its answers. */
  let current: Consent | undefined;
  let answers: Readonly<Record<string, boolean>> | undefined;
  let open: () => void = () => {};
  /** Runs a call that records or forgets a choice, once the page's charter has been read; see `begin()`. */
  let whenRead: (action: () => void) => boolean = () => false;
  /** The core, started at once if it has not been yet. */
  const core = (): Consent => current ?? begin();

  // The API is installed now, and answers at once. The start-up (reading the cookie and the page's
  // charter, following it, other tabs, the banner) runs at the API's first use, or else in a task of its
  // own right after this one: with `defer`, the page's parser runs this script at the end of its own
  // task, which the start-up would lengthen.
  const openDialog = () => (core(), open());
  // The query a page may make in a loop: one lookup once started.
  const api = createApi(core, openDialog, (name) => (answers ?? (begin(), answers!))[name] === true, (action) => (core(), whenRead(action)));
  installApi(api);
  // Listened to from the start: a click on a footer link never falls through to its `href`.
  document.addEventListener('click', (event) => {
    const trigger = (event.target as Element | null)?.closest?.('[data-cookie-charter-open]');
    if (!trigger) return;
    event.preventDefault();
    openDialog();
  });
  setTimeout(core);
  return api;

  function begin(): Consent {
    let module: Promise<UiModule> | null = null;
    let warned = false;
    const fetchUi = () =>
      (module ??= loadUi().catch((error) => {
        module = null; // try again on the next need
        if (!warned) console.warn('cookie-charter: the banner could not be loaded; the API keeps working.', error);
        warned = true;
        throw error;
      }));
    // A first visit to a page that asks something: no stored choice at all, no Global Privacy Control,
    // an optional entry. The banner's file starts to download now, while the core reads the page; the
    // core still decides whether to show it.
    const stored = readStored();
    if (
      !stored.length &&
      (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl !== true &&
      document.querySelector('cookie-charter-entry:not([category="necessary"])')
    ) {
      fetchUi().catch(() => {});
    }
    const hosts = document.getElementsByTagName('cookie-charter');
    let host: Element | null = null;
    // The page's charter as it stands now, read once: the core starts with it, and the first binding
    // below applies the same reading.
    const config = readConfig(hosts[0] ?? null);
    const consent = (current = createConsent(stored, config, (table) => (answers = table)));
    enforce(consent, loadEnforcement);
    const hostWatcher = new MutationObserver(() => consent.configure(readConfig(host)));

    const showUi = (): Promise<void> => {
      // The banner should come early in the tab order: a host placed directly in <body> moves to its start.
      if (host?.parentNode === document.body && document.body.firstElementChild !== host) document.body.prepend(host);
      return fetchUi().then((loaded) => {
        loaded.defineUi();
        (host as CookieCharterElement).services = { consent, loadCharterTexts, loadDialog, warn };
      });
    };
    const needsBanner = () => !consent.decided && consent.categories.length > 0;

    /**
     * Follows the first `<cookie-charter>` of the page: its attributes and entries are the configuration,
     * `read` when given. One that leaves the page (a single-page app changing view) stays in force until
     * another comes.
     */
    const bind = (read?: CharterConfig) => {
      const first = hosts[0];
      if (!first || first === host) return;
      if (hosts.length > 1) warn('hosts');
      host = first;
      hostWatcher.disconnect();
      hostWatcher.observe(host, { attributes: true, childList: true, subtree: true, characterData: true });
      consent.configure(read ?? readConfig(host));
    };

    open = () => {
      if (!document.body) {
        document.addEventListener('DOMContentLoaded', open, { once: true });
        return;
      }
      bind();
      // A page without the element gets one so that the charter can still be shown: a copy of the one
      // that left the page, or one with the defaults.
      if (!host?.isConnected) document.body.prepend(host ? host.cloneNode(true) : document.createElement('cookie-charter'));
      bind();
      // Beside the UI, not after it; the UI reports failures.
      void loadCharterTexts(consent.config.lang).catch(() => {});
      void loadDialog().catch(() => {});
      // Not upgraded when the UI could not be defined: then there is nothing to open.
      showUi()
        .then(() => (host as Partial<HTMLElementTagNameMap['cookie-charter']> | null)?.open?.())
        .catch(() => {});
    };
    /** Calls that came while the parser was still before or inside the charter, run once the page is read. */
    let early: Array<() => void> | null = null;
    /** Whether the parser has gone past the whole `<cookie-charter>`: then nothing of it is still to come. */
    const charterRead = () => {
      if (document.readyState !== 'loading') return true;
      for (let node: Node | null = hosts[0] ?? null; node; node = node.parentNode) if (node.nextSibling) return true;
      return false;
    };
    /** Applies what the parser added to the charter since the last batch of page changes was seen. */
    const catchUp = () => {
      bind();
      if (hostWatcher.takeRecords().length) consent.configure(readConfig(host));
    };
    whenRead = (action) => {
      if (!early && charterRead()) {
        catchUp();
        action();
        return true;
      }
      if (!early) {
        early = [];
        document.addEventListener(
          'DOMContentLoaded',
          () => {
            catchUp();
            for (const queued of early!) queued();
            early = null;
          },
          { once: true },
        );
      }
      early.push(action);
      return false;
    };
    const showBannerIfNeeded = () => {
      if (needsBanner()) showUi().catch(() => {});
    };

    consent.watch(showBannerIfNeeded);

    // A live collection: checking it after each batch of page changes costs one lookup.
    new MutationObserver(() => bind()).observe(document.documentElement, { childList: true, subtree: true });
    bind(config);

    showBannerIfNeeded();
    return consent;
  }
}
