import type { Consent } from './consent.js';
import { readStored } from './store.js';

/** Checks the cookie every second while the page is visible, where tabs on sibling subdomains share it. */
const INTERVAL = 1000;

/** Brings a choice made in another tab of the portal to this one, without a reload. */
export function shareWithTabs(consent: Consent): void {
  let channel: BroadcastChannel | undefined;
  try {
    // Tabs of this origin are told at once.
    channel = new BroadcastChannel('cookie-charter');
    // The message carries the value: a read of `document.cookie` may still answer from a stale cache.
    channel.onmessage = (message) => consent.reload(typeof message.data === 'string' ? message.data : undefined);
  } catch {
    // No channel (an opaque origin): the checks below still work.
  }
  consent.watch((local) => {
    // A choice that lives in this page's memory only (cookies blocked) is not announced.
    if (local && consent.persisted) channel?.postMessage(readStored() ?? '');
  });

  // Tabs of other subdomains (a shared `cookie-domain`) are seen by reading the cookie again: when
  // this tab comes back into view, and every second while it is visible.
  let timer: ReturnType<typeof setInterval> | undefined;
  const wake = () => {
    clearInterval(timer);
    consent.reload();
    if (!document.hidden && consent.config.cookieDomain) timer = setInterval(() => consent.reload(), INTERVAL);
  };
  document.addEventListener('visibilitychange', wake);
  addEventListener('focus', wake);
  consent.watch(() => {
    if (!timer && consent.config.cookieDomain && !document.hidden) wake();
  });
}
