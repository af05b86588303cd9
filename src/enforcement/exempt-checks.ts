import type { Consent } from '../consent/consent.js';
import { durationDays, STATISTICS_MAX_DAYS } from '../consent/duration.js';
import type { Warn } from '../consent/warn.js';

/**
 * What a portal that declares exempt audience measurement should hear of, checked here rather than by
 * the core, which every visit runs: an exempt entry whose duration is longer than the CNIL's 13 months,
 * and, once the page is parsed, a page whose optional entries are all exempt (so that no banner shows)
 * and that has no element with `data-cookie-charter-open`, the visitors' only way to object.
 */
export function checkExemptions(consent: Consent, warn: Warn): void {
  let checked: Consent['config'] | undefined;
  const check = () => {
    const { config } = consent;
    if (config === checked || document.readyState === 'loading') return;
    checked = config;
    const optional = config.entries.filter((entry) => entry.category !== 'necessary');
    for (const { exempt, id, duration } of optional) {
      const days = durationDays(duration);
      if (exempt && typeof days === 'number' && days > STATISTICS_MAX_DAYS) warn('exemptDuration', id, duration, days);
    }
    if (optional.length && optional.every((entry) => entry.exempt) && !document.querySelector('[data-cookie-charter-open]'))
      warn('exemptLink');
  };
  consent.watch(check);
  document.addEventListener('DOMContentLoaded', check, { once: true });
  check();
}
