/**
 * Answers asked for before the page that needs them has loaded: at launch the app starts the request a
 * shared link's page will make, while that page's code is still on its way, and the page takes the answer
 * instead of asking again.
 */
const early = new Map<string, Promise<unknown>>();

export function askEarly<T>(key: string, ask: () => Promise<T>): void {
  const answer = ask();
  // The page may never come for it (the person left first): a failure nobody takes is not an error.
  answer.catch(() => undefined);
  early.set(key, answer);
}

/** The early answer for `key`, handed out once: a reload asks afresh rather than showing an old answer. */
export function takeEarly<T>(key: string): Promise<T> | undefined {
  const answer = early.get(key) as Promise<T> | undefined;
  early.delete(key);
  return answer;
}
