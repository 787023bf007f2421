import { readFileSync } from 'node:fs';
import { z } from 'zod';

const indexSchema = z.object({
  name: z.string().min(1),
  keys: z.record(z.string(), z.union([z.literal(1), z.literal(-1)])),
  unique: z.boolean().optional(),
});

const declarationSchema = z.object({
  collections: z.record(z.string(), z.object({ indexes: z.array(indexSchema).default([]) })),
});

export type IndexDeclaration = z.infer<typeof indexSchema>;

/**
 * A declared index. Key directions are left out: the store keeps every key ascending and reads an index
 * backwards for descending order, which is all a single-field sort after equality keys needs.
 */
export interface IndexDefinition {
  name: string;
  /** Dot paths, in key order. */
  paths: string[];
  unique: boolean;
}

export interface Declaration {
  collections: Map<string, IndexDefinition[]>;
}

/** Reads cloudfunctions/database.json: the collections and indexes created in the console. */
export function loadDeclaration(path: string): Declaration {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = declarationSchema.parse(raw);
  const collections = new Map<string, IndexDefinition[]>();
  for (const [name, spec] of Object.entries(parsed.collections)) {
    collections.set(
      name,
      spec.indexes.map((index) => ({
        name: index.name,
        paths: Object.keys(index.keys),
        unique: index.unique === true,
      })),
    );
  }
  return { collections };
}
