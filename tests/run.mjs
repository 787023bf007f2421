// Runs every vitest suite and prints a plain "N passed, N failed" line, so a run that executed no test
// cannot look green to CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'tests/.output');
const report = path.join(outDir, 'vitest.json');
mkdirSync(outDir, { recursive: true });
rmSync(report, { force: true });

const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'tests/vitest.config.mts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
);

if (!existsSync(report)) {
  console.log('0 passed, 1 failed');
  process.exit(run.status || 1);
}
const result = JSON.parse(readFileSync(report, 'utf8'));
const passed = result.numPassedTests ?? 0;
// A suite that failed to load has no failed tests of its own; count it so the line cannot read 0 failed.
const failed = result.numFailedTests || result.numFailedTestSuites || 0;
const skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status === 0 && passed > 0 && failed === 0 ? 0 : 1);
