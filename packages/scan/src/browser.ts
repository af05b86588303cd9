import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ScanError } from './errors.js';

/** The system's Chromium: `CHROME_PATH`, else Debian's. The scanner never downloads one. */
export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new ScanError(
      process.env.CHROME_PATH
        ? `CHROME_PATH names ${path}, which does not exist: point it at a Chrome or Chromium executable.`
        : `Chromium was not found at /usr/bin/chromium. Install it (Debian, Ubuntu: sudo apt-get install chromium) or point CHROME_PATH at a Chrome or Chromium executable.`,
    );
  }
  return path;
}

export interface BrowserOptions {
  /** Extra command-line flags for Chromium (`--chrome-arg`). */
  args: string[];
  /** Milliseconds for the browser to start. */
  timeout: number;
}

/**
 * Runs `use` with a Chromium of its own, in a fresh profile that is removed afterwards. The profile
 * allows third-party cookies, as Chrome does for most visitors, so that what a frame of another site
 * stores is seen.
 */
export async function withBrowser<T>(options: BrowserOptions, use: (browser: Browser) => Promise<T>): Promise<T> {
  const executablePath = chromePath();
  const profile = mkdtempSync(join(tmpdir(), 'cookie-charter-scan-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      userDataDir: profile,
      headless: true,
      timeout: options.timeout,
      // Chromium refuses to start as root without --no-sandbox (containers, CI).
      args: [
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        '--disable-component-update',
        '--no-default-browser-check',
        ...options.args,
      ],
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    const said = String((error as Error).message ?? error).split('\n')[0];
    throw new ScanError(`Chromium did not start (${executablePath}): ${said}`);
  }
  try {
    return await use(browser);
  } finally {
    await browser.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
}
