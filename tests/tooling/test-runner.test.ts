import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** tests/run.mjs over the fixtures in tests/fixtures/runner, filtered like any vitest run. */
function runFixtures(...filters: string[]) {
  const run = spawnSync('node', ['tests/run.mjs', ...filters], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, UNION_VITEST_CONFIG: 'tests/fixtures/runner/vitest.config.mts' },
  });
  const lines = run.stdout.trim().split('\n');
  return { status: run.status, summary: lines[lines.length - 1], output: run.stdout + run.stderr };
}

// Each case starts a whole vitest run of its own: slow on a busy 2-core machine, so they get room.
describe('the test summary line of tests/run.mjs', { timeout: 180_000 }, () => {
  it('counts an unhandled rejection as an error and fails, though every test passed', () => {
    const { status, summary, output } = runFixtures('unhandled-rejection');
    expect(summary, output).toBe('1 passed, 0 failed, 1 errors, 0 skipped');
    expect(status).toBe(1);
  });

  it('reports skipped tests and passes a run with nothing wrong', () => {
    const { status, summary, output } = runFixtures('skipped');
    expect(summary, output).toBe('1 passed, 0 failed, 0 errors, 1 skipped');
    expect(status).toBe(0);
  });

  it('fails a run that ran no test, with a visible error', () => {
    const { status, summary, output } = runFixtures('no-such-fixture');
    expect(summary, output).toBe('0 passed, 0 failed, 1 errors, 0 skipped');
    expect(status).toBe(1);
  });

  it('adds up every fixture', () => {
    const { status, summary, output } = runFixtures();
    expect(summary, output).toBe('2 passed, 0 failed, 1 errors, 1 skipped');
    expect(status).toBe(1);
  });
});
