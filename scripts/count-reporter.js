import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const started = new Set();

/**
 * A test that takes this long (ms), half the runner's default timeout, is listed in .tmp/test-slow.txt.
 * Every test's duration, the slowest first, is in .tmp/test-durations.txt.
 */
const SLOW = 5000;

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
      const timed = [];
      const walk = (suite, browser, path = []) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
          if (test.duration !== undefined) timed.push({ duration: test.duration, line: `${browser}: ${[...path, test.name].join(' > ')}` });
        }
        for (const child of suite.suites) walk(child, browser, [...path, child.name]);
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
        if (session.testResults) walk(session.testResults, session.browser.name, [relative(process.cwd(), session.testFile)]);
        // A file that fails to load or throws outside a test counts as a failure: never a silent green.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += Math.max(1, session.errors?.length ?? 0);
      }
      mkdirSync('.tmp', { recursive: true });
      const count = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
      writeFileSync('.tmp/test-count.txt', [count, ...notStarted].join('\n') + '\n');
      const lines = timed.sort((a, b) => b.duration - a.duration).map(({ duration, line }) => `${(duration / 1000).toFixed(1)} s  ${line}`);
      writeFileSync('.tmp/test-durations.txt', lines.length ? lines.join('\n') + '\n' : '');
      const slow = lines.slice(0, timed.filter(({ duration }) => duration >= SLOW).length);
      writeFileSync('.tmp/test-slow.txt', slow.length ? slow.join('\n') + '\n' : '');
    },
  };
}
