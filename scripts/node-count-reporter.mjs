// A node:test reporter that writes {"passed":N,"failed":N} for scripts/test.mjs.
export default async function* countReporter(source) {
  const totals = { passed: 0, failed: 0 };
  for await (const event of source) {
    // Suites report too; count only leaf tests.
    if (event.type === 'test:pass' && event.data.details?.type !== 'suite') totals.passed++;
    if (event.type === 'test:fail' && event.data.details?.type !== 'suite') totals.failed++;
  }
  yield JSON.stringify(totals);
}
