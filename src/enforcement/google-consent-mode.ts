import type { Consent } from '../consent/consent.js';
import type { Warn } from '../consent/warn.js';

declare global {
  interface Window {
    dataLayer?: unknown[];
    gtag?: (...args: unknown[]) => void;
  }
}

/** Google Consent Mode signal to the categories or entry ids that grant it. */
type ConsentModeMapping = Record<string, string[]>;

/** The four signals of Consent Mode v2, always sent, denied unless the mapping grants them. */
const V2_SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage'];
const ADS = ['first-party', 'third-party'];
/** What `google-consent-mode` without a value means. */
const DEFAULT_MAPPING: ConsentModeMapping = {
  analytics_storage: ['statistics'],
  ad_storage: ADS,
  ad_user_data: ADS,
  ad_personalization: ADS,
};
const SIGNALS =
  'ad_storage ad_user_data ad_personalization analytics_storage functionality_storage personalization_storage security_storage';
const SIGNAL = new RegExp(`^(${SIGNALS.replace(/ /g, '|')})$`);

/**
 * `google-consent-mode="analytics_storage:statistics ad_storage:first-party,third-party"`: each signal
 * and the categories or entry ids of the charter that grant it; a wrong pair is left out with a warning.
 */
function readConsentMode(value: string, consent: Consent, warn: Warn): ConsentModeMapping {
  const pairs = value.match(/\S+/g);
  if (!pairs) return DEFAULT_MAPPING;
  const mapping: ConsentModeMapping = {};
  for (const pair of pairs) {
    const [signal, names, extra] = pair.split(':');
    if (!SIGNAL.test(signal) || names === undefined || extra !== undefined) {
      warn('signal', pair, SIGNALS);
      continue;
    }
    mapping[signal] ??= [];
    for (const name of names.match(/[^,]+/g) ?? []) {
      if (consent.categoryOf(name)) mapping[signal].push(name);
      else warn('signalName', name, pair);
    }
  }
  return mapping;
}

/** Tells Google tags (gtag.js, Tag Manager) what the visitor allowed, through Consent Mode v2. */
export function bridgeConsentMode(consent: Consent, warn: Warn): void {
  /** The last update sent; '' once the default is sent, undefined before. */
  let sent: string | undefined;
  /** The mapping of the configuration it was read from: read again only when the charter changes. */
  let mapping: ConsentModeMapping | null = null;
  let readFrom: Consent['config'] | undefined;
  const gtag = (...args: unknown[]) => {
    try {
      window.gtag!(...args);
    } catch (error) {
      warn('threw', "the page's gtag()", error);
    }
  };

  const update = () => {
    const { config } = consent;
    if (config !== readFrom) {
      readFrom = config;
      mapping = config.googleConsentMode === null ? null : readConsentMode(config.googleConsentMode, consent, warn);
    }
    const current = mapping;
    if (!current) return;
    /** Each signal, granted when one of the names mapped to it passes `granted`. */
    const signals = (granted: (name: string) => boolean) => {
      const state: Record<string, string> = {};
      for (const signal of new Set([...V2_SIGNALS, ...Object.keys(current)])) {
        state[signal] = 'denied';
        for (const name of current[signal] ?? []) if (granted(name)) state[signal] = 'granted';
      }
      return state;
    };
    if (sent === undefined) {
      window.dataLayer ||= [];
      // gtag.js reads Arguments objects from dataLayer, the way Google's own snippet pushes them.
      if (typeof window.gtag !== 'function')
        window.gtag = function () {
          window.dataLayer!.push(arguments);
        };
      gtag('consent', 'default', { ...signals((name) => name === 'necessary'), wait_for_update: 500 });
      sent = '';
    }
    // The first update waits for a choice; later ones follow every change, a withdrawal or a reset included.
    if (!consent.decided && !sent) return;
    // Exempt audience measurement grants nothing (Google Analytics is never exempt): a name grants its
    // signals once allowed with at least one of its entries that needed consent.
    const state = signals(
      (name) =>
        name === 'necessary' ||
        (consent.allows(name) &&
          consent.config.entries.some(
            (entry) => !entry.exempt && (entry.id === name || entry.category === name) && consent.allowsEntry(entry),
          )),
    );
    const json = JSON.stringify(state);
    if (json === sent) return;
    sent = json;
    gtag('consent', 'update', state);
  };
  consent.watch(update);
  update();
}
