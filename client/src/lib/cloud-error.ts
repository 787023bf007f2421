export const NETWORK_ERROR_CODE = 'NETWORK';
export const NETWORK_ERROR_MESSAGE = '网络异常，请检查网络后重试';

/** A failed call, with the backend's stable code and a Chinese message fit to show as is. */
export class CloudError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** Structured detail of some failures, e.g. the bad rows `{ row, message }[]` of IMPORT_INVALID. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'CloudError';
  }
}

export const networkError = () => new CloudError(NETWORK_ERROR_CODE, NETWORK_ERROR_MESSAGE);

export function errorMessage(error: unknown): string {
  if (error instanceof CloudError) return error.message;
  return NETWORK_ERROR_MESSAGE;
}
