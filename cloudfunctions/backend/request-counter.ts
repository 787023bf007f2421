/** Database requests served, by action and by collection and kind of request. */
export interface RequestCounts {
  total: number;
  /** `database.getDocument`: 3, … */
  byAction: Record<string, number>;
  /** `notices`: { `database.getDocument`: 1 }, …; requests naming no collection (a commit) under `-`. */
  byCollection: Record<string, Record<string, number>>;
}

/** Database requests served since start; a test or benchmark compares two snapshots around some work. */
export class RequestCounter {
  private readonly counts = new Map<string, Map<string, number>>();

  count(action: string, collection: unknown): void {
    const name = typeof collection === 'string' && collection ? collection : '-';
    const kinds = this.counts.get(name) ?? new Map<string, number>();
    kinds.set(action, (kinds.get(action) ?? 0) + 1);
    this.counts.set(name, kinds);
  }

  snapshot(): RequestCounts {
    const byAction: Record<string, number> = {};
    const byCollection: Record<string, Record<string, number>> = {};
    let total = 0;
    for (const [collection, kinds] of this.counts) {
      byCollection[collection] = Object.fromEntries(kinds);
      for (const [action, n] of kinds) {
        byAction[action] = (byAction[action] ?? 0) + n;
        total += n;
      }
    }
    return { total, byAction, byCollection };
  }
}
