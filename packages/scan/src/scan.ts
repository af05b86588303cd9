import { TimeoutError, type Browser, type Page } from 'puppeteer-core';
import type { CookieCharterApi } from '../../../src/consent/api.js';
import { withBrowser } from './browser.js';
import { ScanError } from './errors.js';
import { findingsOf } from './findings.js';
import { PhaseRecord } from './record.js';
import type { Charter, Item, Phase, ScanResult } from './types.js';

declare const PAGE_CHARTER: string;

export interface ScanOptions {
  /** The portal's pages; the first one is where the choice is made. */
  urls: string[];
  /** Milliseconds a page may take to load, and then to settle. */
  timeout: number;
  /** Milliseconds without network requests after which a page counts as settled. */
  idle: number;
  /** Extra flags for Chromium. */
  chromeArgs: string[];
  /** Told one line per page and step, for a progress display. */
  progress?: (line: string) => void;
}

/** The page's window, with the widget's API. */
type Widget = { cookieCharter: CookieCharterApi };

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** Loads a page and waits for its network to settle; a clear error when it cannot. */
async function load(page: Page, url: string, options: ScanOptions): Promise<void> {
  let response;
  try {
    response = await page.goto(url, { waitUntil: 'load', timeout: options.timeout });
  } catch (error) {
    if (error instanceof TimeoutError)
      throw new ScanError(
        `${url} did not finish loading within ${seconds(options.timeout)}: give it longer with --timeout, or check it in a browser.`,
      );
    const message = String((error as Error).message ?? error);
    throw new ScanError(`${url} could not be reached: ${/net::ERR_[A-Z_]+/.exec(message)?.[0] ?? message.split('\n')[0]}.`);
  }
  if (response && response.status() >= 400) throw new ScanError(`${url} answered HTTP ${response.status()}: scan pages that load.`);
  try {
    await page.waitForNetworkIdle({ idleTime: options.idle, timeout: options.timeout });
  } catch (error) {
    if (!(error instanceof TimeoutError)) throw error;
    throw new ScanError(
      `${url} never settled: its network was still busy ${seconds(options.timeout)} after it loaded. Give it longer with --timeout, or a shorter quiet time with --idle.`,
    );
  }
}

/** The page's charter, read in the page by the widget's own code (bundled as PAGE_CHARTER). */
async function readCharter(page: Page): Promise<Charter> {
  return page.evaluate(`(() => { ${PAGE_CHARTER}; return cookieCharterScan.readCharter(); })()`) as Promise<Charter>;
}

/**
 * "Tout refuser" or "Tout accepter": the banner's button, as a visitor clicks it, when the banner shows;
 * else the API, the one way on a page without a banner (exempt entries only).
 */
async function choose(page: Page, refuse: boolean, options: ScanOptions): Promise<'banner' | 'api'> {
  const button = await page.$(`cookie-charter >>> [part~="${refuse ? 'reject-all' : 'accept-all'}"]`);
  const visible = (await button?.isVisible()) ?? false;
  if (visible) await button!.click();
  else
    await page.evaluate(
      (refuse) =>
        refuse ? (window as unknown as Widget).cookieCharter.rejectAll() : (window as unknown as Widget).cookieCharter.acceptAll(),
      refuse,
    );
  await button?.dispose();
  await page
    .waitForFunction(() => (window as unknown as Widget).cookieCharter.decided, { timeout: Math.min(options.timeout, 5000) })
    .catch(() => {
      options.progress?.(`  the widget still says decided: false after the choice; the scan goes on`);
    });
  await page.waitForNetworkIdle({ idleTime: options.idle, timeout: options.timeout }).catch(() => {});
  return visible ? 'banner' : 'api';
}

/** Deletes every cookie but the choice, and every frame's storage, through the protocol. */
async function keepOnlyTheChoice(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    await frame
      .evaluate(() => {
        try {
          localStorage.clear();
          sessionStorage.clear();
        } catch {
          // a frame without storage
        }
      })
      .catch(() => {});
  }
  const session = await page.createCDPSession();
  const { cookies } = await session.send('Storage.getCookies');
  for (const { name, domain, path, partitionKey } of cookies) {
    if (name !== 'cookies_preferences') await session.send('Network.deleteCookies', { name, domain, path, partitionKey });
  }
  await session.detach();
}

/** Loads each page in turn and records what the browser holds after each. */
async function visit(
  browser: Browser,
  page: Page,
  phase: Phase,
  record: PhaseRecord,
  options: ScanOptions,
  onFirst?: (page: Page) => Promise<void>,
) {
  for (const [index, url] of options.urls.entries()) {
    options.progress?.(`[${phase}] ${index + 1}/${options.urls.length} ${url}`);
    await load(page, url, options);
    if (index === 0) await onFirst?.(page);
    await record.record(browser, page);
  }
}

/**
 * Scans a portal: `initial` (no choice), `refused` ("Tout refuser", then everything but the choice
 * deleted and the pages loaded again) and `accepted` ("Tout accepter", then the pages again), each in
 * a fresh profile; then judges what they stored against the charter of the first page.
 */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  const now = Date.now();
  const browserOptions = { args: options.chromeArgs, timeout: options.timeout };
  const firstPhases = new Map<string, Phase>();
  const phases: Record<Phase, Item[] | null> = { initial: null, refused: null, accepted: null };
  const choices: ScanResult['choices'] = { refused: null, accepted: null };
  let charter: Charter | undefined;

  phases.initial = await withBrowser(browserOptions, async (browser) => {
    const record = new PhaseRecord('initial', firstPhases);
    await visit(browser, await browser.newPage(), 'initial', record, options, async (page) => {
      charter = await readCharter(page);
    });
    return record.list();
  });

  if (!charter!.widget) options.progress?.(`no cookie-charter widget answered on ${options.urls[0]}: only the initial phase ran`);
  else {
    for (const phase of ['refused', 'accepted'] as const) {
      phases[phase] = await withBrowser(browserOptions, async (browser) => {
        let page = await browser.newPage();
        options.progress?.(`[${phase}] ${phase === 'refused' ? '"Tout refuser"' : '"Tout accepter"'} on ${options.urls[0]}`);
        await load(page, options.urls[0], options);
        choices[phase] = await choose(page, phase === 'refused', options);
        options.progress?.(
          `[${phase}] chosen through ${choices[phase] === 'banner' ? "the banner's button" : 'the API (no banner showed)'}`,
        );
        if (phase === 'refused') {
          // What was stored before the click does not count: only the choice survives, in a new tab.
          await keepOnlyTheChoice(page);
          await page.close();
          page = await browser.newPage();
        }
        const record = new PhaseRecord(phase, firstPhases);
        await visit(browser, page, phase, record, options);
        return record.list();
      });
    }
  }

  return {
    url: options.urls,
    date: new Date(now).toISOString(),
    lang: charter!.lang,
    widget: charter!.widget,
    choices,
    declared: charter!.entries,
    phases,
    findings: findingsOf(charter!.entries, phases, charter!.lang, now),
  };
}
