import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Compiler } from 'webpack';

/**
 * Moves the build's source maps out of the package into `directory`: WeChat would count them in the main
 * package, while the size test reads them to say which modules its bytes come from.
 */
export class SourceMapsBeside {
  constructor(private readonly directory: string) {}

  apply(compiler: Compiler): void {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(SourceMapsBeside.name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: SourceMapsBeside.name, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          rmSync(this.directory, { recursive: true, force: true });
          for (const file of Object.keys(assets).filter((name) => name.endsWith('.map'))) {
            const target = path.join(this.directory, file);
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, assets[file].source());
            compilation.deleteAsset(file);
          }
        },
      );
    });
  }
}
