import { PLATFORM_COOKIES } from '../consent/platform.js';
import type { Consent } from '../consent/consent.js';
import { expireEverywhere } from '../consent/jar.js';
import { namesPattern } from '../consent/names.js';

/**
 * Deletes the declared cookies of every entry that is not allowed, whenever the page learns of a
 * change: before any choice, a refusal, a withdrawal, a reset, an expired choice, a new revision, a
 * choice from another tab. Only names that an entry declares are touched, wherever this page can reach
 * them (see `jar.ts`).
 */
export function deleteRefusedCookies(consent: Consent): void {
  const sweep = () => {
    // A cookie that an allowed or necessary entry (or a built-in row of the charter) also names is kept.
    const kept: string[] = [...PLATFORM_COOKIES];
    const refused: string[] = [];
    for (const entry of consent.config.entries) (consent.allowsEntry(entry) ? kept : refused).push(...entry.cookies);
    if (!refused.length) return;
    const doomed = namesPattern(refused);
    const spared = namesPattern(kept);
    try {
      for (const cookie of document.cookie.split(';')) {
        const name = cookie.split('=')[0].trim();
        if (name && doomed.test(name) && !spared.test(name)) expireEverywhere(name);
      }
    } catch {
      // Cookies cannot be reached (blocked, sandboxed frame): there is nothing to delete.
    }
  };
  consent.watch(sweep);
  sweep();
}
