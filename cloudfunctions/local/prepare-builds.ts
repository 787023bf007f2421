import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentHash } from './content-hash';

interface BuildTarget {
  script: string;
  progress: string;
  /** The build wipes this folder, and with it the stamp, so a build started elsewhere is never trusted. */
  output: string;
  inputs: string[];
  /** Environment variables the build folds into its output. */
  environment: string[];
}

const SHARED_INPUTS = ['cloudfunctions/shared', 'package.json', 'package-lock.json'];
const TARGETS: BuildTarget[] = [
  {
    script: 'build:functions',
    progress: '正在打包云函数（约 10 秒）…',
    output: 'cloudfunctions/dist',
    inputs: [
      ...SHARED_INPUTS,
      'cloudfunctions/src',
      'cloudfunctions/build.ts',
      'cloudfunctions/package.json',
      'cloudfunctions/tsconfig.json',
    ],
    environment: [],
  },
  {
    script: 'build:h5',
    progress: '正在构建 H5 客户端（约 1 分钟）…',
    output: 'client/dist-h5',
    inputs: [
      ...SHARED_INPUTS,
      'client/src',
      'client/config',
      'client/babel.config.js',
      'client/package.json',
      'client/tsconfig.json',
    ],
    environment: ['CLOUD_ENV'],
  },
];
const STAMP_FILE = '.build-inputs.sha256';

/** Runs an npm script with its output held back: shown only if it fails. */
function runQuietly(root: string, script: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', (error) => resolve({ ok: false, output: error.message }));
    child.on('close', (code) => resolve({ ok: code === 0, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

export interface BuildReporter {
  progress(text: string): void;
  failure(output: string): void;
}

const terminal: BuildReporter = {
  progress: (text) => process.stdout.write(text),
  failure: (output) => process.stderr.write(output),
};

/**
 * Builds the functions and the H5 client only when their inputs changed since the last build made here:
 * the digest of the inputs is kept in a stamp file inside each output folder.
 */
export async function prepareBuilds(root: string, report: BuildReporter = terminal): Promise<void> {
  for (const target of TARGETS) {
    const stamp = path.join(root, target.output, STAMP_FILE);
    const digest = contentHash(
      root,
      target.inputs,
      target.environment.map((name) => `${name}=${process.env[name] ?? ''}`),
    );
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) continue;

    rmSync(stamp, { force: true });
    report.progress(target.progress);
    const started = Date.now();
    const { ok, output } = await runQuietly(root, target.script);
    if (!ok) {
      report.progress(' 失败\n\n');
      report.failure(output);
      throw new Error(`npm run ${target.script} 失败，构建输出见上`);
    }
    writeFileSync(stamp, digest);
    report.progress(` 完成（${Math.round((Date.now() - started) / 1000)} 秒）\n`);
  }
}
