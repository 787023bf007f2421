import type { ActionInput, ActionName, FunctionEvent, FunctionName } from '@shared/contract';

/**
 * Answers asked for before the page that needs them has loaded: at launch the app starts the request a
 * shared link's page will make, while that page's code is still on its way, and the page's identical call
 * takes the answer instead of asking again.
 */
const early = new Map<string, Promise<unknown>>();

const keyOf = (name: FunctionName, event: FunctionEvent) => `${name}:${JSON.stringify(event)}`;

/** Sends the call `callFunction(name, action, payload)` will make, now; `send` returns the raw answer. */
export function askEarly<F extends FunctionName, A extends ActionName<F>>(
  name: F,
  action: A,
  payload: ActionInput<F, A>,
  send: (name: F, event: FunctionEvent) => Promise<unknown>,
): void {
  const event: FunctionEvent = { action, payload };
  const answer = send(name, event);
  // The page may never come for it (the person left first): a failure nobody takes is not an error.
  answer.catch(() => undefined);
  early.set(keyOf(name, event), answer);
}

/** The raw early answer to this call, handed out once: a reload asks afresh rather than showing an old answer. */
export function takeEarly(name: FunctionName, event: FunctionEvent): Promise<unknown> | undefined {
  const key = keyOf(name, event);
  const answer = early.get(key);
  early.delete(key);
  return answer;
}
