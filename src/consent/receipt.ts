import type { Consent } from './consent.js';
import { warn } from './warn.js';

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
    const { id, date, revision, categories, entries, objections, gpc } = preferences;
    try {
      navigator.sendBeacon(endpoint, JSON.stringify({ id, date, revision, categories, entries, objections, gpc }));
    } catch (error) {
      warn('threw', 'sending the receipt', error);
    }
  });
}
