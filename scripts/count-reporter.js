import { mkdirSync, writeFileSync } from 'node:fs';

const started = new Set();

/**
 * The `createPage` to give a browser's launcher, which notes that the browser started: the runner asks
 * for a page only once the browser runs and answers.
 */
export const noteStart =
  (id, createPage = ({ context }) => context.newPage()) =>
  (args) => {
    started.add(id);
    return createPage(args);
  };

/** An error's message on one line, without puppeteer's empty "stderr:" part and its link. */
const oneLine = (error) =>
  String(error?.message ?? error ?? 'no error given')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line !== 'stderr:' && !line.startsWith('TROUBLESHOOTING:'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .slice(0, 400);

/**
 * Counts every test of every browser and writes "N passed, N failed" to .tmp/test-count.txt, which
 * `npm test` prints as its last line: the runner's own summary shares a line with its progress bar.
 * A browser that did not start counts as one failure, and a line of its own after the count names it,
 * its executable and why. `browsers`: `{ id, name, launcher, path }` of each browser the runner has.
 */
export function countReporter({ browsers = [] } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const notStarted = [];
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) walk(child);
      };
      const idle = new Set();
      for (const browser of browsers) {
        const own = sessions.filter((session) => session.browser === browser.launcher);
        if (!own.length || started.has(browser.id)) continue;
        idle.add(browser.launcher);
        failed += 1;
        const error = own.flatMap((session) => session.errors ?? [])[0];
        notStarted.push(`${browser.name} did not start (${browser.path}): ${oneLine(error)}`);
      }
      for (const session of sessions) {
        if (idle.has(session.browser)) continue;
        if (session.testResults) walk(session.testResults);
        // A file that fails to load or throws outside a test counts as a failure: never a silent green.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += Math.max(1, session.errors?.length ?? 0);
      }
      mkdirSync('.tmp', { recursive: true });
      const count = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      writeFileSync('.tmp/test-count.txt', [count, ...notStarted].join('\n') + '\n');
    },
  };
}
