import type * as z from 'zod/mini';
// From core itself: `z.core.$ZodError` would bundle the whole core namespace, every locale included.
import { $ZodError } from 'zod/v4/core';
import type { FunctionName } from '../../shared/contract';
import { AppError, ERROR_MESSAGES } from '../../shared/errors';
import '../../shared/platform/zod-locale';
import type { Result } from '../../shared/result';
import type { FunctionActions } from './action';
import { readCaller } from './caller';
import { isDatabaseUnreachable } from './db-errors';

/** Enough of an unknown action's name to recognise it, never an echo of whatever was sent. */
const MAX_ECHOED_ACTION = 40;

const failure = (error: AppError): Result<never> => ({
  ok: false,
  code: error.code,
  message: error.message,
  ...(error.details === undefined ? {} : { details: error.details }),
});

function describeInputError(error: $ZodError): AppError {
  const issues = error.issues
    .slice(0, 20)
    .map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = issues[0];
  const message = first
    ? `${ERROR_MESSAGES.INVALID_INPUT}：${first.path ? `${first.path} ` : ''}${first.message}`
    : ERROR_MESSAGES.INVALID_INPUT;
  return new AppError('INVALID_INPUT', message, issues);
}

/** A timer trigger's event names no action: the trigger's name is the action, with no payload. */
function actionOf(event: unknown): { action?: unknown; payload?: unknown } {
  const fields = (event !== null && typeof event === 'object' ? event : {}) as Record<string, unknown>;
  if (fields.Type === 'Timer') return { action: fields.TriggerName, payload: {} };
  return { action: fields.action, payload: fields.payload };
}

function unknownAction(action: unknown): AppError {
  const name = typeof action === 'string' ? action : '';
  const shown = name.length > MAX_ECHOED_ACTION ? `${name.slice(0, MAX_ECHOED_ACTION)}…` : name;
  return new AppError('UNKNOWN_ACTION', shown ? `${ERROR_MESSAGES.UNKNOWN_ACTION}：${shown}` : undefined);
}

/**
 * The one entry point of a cloud function: identity, access rule, input validation, the action, and the
 * mapping of every error to a typed Result. It takes its own domain's contract only, so a function bundle
 * carries no other domain's schemas.
 */
export function createMain<F extends FunctionName>(
  name: F,
  contract: Record<string, { input: z.ZodMiniType }>,
  actions: FunctionActions<F>,
) {
  return async function main(event: unknown): Promise<Result<unknown>> {
    try {
      const { action, payload } = actionOf(event);
      if (typeof action !== 'string' || !Object.hasOwn(actions, action) || !Object.hasOwn(contract, action)) {
        throw unknownAction(action);
      }
      const caller = readCaller();
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const spec = actions[action as keyof typeof actions] as FunctionActions<F>[keyof FunctionActions<F>];
      const input = contract[action].input.parse(payload ?? {});
      await spec.access.check(caller, input as never);
      return { ok: true, data: await spec.run(input as never, caller) };
    } catch (error) {
      if (error instanceof AppError) return failure(error);
      if (error instanceof $ZodError) return failure(describeInputError(error));
      console.error(`[${name}]`, error);
      return failure(new AppError(isDatabaseUnreachable(error) ? 'UNAVAILABLE' : 'INTERNAL'));
    }
  };
}
