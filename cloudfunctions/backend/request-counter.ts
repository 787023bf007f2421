/** Database requests served since start, by action (`database.getDocument`, …). */
export class RequestCounter {
  private readonly byAction = new Map<string, number>();

  count(action: string): void {
    this.byAction.set(action, (this.byAction.get(action) ?? 0) + 1);
  }

  snapshot(): { total: number; byAction: Record<string, number> } {
    const byAction = Object.fromEntries(this.byAction);
    return { total: Object.values(byAction).reduce((sum, n) => sum + n, 0), byAction };
  }
}
