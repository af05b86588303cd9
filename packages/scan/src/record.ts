import type { Browser, Page, Protocol } from 'puppeteer-core';
import { siteOf } from './site.js';
import type { Item, Phase } from './types.js';
import { identity } from './findings.js';

/** Every cookie of the browser's profile, through the protocol. */
export async function browserCookies(browser: Browser): Promise<Protocol.Network.Cookie[]> {
  const session = await browser.target().createCDPSession();
  try {
    return (await session.send('Storage.getCookies')).cookies;
  } finally {
    await session.detach().catch(() => {});
  }
}

/** The localStorage and sessionStorage keys of each frame of the page, by its origin. */
async function storageKeys(page: Page) {
  const found: { origin: string; local: string[]; session: string[] }[] = [];
  for (const frame of page.frames()) {
    // A frame that is gone, sandboxed or opaque has no storage to read.
    const keys = await frame
      .evaluate(() => {
        try {
          return { origin: location.origin, local: Object.keys(localStorage), session: Object.keys(sessionStorage) };
        } catch {
          return null;
        }
      })
      .catch(() => null);
    if (keys && keys.origin !== 'null') found.push(keys);
  }
  return found;
}

/**
 * What one phase stores, page after page: each cookie and key once, with the page after whose load the
 * phase first saw it, and the first phase of the scan that saw it.
 */
export class PhaseRecord {
  private readonly items = new Map<string, Item>();

  constructor(
    private readonly phase: Phase,
    /** Each item's first phase, shared by the scan's phases, which run in order. */
    private readonly firstPhases: Map<string, Phase>,
  ) {}

  /** Records what the browser holds now that `page` has loaded and settled. */
  async record(browser: Browser, page: Page): Promise<void> {
    const top = new URL(page.url());
    const pageSite = siteOf(top.hostname);
    const now = Date.now();
    for (const cookie of await browserCookies(browser)) {
      const partitionKey = cookie.partitionKey?.topLevelSite ?? null;
      const persistent = !cookie.session && cookie.expires > 0;
      this.add(
        {
          type: 'cookie',
          name: cookie.name,
          domain: cookie.domain,
          path: cookie.path,
          expires: persistent ? Math.round(((cookie.expires * 1000 - now) / 864e5) * 100) / 100 : null,
          session: !persistent,
          httpOnly: cookie.httpOnly,
          secure: cookie.secure,
          sameSite: cookie.sameSite ?? null,
          partitioned: partitionKey !== null,
          partitionKey,
          thirdParty: siteOf(cookie.domain) !== pageSite,
        },
        top.href,
      );
    }
    for (const { origin, local, session } of await storageKeys(page)) {
      const { hostname, protocol } = new URL(origin);
      const thirdParty = siteOf(hostname) !== pageSite;
      for (const [type, names] of [
        ['localStorage', local],
        ['sessionStorage', session],
      ] as const) {
        for (const name of names) {
          this.add(
            {
              type,
              name,
              domain: hostname,
              path: '/',
              expires: null,
              session: type === 'sessionStorage',
              httpOnly: false,
              secure: protocol === 'https:',
              sameSite: null,
              // Chromium keeps a third-party frame's storage apart for each top-level site.
              partitioned: thirdParty,
              partitionKey: thirdParty ? `${top.protocol}//${pageSite}` : null,
              thirdParty,
            },
            top.href,
          );
        }
      }
    }
  }

  private add(found: Omit<Item, 'firstPhase' | 'url'>, url: string) {
    const key = identity(found as Item);
    if (!this.firstPhases.has(key)) this.firstPhases.set(key, this.phase);
    const before = this.items.get(key);
    this.items.set(key, { ...found, firstPhase: this.firstPhases.get(key)!, url: before?.url ?? url });
  }

  list(): Item[] {
    return [...this.items.values()];
  }
}
