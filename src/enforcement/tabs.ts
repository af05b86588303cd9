import type { Consent } from '../consent/consent.js';

/** Checks the cookie every second while the page is visible, where tabs on sibling subdomains share it. */
const INTERVAL = 1000;

/**
 * Brings a choice made in another tab of the portal to this one, without a reload. `onReturn` runs
 * whenever the visitor comes back to the page (it gets the focus, or comes into view), after the cookie
 * is read again.
 */
export function shareWithTabs(consent: Consent, onReturn: () => void): void {
  let channel: BroadcastChannel | undefined;
  try {
    // Tabs of this origin are told at once.
    channel = new BroadcastChannel('cookie-charter');
    channel.onmessage = () => {
      consent.reload();
      // Chromium updates each document's copy of the cookies a moment after another one writes:
      // the message may come first, so the cookie is read again once it has surely arrived.
      setTimeout(consent.reload, 250);
    };
  } catch {
    // No channel (an opaque origin): the checks below still work.
  }
  consent.watch((local) => {
    if (local) channel?.postMessage(0);
  });

  // Tabs of other subdomains (a shared `cookie-domain`) are seen by reading the cookie again: when
  // this tab comes back into view, and every second while it is visible.
  let timer: ReturnType<typeof setInterval> | undefined;
  const wake = () => {
    clearInterval(timer);
    consent.reload();
    onReturn();
    if (!document.hidden && consent.config.cookieDomain) timer = setInterval(consent.reload, INTERVAL);
  };
  document.addEventListener('visibilitychange', wake);
  addEventListener('focus', wake);
  // From the start when the charter sets a cookie-domain, and from any change that sets one.
  const follow = () => {
    if (!timer && consent.config.cookieDomain && !document.hidden) wake();
  };
  consent.watch(follow);
  follow();
}
