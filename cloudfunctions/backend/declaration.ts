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

export interface UniqueIndex {
  name: string;
  paths: string[];
}

export interface Declaration {
  collections: Map<string, UniqueIndex[]>;
}

/** Reads cloudfunctions/database.json: the collections and unique indexes created in the console. */
export function loadDeclaration(path: string): Declaration {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = declarationSchema.parse(raw);
  const collections = new Map<string, UniqueIndex[]>();
  for (const [name, spec] of Object.entries(parsed.collections)) {
    const unique = spec.indexes
      .filter((index) => index.unique === true)
      .map((index) => ({ name: index.name, paths: Object.keys(index.keys) }));
    collections.set(name, unique);
  }
  return { collections };
}
