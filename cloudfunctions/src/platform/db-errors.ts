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
