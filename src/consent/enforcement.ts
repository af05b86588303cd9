/*
 * What only some pages need, loaded by the core when the page has it: gated scripts and templates,
 * and the Google Consent Mode bridge. One module, so that the bridge's default is always sent before
 * a gated Google tag runs.
 */
import type { Consent } from './consent.js';
import { gateContent } from './gating.js';
import { bridgeConsentMode } from './google-consent-mode.js';
import type { warn } from './warn.js';

export function enforceContent(consent: Consent, warnOf: typeof warn): void {
  bridgeConsentMode(consent, warnOf);
  gateContent(consent, warnOf);
}
