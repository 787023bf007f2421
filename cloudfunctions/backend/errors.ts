/** An error answered to the SDK as `{code, message}`; the SDK maps `code` to its errCode table. */
export class BackendError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const ErrorCodes = {
  requestFailed: 'DATABASE_REQUEST_FAILED',
  collectionMissing: 'DATABASE_COLLECTION_NOT_EXIST',
  invalidOperator: 'DATABASE_INVALID_OPERRATOR',
  transactionConflict: 'DATABASE_TRANSACTION_CONFLICT',
  transactionFailed: 'DATABASE_TRANSACTION_FAIL',
  invalidParam: 'INVALID_PARAM',
  signatureInvalid: 'SIGNATURE_INVALID',
  invalidAction: 'INVALID_ACTION',
  functionRequestFailed: 'FUNCTIONS_REQUEST_FAIL',
  functionFailed: 'FUNCTIONS_EXECUTE_FAIL',
  storageFileMissing: 'STORAGE_FILE_NONEXIST',
} as const;

export function invalidParam(message: string): BackendError {
  return new BackendError(ErrorCodes.invalidParam, message);
}

export function unsupported(kind: string, name: string): BackendError {
  return new BackendError(ErrorCodes.invalidOperator, `不支持的${kind}: ${name}`);
}

export function collectionMissing(name: string): BackendError {
  return new BackendError(ErrorCodes.collectionMissing, `集合不存在: ${name} (db or table not exist)`);
}

export function transactionConflict(detail: string): BackendError {
  return new BackendError(ErrorCodes.transactionConflict, `事务冲突: ${detail}`);
}
