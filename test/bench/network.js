// The network profiles a page load can be given, through CDP network emulation (Chromium's DevTools
// throttling: each request's response is held back by `latencyMs`, and the page's downloads share
// `downMbps`). Every page load of every step gets the profile before it navigates.
//
// - model: a visitor on an ordinary home or 4G connection, 40 ms from the server, 10 Mbit/s down;
// - fast: a fibre or good cable connection close to a CDN's edge, 10 ms, 50 Mbit/s down;
// - loopback: no emulation, the machine's own loopback (what the benchmark measured before profiles).

export const networks = {
  model: { latencyMs: 40, downMbps: 10, upMbps: 5 },
  fast: { latencyMs: 10, downMbps: 50, upMbps: 20 },
  loopback: null,
};

/** Applies profile `name` to `page` (a Puppeteer page), before it navigates. */
export async function emulateNetwork(page, name) {
  const profile = networks[name];
  if (profile === undefined) throw new Error(`unknown network profile ${name}`);
  await page.emulateNetworkConditions(
    profile && {
      latency: profile.latencyMs,
      download: (profile.downMbps * 1e6) / 8,
      upload: (profile.upMbps * 1e6) / 8,
    },
  );
}
