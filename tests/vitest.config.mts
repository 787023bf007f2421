import { defineConfig } from 'vitest/config';

const resolveFromRoot = (folder: string) => new URL(`../${folder}`, import.meta.url).pathname;

export default defineConfig({
  // The client's own aliases, for tests/client that load client modules.
  resolve: {
    alias: {
      '@shared': resolveFromRoot('cloudfunctions/shared'),
      '@': resolveFromRoot('client/src'),
    },
  },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
