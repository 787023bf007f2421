import type { Doc } from '../ejson';
import { encodeComponent } from './key-encoding';

export interface DocumentKeys {
  /** One key per combination of the values found under each path (arrays are multikey, as in MongoDB). */
  keys: Buffer[];
  /** Paths on which this document reached an array. */
  multikeyPaths: string[];
}

/**
 * The index keys of a document. The index only narrows what mingo then tests, so the values collected here
 * must include every value mingo could match a filter against: arrays are flattened at every depth and a
 * numeric path part is read both as an array position and as a field of each element. Collecting more than
 * mingo would match costs a few extra candidates, never a wrong answer.
 */
export function documentKeys(doc: Doc, paths: string[]): DocumentKeys {
  const multikeyPaths: string[] = [];
  let keys: Buffer[] = [Buffer.alloc(0)];
  for (const path of paths) {
    const values: unknown[] = [];
    const reachedArray = collectValues(doc, path.split('.'), 0, values);
    if (reachedArray) multikeyPaths.push(path);
    const components = distinct(values.length > 0 ? values.map(encodeComponent) : [encodeComponent(null)]);
    keys = keys.flatMap((prefix) => components.map((component) => Buffer.concat([prefix, component])));
  }
  return { keys, multikeyPaths };
}

/** Pushes the values under `parts[at…]`; returns whether an array was met on the way. */
function collectValues(node: unknown, parts: string[], at: number, out: unknown[]): boolean {
  if (Array.isArray(node)) {
    for (const item of node) collectValues(item, parts, at, out);
    if (at < parts.length && /^\d+$/.test(parts[at]))
      collectValues(node[Number(parts[at])], parts, at + 1, out);
    return true;
  }
  if (at === parts.length) {
    out.push(node);
    return false;
  }
  if (node === null || typeof node !== 'object') {
    out.push(null);
    return false;
  }
  return collectValues(fieldOf(node, parts[at]), parts, at + 1, out);
}

/** Like mingo: inherited Object.prototype members (`constructor`, `toString`…) are not fields. */
function fieldOf(node: object, name: string): unknown {
  if (name in Object.prototype && !Object.prototype.hasOwnProperty.call(node, name)) return undefined;
  return (node as Doc)[name];
}

function distinct(components: Buffer[]): Buffer[] {
  const seen = new Map<string, Buffer>();
  for (const component of components) seen.set(component.toString('latin1'), component);
  return [...seen.values()];
}
