import type { CharterConfig } from '../consent/config.js';
import type { Consent } from '../consent/consent.js';
import { durationDays, STATISTICS_MAX_DAYS } from '../consent/duration.js';
import type { Problem, Warn } from '../consent/warn.js';

/**
 * What a portal that declares exempt audience measurement should hear of, from its configuration alone
 * (pure: the configurator runs it on a snippet): an exempt entry whose duration is longer than the CNIL's
 * 13 months, and a charter whose optional entries are all exempt (so that no banner shows) on a page
 * without an element with `data-cookie-charter-open` (`hasOpenLink`), the visitors' only way to object.
 */
export function exemptProblems(config: CharterConfig, hasOpenLink: boolean): Problem[] {
  const problems: Problem[] = [];
  const optional = config.entries.filter((entry) => entry.category !== 'necessary');
  for (const { exempt, id, duration } of optional) {
    const days = durationDays(duration);
    if (exempt && typeof days === 'number' && days > STATISTICS_MAX_DAYS) problems.push(['exemptDuration', id, duration, days]);
  }
  if (optional.length && optional.every((entry) => entry.exempt) && !hasOpenLink) problems.push(['exemptLink']);
  return problems;
}

/** Whether `root`, or an open shadow root inside it, holds an element that `selector` matches. */
const holds = (root: Document | ShadowRoot, selector: string): boolean =>
  root.querySelector(selector) !== null ||
  [...root.querySelectorAll('*')].some((element) => element.shadowRoot !== null && holds(element.shadowRoot, selector));

/**
 * Says `exemptProblems` of the page's charter, checked here rather than by the core, which every visit
 * runs: once the page is parsed, and again whenever the charter changes.
 */
export function checkExemptions(consent: Consent, warn: Warn): void {
  let checked: Consent['config'] | undefined;
  const check = () => {
    const { config } = consent;
    if (config === checked || document.readyState === 'loading') return;
    checked = config;
    for (const problem of exemptProblems(config, holds(document, '[data-cookie-charter-open]'))) warn(...problem);
  };
  consent.watch(check);
  document.addEventListener('DOMContentLoaded', check, { once: true });
  check();
}
