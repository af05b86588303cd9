import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { defaultReporter } from '@web/test-runner';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { executable, selected } from './scripts/browsers.js';
import { countReporter, noteStart } from './scripts/count-reporter.js';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.js';
import { fileSizePlugin } from './scripts/file-size-plugin.js';
import { modelOptionsPlugin } from './scripts/model-options-plugin.js';
import { receiptSink, receiptSinkPlugin } from './scripts/receipt-sink-plugin.js';
import { createPage } from './scripts/firefox-viewport.js';

// Debian's chromium and firefox-esr, or CHROME_PATH and FIREFOX_PATH; BROWSERS=chromium or firefox picks one.
const browsers = selected().map((browser) => ({ ...browser, path: executable(browser) }));
for (const browser of browsers) {
  if (browser.id === 'chromium') {
    browser.launcher = chromeLauncher({
      launchOptions: {
        executablePath: browser.path,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          // A window in the background keeps its timers, as Firefox's preferences below ask: the
          // model-based test's page waits in the background while its tabs are in front.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          '--disable-features=IntensiveWakeUpThrottling',
          // Real host names for tests of domains and subdomains: www.example.test, data.example.test…
          '--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP example.test 127.0.0.1',
        ],
      },
      createPage: noteStart(browser.id),
    });
  } else if (browser.id === 'firefox') {
    browser.launcher = puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: browser.path,
        headless: true,
        // As Chromium runs under test: a window in the background keeps its timers (tests open several).
        extraPrefsFirefox: {
          'dom.min_background_timeout_value': 4,
          'dom.min_background_timeout_value_without_budget_throttling': 4,
          'dom.timeout.enable_budget_timer_throttling': false,
          // A page's window.open() opens a tab of the same window, in the background: the test's page
          // keeps the focus, for the files after it too.
          'browser.link.open_newwindow': 3,
          'browser.link.open_newwindow.restriction': 0,
          'browser.tabs.loadDivertedInBackground': true,
        },
      },
      createPage: noteStart(browser.id, createPage),
    });
  }
}

/**
 * Serves the pages of test/fixtures/strict/ with a real Content-Security-Policy header, as a strict
 * portal would (a <meta> policy cannot carry every directive). Each request gets a fresh nonce, written
 * where a page says {{nonce}}. `?script-src=nonce` adds it to script-src, `nonce-only` trusts it alone,
 * `strict-dynamic` trusts it alone with 'strict-dynamic'; `?trusted-types=…` changes the allowed policy names.
 * `?script-hash=` and `?style-hash=` add a sha256 source; `?prerendered=` and `?reveal=` fill a page's
 * written banner and its inline script.
 */
function strictPages() {
  return async (context, next) => {
    if (!/^\/test\/fixtures\/strict\/[\w-]+\.html$/.test(context.path)) return next();
    const nonce = randomBytes(16).toString('base64');
    const wanted = String(context.query['script-src'] ?? 'self');
    const scripts = {
      self: "'self'",
      nonce: `'self' 'nonce-${nonce}'`,
      'nonce-only': `'nonce-${nonce}'`,
      'strict-dynamic': `'nonce-${nonce}' 'strict-dynamic'`,
    };
    const types = String(context.query['trusted-types'] ?? 'lit-html cookie-charter').replace(/[^\w -]/g, '');
    // A page with a banner written into it trusts its inline script and style sheet by their hashes.
    const hash = (name) => (/^[\w+/=]+$/.test(String(context.query[name] ?? '')) ? ` 'sha256-${context.query[name]}'` : '');
    context.set(
      'Content-Security-Policy',
      `default-src 'self'; script-src ${scripts[Object.hasOwn(scripts, wanted) ? wanted : 'self']}${hash('script-hash')}; ` +
        `style-src 'self'${hash('style-hash')}; require-trusted-types-for 'script'; trusted-types ${types}`,
    );
    context.type = 'html';
    const page = await readFile(new URL(`.${context.path}`, import.meta.url), 'utf8');
    context.body = page
      .replaceAll('{{nonce}}', nonce)
      .replace('{{prerendered}}', () => String(context.query.prerendered ?? ''))
      .replace('{{reveal}}', () => String(context.query.reveal ?? ''));
  };
}

/**
 * Serves dist/ the way public CDNs do, with `Access-Control-Allow-Origin: *`: its sibling files are ES
 * modules, which a page of another origin (a sandboxed frame's is opaque) may only load with CORS.
 */
function cdnHeaders() {
  return (context, next) => {
    if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
    return next();
  };
}

/**
 * esbuild compiles the TypeScript sources and the tests; the built files of `dist/` reach the browser
 * byte for byte, as a CDN serves them.
 */
function sourcesOnly(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (/^\/dist(-alone)?\//.test(context.path) ? undefined : transform(context));
  return plugin;
}

/**
 * `/test/fixtures/gated/never.js`: a script the server never answers, as a stalled tracker's host would.
 * The request is let go when the browser drops it (the test's page is removed), or after a minute.
 */
function neverAnswers() {
  return async (context, next) => {
    if (context.path !== '/test/fixtures/gated/never.js') return next();
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 60000);
      context.res.on('close', () => resolve(clearTimeout(timer)));
    });
    context.status = 204;
  };
}

/**
 * `/test/fixtures/slow.js?ms=N`: a script of the page that takes N ms (at most 10 s) to download, as a
 * portal's own bundle may on a slow connection; when it runs, it notes whether the banner was drawn.
 */
function slowScript() {
  return async (context, next) => {
    if (context.path !== '/test/fixtures/slow.js') return next();
    const ms = Math.min(Number(context.query.ms) || 0, 10000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    context.type = 'application/javascript';
    context.body = `window.slowScriptSawBanner = (function () {
  var banner = document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~="banner"]');
  return !!banner && banner.getBoundingClientRect().height > 0;
})();`;
  };
}

/** `/dist-alone/`: a portal that copied `cookie-charter.js` without its sibling files. */
function coreAlone() {
  return (context, next) => {
    if (!context.path.startsWith('/dist-alone/')) return next();
    if (context.path !== '/dist-alone/cookie-charter.js') {
      context.status = 404;
      return;
    }
    context.path = '/dist/cookie-charter.js';
    return next();
  };
}

export default {
  // test/node/ runs in Node (scripts/node-tests.js).
  files: ['test/**/*.test.ts', '!test/bench/**', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  browsers: browsers.map((browser) => browser.launcher),
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // test/setup.ts first (a failed assertion about an element is reported as text), then the test framework.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><body><script type="module" src="/test/setup.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  // The model-based test runs for minutes (MODEL_SECONDS, MODEL_RUNS); every other file takes seconds.
  testsFinishTimeout: 20 * 60 * 1000,
  middleware: [strictPages(), cdnHeaders(), coreAlone(), neverAnswers(), slowScript(), receiptSink()],
  plugins: [
    forcedColorsPlugin(),
    fileSizePlugin(),
    modelOptionsPlugin(),
    receiptSinkPlugin(),
    sourcesOnly(
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
      }),
    ),
  ],
  reporters: [defaultReporter(), countReporter({ browsers })],
};
