import type http from 'node:http';

/** A refusal the gateway answers with its own status, code and Chinese message, changing nothing. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: http.OutgoingHttpHeaders = {},
  ) {
    super(message);
  }
}

export function sendJson(
  response: http.ServerResponse,
  status: number,
  body: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

export function sendError(response: http.ServerResponse, error: HttpError): void {
  sendJson(response, error.status, { ok: false, code: error.code, message: error.message }, error.headers);
}

/** decodeURIComponent that answers a malformed escape with a 400 instead of throwing a URIError. */
export function decodeComponent(
  encoded: string,
  refusal: { code: string; message: string; headers?: http.OutgoingHttpHeaders },
): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    throw new HttpError(400, refusal.code, refusal.message, refusal.headers);
  }
}
