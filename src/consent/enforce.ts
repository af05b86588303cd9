import type { Consent } from './consent.js';
import { deleteRefusedCookies } from './deletion.js';
import { gateContent } from './gating.js';
import { bridgeConsentMode } from './google-consent-mode.js';
import { honourGpc } from './gpc.js';
import { sendReceipts } from './receipt.js';
import { shareWithTabs } from './tabs.js';

/**
 * What a choice does to the page beyond answering `allows()`. Called before the page's charter is
 * bound, so that a Global Privacy Control refusal is recorded before anything decides to show the banner.
 */
export function enforce(consent: Consent): void {
  honourGpc(consent);
  bridgeConsentMode(consent);
  deleteRefusedCookies(consent);
  gateContent(consent);
  shareWithTabs(consent);
  sendReceipts(consent);
}
