import { BUILTIN_COOKIES } from './categories.js';
import type { Consent } from './consent.js';

/** One expression for a list of cookie names where `*` matches any run of characters. */
const namesPattern = (names: string[]) => {
  let pattern = '';
  for (const name of names) pattern += `|${name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}`;
  return new RegExp(`^(${pattern.slice(1)})$`);
};

/** The host and each parent domain but the last label: every `Domain` a page's script may have used. */
export function cookieDomains(host: string): string[] {
  const domains: string[] = [];
  for (let rest = host; rest.includes('.'); rest = rest.slice(rest.indexOf('.') + 1)) domains.push(rest);
  return domains;
}

/**
 * Deletes the cookies of refused entries whenever the page learns of a choice: a refusal, a
 * withdrawal, a choice from another tab, or a returning visitor's refusal on a subdomain that still
 * holds old cookies. Only names that an entry declares are touched.
 */
export function deleteRefusedCookies(consent: Consent): void {
  consent.watch(() => {
    if (!consent.decided) return;
    // A cookie that an allowed or necessary entry (or a built-in row of the charter) also names is kept.
    const kept = [...BUILTIN_COOKIES];
    const refused: string[] = [];
    for (const entry of consent.config.entries) (consent.allows(entry.id) ? kept : refused).push(...entry.cookies);
    if (!refused.length) return;
    const doomed = namesPattern(refused);
    const spared = namesPattern(kept);
    try {
      // `document.domain` is the origin's host, also in srcdoc frames whose location has none.
      const domains = ['', ...cookieDomains(document.domain)];
      for (const cookie of document.cookie.split(';')) {
        const name = cookie.split('=')[0].trim();
        if (!name || !doomed.test(name) || spared.test(name)) continue;
        for (const domain of domains) document.cookie = `${name}=; Max-Age=0; Path=/${domain && `; Domain=${domain}`}`;
      }
    } catch {
      // Cookies cannot be reached (blocked, sandboxed frame): there is nothing to delete.
    }
  });
}
