import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';

/**
 * The demo (`demo/serve.js`) served on `port`, and a headless Chromium to take pictures of it, for the
 * screenshot scripts; `close()` stops both.
 */
export async function demoBrowser(port) {
  const server = spawn(process.execPath, [new URL('../demo/serve.js', import.meta.url).pathname], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', (code) => reject(new Error(`the demo server stopped (${code})`)));
  });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--font-render-hinting=none'],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      server.kill();
    },
  };
}
