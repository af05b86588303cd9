/**
 * A reporter for Node's test runner (`--test-reporter`) that writes "N passed, N failed" for the Node
 * checks of `npm test`, which adds them to the browsers' count on its last line.
 */
export default async function* countNodeTests(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for await (const { type, data } of source) {
    // Top-level tests only: a file that fails to load is reported as one failed test of that level.
    if ((type !== 'test:pass' && type !== 'test:fail') || data.nesting !== 0 || data.details?.type === 'suite') continue;
    if (data.skip || data.todo) skipped += 1;
    else if (type === 'test:pass') passed += 1;
    else failed += 1;
  }
  yield `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
}
