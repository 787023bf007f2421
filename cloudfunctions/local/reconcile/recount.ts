import type { AdminDatabase } from '../admin-sdk';

/** What a counter should hold, recomputed from the raw records it counts. */
export interface ExpectedCounter {
  key: string;
  values: Record<string, number>;
}

/** One family of counters (those whose key starts with `prefix`) and how to recompute it. */
export interface Recount {
  name: string;
  prefix: string;
  recount(db: AdminDatabase): Promise<ExpectedCounter[]>;
}

export interface CounterDifference {
  key: string;
  field: string;
  stored: number;
  recounted: number;
}
