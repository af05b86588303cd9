/*
 * Loaded before every test file (web-test-runner.config.js, testRunnerHtml). A failed assertion about
 * an element carries that element as `actual` or `expected`: sent to the test runner as it is, it broke
 * Chromium's session (the page detached, or the run waited until its time limit). The element is
 * written out as its tag and start, which is what a failure needs to show.
 */
import { chai } from '@open-wc/testing';

const described = (value: unknown) =>
  value instanceof Node ? `${value.nodeName.toLowerCase()}: ${(value as Element).outerHTML?.slice(0, 300) ?? value.textContent}` : value;

const assert = chai.Assertion.prototype.assert;
chai.Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args: Parameters<typeof assert>) {
  try {
    return assert.apply(this, args);
  } catch (error) {
    const failure = error as { actual?: unknown; expected?: unknown };
    failure.actual = described(failure.actual);
    failure.expected = described(failure.expected);
    throw error;
  }
} as typeof assert;
