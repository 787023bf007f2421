import { writeFileSync } from 'node:fs';

/**
 * Runs a bench when its file is the program (npm run bench:<name>). With UNION_BENCH_JSON set, the figures
 * are also written there as JSON: npm run bench runs each bench in a process of its own (wx-server-sdk keeps
 * one global configuration, so stacks started one after another in one process would share it) and reads
 * them back.
 */
export function runAlone<T>(
  module: NodeModule,
  run: () => Promise<T>,
  failed: (figures: T) => boolean = () => false,
): void {
  if (require.main !== module) return;
  run()
    .then((figures) => {
      if (process.env.UNION_BENCH_JSON) writeFileSync(process.env.UNION_BENCH_JSON, JSON.stringify(figures));
      if (failed(figures)) process.exitCode = 1;
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
