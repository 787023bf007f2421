import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sdkPackage from 'wx-server-sdk/package.json';

const sourceRoot = path.join(__dirname, 'src/functions');
export const defaultOutDir = path.join(__dirname, 'dist');

export interface FunctionSource {
  name: string;
  entry: string;
  configFile?: string;
}

export function listFunctionSources(): FunctionSource[] {
  return readdirSync(sourceRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      entry: path.join(sourceRoot, entry.name, 'index.ts'),
      configFile: path.join(sourceRoot, entry.name, 'config.json'),
    }));
}

/**
 * Bundles each function into a self-contained folder as CloudBase deploys it: index.js with everything
 * inlined except wx-server-sdk, which the platform installs from the generated package.json.
 */
export async function buildFunctions(
  outDir = defaultOutDir,
  sources = listFunctionSources(),
): Promise<string[]> {
  rmSync(outDir, { recursive: true, force: true });
  await Promise.all(
    sources.map(async ({ name, entry, configFile }) => {
      const target = path.join(outDir, name);
      mkdirSync(target, { recursive: true });
      await build({
        entryPoints: [entry],
        outfile: path.join(target, 'index.js'),
        bundle: true,
        platform: 'node',
        target: 'node16',
        format: 'cjs',
        external: ['wx-server-sdk'],
        logLevel: 'warning',
        legalComments: 'none',
        minify: true,
        keepNames: true,
      });
      const manifest = {
        name,
        version: '1.0.0',
        main: 'index.js',
        dependencies: { 'wx-server-sdk': sdkPackage.version },
      };
      writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
      if (configFile && existsSync(configFile)) copyFileSync(configFile, path.join(target, 'config.json'));
    }),
  );
  return sources.map((source) => source.name);
}

/** Bytes of each function's index.js: what CloudBase loads on every cold start. */
export function bundleSizes(
  outDir = defaultOutDir,
  names = listFunctionSources().map((source) => source.name),
) {
  return names.map((name) => ({ name, bytes: statSync(path.join(outDir, name, 'index.js')).size }));
}

if (require.main === module) {
  buildFunctions()
    .then((names) => {
      console.log(`已打包云函数 → ${path.relative(process.cwd(), defaultOutDir)}`);
      for (const { name, bytes } of bundleSizes(defaultOutDir, names)) {
        console.log(`  ${name.padEnd(12)} ${bytes.toLocaleString('en-US').padStart(9)} 字节`);
      }
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
