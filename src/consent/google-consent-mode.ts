import type { Consent } from './consent.js';
import { toJson } from './json.js';
import { warn } from './warn.js';

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
  }
}

/** The four signals of Consent Mode v2, always sent, denied unless the mapping grants them. */
const V2_SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'];

/** Tells Google tags (gtag.js, Tag Manager) what the visitor allowed, through Consent Mode v2. */
export function bridgeConsentMode(consent: Consent): void {
  /** The last update sent; '' once the default is sent, undefined before. */
  let sent: string | undefined;
  const gtag = (...args: unknown[]) => {
    try {
      window.gtag!(...args);
    } catch (error) {
      warn('threw', "the page's gtag()", error);
    }
  };

  consent.watch(() => {
    const mapping = consent.config.googleConsentMode;
    if (!mapping) return;
    /** Each signal, granted when one of the names mapped to it passes `granted`. */
    const signals = (granted: (name: string) => boolean) => {
      const state: Record<string, string> = {};
      for (const signal of new Set([...V2_SIGNALS, ...Object.keys(mapping)])) {
        state[signal] = 'denied';
        for (const name of mapping[signal] ?? []) if (granted(name)) state[signal] = 'granted';
      }
      return state;
    };
    if (sent === undefined) {
      window.dataLayer ||= [];
      // gtag.js reads Arguments objects from dataLayer, the way Google's own snippet pushes them.
      if (typeof window.gtag !== 'function') window.gtag = function () { window.dataLayer!.push(arguments) };
      gtag('consent', 'default', { ...signals((name) => name === 'necessary'), wait_for_update: 500 });
      sent = '';
    }
    // The first update waits for a choice; later ones follow every change, a withdrawal or a reset included.
    if (!consent.decided && !sent) return;
    const update = signals(consent.allows);
    const json = toJson(update);
    if (json === sent) return;
    sent = json;
    gtag('consent', 'update', update);
  });
}
