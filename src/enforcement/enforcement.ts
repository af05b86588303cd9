/*
 * The enforcement module (`dist/cookie-charter-enforcement.js`): what only some pages need, loaded by
 * `effects.ts` when the page has it: gated scripts and templates, the Google Consent Mode bridge, and
 * the checks of exempt entries. One module, so that the bridge's default is always sent before a gated
 * Google tag runs.
 */
import type { Consent } from '../consent/consent.js';
import type { Warn } from '../consent/warn.js';
import { checkExemptions } from './exempt-checks.js';
import { gateContent } from './gating.js';
import { bridgeConsentMode } from './google-consent-mode.js';
import type { PlaceholderLoaders } from './show-placeholders.js';

/** `open` opens this page's charter (the placeholders' "Gérer les cookies"). */
export function startEnforcement(consent: Consent, warn: Warn, placeholders: PlaceholderLoaders, open: () => void): void {
  bridgeConsentMode(consent, warn);
  gateContent(consent, warn, placeholders, open);
  checkExemptions(consent, warn);
}
