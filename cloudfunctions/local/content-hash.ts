import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SKIPPED_FOLDERS = new Set(['node_modules', '.swc']);

function filesUnder(root: string, relative: string): string[] {
  const absolute = path.join(root, relative);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [relative];
  return readdirSync(absolute, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && SKIPPED_FOLDERS.has(entry.name)))
    .flatMap((entry) => filesUnder(root, path.join(relative, entry.name)));
}

/**
 * One digest of every file (name and content) under the given paths, plus extra values that change a build
 * without changing a file. Contents rather than modification times, so a checkout or a touch that leaves the
 * sources as they were does not count as a change.
 */
export function contentHash(root: string, inputs: string[], extras: string[] = []): string {
  const hash = createHash('sha256');
  const files = [...new Set(inputs.flatMap((input) => filesUnder(root, input)))].sort();
  for (const file of files) {
    hash.update(`${file.split(path.sep).join('/')}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update('\0');
  }
  for (const extra of extras) hash.update(`${extra}\0`);
  return hash.digest('hex');
}
