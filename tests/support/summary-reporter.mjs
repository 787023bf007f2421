// A vitest reporter for tests/run.mjs: counts tests by outcome and every error outside a test (unhandled
// rejections, failed hooks, modules that failed to load), which vitest's JSON report leaves out.
import { writeFileSync } from 'node:fs';

const OUTCOMES = { passed: 'passed', failed: 'failed', skipped: 'skipped', pending: 'failed' };

export default class SummaryReporter {
  onTestRunEnd(testModules, unhandledErrors) {
    const counts = { passed: 0, failed: 0, skipped: 0, errors: unhandledErrors.length };
    for (const testModule of testModules) {
      counts.errors += testModule.errors().length;
      for (const suite of testModule.children.allSuites()) counts.errors += suite.errors().length;
      // A test still pending at the end never finished: it counts as failed.
      for (const test of testModule.children.allTests()) counts[OUTCOMES[test.result().state]] += 1;
    }
    writeFileSync(process.env.UNION_TEST_SUMMARY, JSON.stringify(counts));
  }
}
