/**
 * How database failures reach function code through wx-server-sdk: calls outside a transaction carry a
 * numeric `errCode`; a transaction's commit rejects with the backend's own `{code, message}`.
 */
interface DatabaseFailure {
  errCode?: unknown;
  code?: unknown;
  message?: unknown;
  errMsg?: unknown;
}

const DATABASE_REQUEST_FAILED = -502001;

function describe(error: unknown): { errCode: unknown; code: unknown; text: string } {
  const failure = (error ?? {}) as DatabaseFailure;
  return {
    errCode: failure.errCode,
    code: failure.code,
    text: `${String(failure.message ?? '')} ${String(failure.errMsg ?? '')}`,
  };
}

/**
 * -502001 is CloudBase's generic "database request failed": only with MongoDB's duplicate-key wording is it
 * a unique-index violation. Any other -502001 is a real failure and must not be read as "already exists".
 */
export function isDuplicateKey(error: unknown): boolean {
  const { errCode, code, text } = describe(error);
  const failedRequest = errCode === DATABASE_REQUEST_FAILED || code === 'DATABASE_REQUEST_FAILED';
  return failedRequest && /duplicate key|E11000/i.test(text);
}

/** Another transaction changed what this one read or wrote; running the whole change again may succeed. */
export function isTransactionConflict(error: unknown): boolean {
  const { code, text } = describe(error);
  return code === 'DATABASE_TRANSACTION_CONFLICT' || /DATABASE_TRANSACTION_CONFLICT/.test(text);
}

/** The transaction is gone (expired, or the database restarted under it): starting afresh may succeed. */
export function isTransactionLost(error: unknown): boolean {
  const { code, text } = describe(error);
  return code === 'DATABASE_TRANSACTION_FAIL' || /DATABASE_TRANSACTION_FAIL/.test(text);
}

/** CloudBase's "resource system error": the database could not be reached, or the connection broke midway. */
const RESOURCE_SYSTEM_ERROR = -501001;
const BROKEN_CONNECTION = /ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|socket hang up/;

/**
 * The database was out of reach for this call (restarting, or the connection dropped): nothing is wrong with
 * the request, and asking again completes it. Every write is safe to repeat, so the person is told to retry.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  const { errCode, code, text } = describe(error);
  return (
    errCode === RESOURCE_SYSTEM_ERROR ||
    (typeof code === 'string' && BROKEN_CONNECTION.test(code)) ||
    BROKEN_CONNECTION.test(text)
  );
}
