import type { Consent } from './consent.js';
import { readStored } from './store.js';

/** Checks the cookie every second while the page is visible: tabs on sibling subdomains share it. */
const INTERVAL = 1000;

/** Brings a choice made in another tab of the portal to this one, without a reload. */
export function shareWithTabs(consent: Consent): void {
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel('cookie-charter');
    channel.onmessage = () => consent.reload();
  } catch {
    // No channel (an old browser, an opaque origin): the cookie check below still works.
  }
  consent.watch((local) => {
    if (local) channel?.postMessage('change');
  });

  // Comparing the raw value first keeps the common case (nothing changed) to one cookie read.
  let raw = readStored();
  const check = () => {
    const now = readStored();
    if (now === raw) return;
    raw = now;
    consent.reload();
  };
  let timer: ReturnType<typeof setInterval> | undefined;
  const wake = () => {
    clearInterval(timer);
    timer = undefined;
    if (document.hidden) return;
    check();
    timer = setInterval(check, INTERVAL);
  };
  document.addEventListener('visibilitychange', wake);
  addEventListener('focus', wake);
  wake();
}
