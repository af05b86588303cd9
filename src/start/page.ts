/*
 * Follows the page: reads the cookie and the page's `<cookie-charter>`, creates the consent core and
 * its effects, and loads the banner's UI only when something must be shown, so that a returning
 * visitor who already chose pays for the consent core alone.
 */
import { ASKING_ENTRY } from '../consent/asking.js';
import { readConfig } from '../consent/config.js';
import { createConsent, type Answers, type Consent } from '../consent/consent.js';
import { gpcSignal } from '../consent/gpc.js';
import { inUiFile } from '../consent/lang.js';
import { readStored } from '../consent/store.js';
import { warn } from '../consent/warn.js';
import { startEffects } from '../enforcement/effects.js';
import type { UiServices } from '../ui/services.js';
import { followCharter } from './charter.js';
import type { Loaders } from './loaders.js';
import { uiLoader } from './ui.js';

/** What the start-up has once it follows the page. */
export interface Page {
  consent: Consent;
  /** Shows the charter and preferences dialog. */
  open(): void;
  /**
   * Runs a call that records or forgets a choice now (true) or, while the parser is still before or
   * inside `<cookie-charter>`, once the page has been read, in order (false).
   */
  whenCharterRead(action: () => void): boolean;
}

/**
 * A first visit to a page that asks something: no stored choice at all, no Global Privacy Control, and
 * an optional entry that is not exempt, or a page still parsed (the script in `<head>`, before the
 * charter). The banner will most likely show: the start-up does not wait, and its file is asked for at
 * once; the core still decides whether to show it.
 */
export const firstVisit = (stored: string[]) =>
  !stored.length && !gpcSignal() && (document.readyState === 'loading' || document.querySelector(ASKING_ENTRY) !== null);

/**
 * `stored` and `first` are the cookie's values and whether this is a first visit, when the start-up has
 * just read them; read here otherwise.
 */
export function followPage(loaders: Loaders, publish: (answers: Answers) => void, stored = readStored(), first = firstVisit(stored)): Page {
  const loadUi = uiLoader(loaders);
  // The page's charter as it stands now, read once: the core starts with it, and following the
  // element applies the same reading.
  const hosts = document.getElementsByTagName('cookie-charter');
  const config = readConfig(hosts[0] ?? null);
  // The banner's words of a language other than French and English come beside the UI file, not after it.
  if (first) {
    loadUi().catch(() => {});
    if (!inUiFile(config.lang)) loaders.bannerTexts(config.lang).catch(() => {});
  }
  const consent = createConsent(stored, config, publish);
  // The charter the placeholders open is this page's, whatever the page later does to window.cookieCharter.
  const prove = startEffects(consent, loaders, () => open());

  const services: UiServices = {
    consent,
    loadCharterTexts: loaders.charterTexts,
    loadBannerTexts: loaders.bannerTexts,
    loadDialog: loaders.dialog,
    warn,
    prove,
  };
  /** The element in charge gets what it shows and records into (it shows nothing without). */
  const serve = (host: Element | null) => {
    if (host) (host as Element & { services?: UiServices }).services = services;
  };
  const charter = followCharter(consent, config, serve);
  /** Shows the banner's UI on the element in charge, once its file is there. */
  const showUi = (): Promise<void> => {
    const host = charter.host();
    // The banner should come early in the tab order: a host placed directly in <body> moves to its start.
    if (host?.parentNode === document.body && document.body.firstElementChild !== host) document.body.prepend(host);
    return loadUi().then((ui) => {
      ui.defineUi();
      serve(charter.host());
    });
  };

  const open = () => {
    if (!document.body) {
      document.addEventListener('DOMContentLoaded', open, { once: true });
      return;
    }
    charter.ensureHost();
    // Beside the UI, not after it; the UI reports failures.
    void loaders.charterTexts(consent.config.lang).catch(() => {});
    void loaders.dialog().catch(() => {});
    showUi()
      .then(() => (charter.host() as Partial<HTMLElementTagNameMap['cookie-charter']> | null)?.open?.())
      .catch(() => {});
  };

  const showBannerIfAsked = () => {
    if (consent.asks) showUi().catch(() => {});
    // A banner written into the page (src/prerender.ts) that its inline script showed early leaves when the core asks nothing.
    else charter.host()?.shadowRoot?.querySelector('[data-prerendered]')?.remove();
  };
  consent.watch(showBannerIfAsked);
  showBannerIfAsked();
  return { consent, open, whenCharterRead: charter.whenRead };
}
