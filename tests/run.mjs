// Runs every vitest suite and prints a plain "N passed, N failed, N errors, N skipped" line that agrees
// with the exit code: a run with a failed test, an error outside the tests, or no test at all is red.
// UNION_VITEST_CONFIG picks another vitest config (tests/tooling runs this script over fixtures with it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const summaryDir = mkdtempSync(path.join(os.tmpdir(), 'union-test-summary-'));
const summaryFile = path.join(summaryDir, 'summary.json');

const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    process.env.UNION_VITEST_CONFIG ?? 'tests/vitest.config.mts',
    '--reporter=default',
    `--reporter=${path.join(root, 'tests/support/summary-reporter.mjs')}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC', UNION_TEST_SUMMARY: summaryFile } },
);

const counts = existsSync(summaryFile)
  ? JSON.parse(readFileSync(summaryFile, 'utf8'))
  : { passed: 0, failed: 0, skipped: 0, errors: 0 };
rmSync(summaryDir, { recursive: true, force: true });

// Failures vitest did not attribute to a test or an error still count, so the line cannot read green.
if (run.status !== 0 && counts.failed === 0 && counts.errors === 0) {
  console.log(`vitest exited with ${run.status ?? run.signal} without reporting a failure`);
  counts.errors += 1;
}
if (counts.passed + counts.failed + counts.errors === 0) {
  console.log('no test ran');
  counts.errors += 1;
}
console.log(
  `${counts.passed} passed, ${counts.failed} failed, ${counts.errors} errors, ${counts.skipped} skipped`,
);
process.exit(counts.failed + counts.errors === 0 ? 0 : 1);
