// The headless Chromium the benchmark scripts measure in, and what a run's results say of the machine.
import os from 'node:os';
import puppeteer from 'puppeteer-core';

/** Launches Chromium (`CHROME_PATH`, else /usr/bin/chromium), headless, without its background work. */
export const launchBrowser = () =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
  });

/** The date, Node, Chromium and CPU of a run. */
export const machineOf = async (browser) => ({
  date: new Date().toISOString(),
  node: process.version,
  chromium: await browser.version(),
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
});
