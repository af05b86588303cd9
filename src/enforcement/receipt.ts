import type { Consent } from '../consent/consent.js';
import { warn } from '../consent/warn.js';

/**
 * Proof of consent: after each choice made on this page, sends the portal's `receipt-endpoint` what
 * was chosen, under which charter revision, when, and the choice's random id; nothing about the visitor.
 */
export function sendReceipts(consent: Consent): void {
  consent.watch((local) => {
    const endpoint = consent.config.receiptEndpoint;
    if (!local || !endpoint) return;
    const preferences = consent.preferences();
    if (!preferences) return;
    try {
      // The preferences as the API gives them: every field is about the choice, none about the visitor.
      navigator.sendBeacon(endpoint, JSON.stringify(preferences));
    } catch (error) {
      warn('threw', 'sending the receipt', error);
    }
  });
}
