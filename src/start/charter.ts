import { readConfig, type CharterConfig } from '../consent/config.js';
import type { Consent } from '../consent/consent.js';
import { warn } from '../consent/warn.js';

/** The page's `<cookie-charter>` as the start-up follows it. */
export interface FollowedCharter {
  /** The element in charge, or null before the page has one. */
  host(): Element | null;
  /** Makes sure an element is in the page, for the dialog: a copy of the one that left, or a new one. */
  ensureHost(): void;
  /** See `Page.whenCharterRead`. */
  whenRead(action: () => void): boolean;
}

/**
 * Follows the first `<cookie-charter>` of the page: its attributes and entries are the configuration.
 * One that leaves the page (a single-page app changing view) stays in force until another comes.
 * `initial` is the configuration the core started with, read from the first element; `onHost` is
 * given each element that takes charge.
 */
export function followCharter(consent: Consent, initial: CharterConfig, onHost: (host: Element) => void): FollowedCharter {
  const hosts = document.getElementsByTagName('cookie-charter');
  let host: Element | null = null;
  const changes = new MutationObserver(() => consent.configure(readConfig(host)));

  const bind = (read?: CharterConfig) => {
    const first = hosts[0];
    if (!first || first === host) return;
    if (hosts.length > 1) warn('hosts');
    host = first;
    changes.disconnect();
    changes.observe(host, { attributes: true, childList: true, subtree: true, characterData: true });
    onHost(host);
    consent.configure(read ?? readConfig(host));
  };

  /** Whether the parser has gone past the whole `<cookie-charter>`: then nothing of it is still to come. */
  const charterRead = () => {
    if (document.readyState !== 'loading') return true;
    for (let node: Node | null = hosts[0] ?? null; node; node = node.parentNode) if (node.nextSibling) return true;
    return false;
  };
  /** Applies what the parser added to the charter since the last batch of page changes was seen. */
  const catchUp = () => {
    bind();
    if (changes.takeRecords().length) consent.configure(readConfig(host));
  };
  /** Calls that came while the parser was still before or inside the charter, run once the page is read. */
  let early: Array<() => void> | null = null;
  const whenRead = (action: () => void) => {
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

  const ensureHost = () => {
    bind();
    if (!host?.isConnected) document.body.prepend(host ? host.cloneNode(true) : document.createElement('cookie-charter'));
    bind();
  };

  // A live collection: checking it after each batch of page changes costs one lookup. A change of
  // <html lang> (a language switcher, a single-page app) is a change of the charter's language.
  new MutationObserver((records) => {
    bind();
    if (records.some((record) => record.target === document.documentElement && record.attributeName)) consent.configure(readConfig(host));
  }).observe(document.documentElement, { childList: true, subtree: true, attributeFilter: ['lang'] });
  bind(initial);
  return { host: () => host, ensureHost, whenRead };
}
