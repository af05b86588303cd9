import { mkdirSync, writeFileSync } from 'node:fs';

/**
 * Counts every test of every browser and writes "N passed, N failed" to .tmp/test-count.txt, which
 * `npm test` prints as its last line: the runner's own summary shares a line with its progress bar.
 */
export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that fails to load or throws outside a test counts as a failure: never a silent green.
        if (!session.passed && (!session.testResults || session.errors?.length)) failed += Math.max(1, session.errors?.length ?? 0);
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync('.tmp/test-count.txt', `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
    },
  };
}
