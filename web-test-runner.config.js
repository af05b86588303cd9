import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { countReporter } from './scripts/count-reporter.js';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.js';
import { fileSizePlugin } from './scripts/file-size-plugin.js';

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const only = process.env.BROWSERS ? process.env.BROWSERS.split(',') : ['chromium', 'firefox'];

const browsers = [];
if (only.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  );
}
if (only.includes('firefox')) {
  browsers.push(puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }));
}

export default {
  files: ['test/**/*.test.ts', '!test/bench/**'],
  nodeResolve: { exportConditions: ['production'] },
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    forcedColorsPlugin(),
    fileSizePlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
};
