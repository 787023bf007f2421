import { timingSafeEqual } from 'node:crypto';
import { Signer } from '@cloudbase/signature-nodejs';
import { BackendError, ErrorCodes } from './errors';

export interface SignedRequest {
  method: string;
  /** Absolute URL as the client addressed it, e.g. http://127.0.0.1:39100/admin?env=x&seqId=y */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** The request's parameters: a parsed JSON body or multipart fields (binary parts as Buffers). */
  params: Record<string, unknown>;
}

const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/tcb\/tc3_request,(?: SignedParams=([^,]*),)? SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/;
const MAX_CLOCK_SKEW_SECONDS = 600;

function reject(message: string): BackendError {
  return new BackendError(ErrorCodes.signatureInvalid, `签名校验失败: ${message}`);
}

/**
 * Recomputes the TC3-HMAC-SHA256 signature that @cloudbase/node-sdk puts on every request and compares it.
 * Every non-empty parameter must be covered by SignedParams, so nothing can be added after signing.
 */
export function verifySignature(
  request: SignedRequest,
  secretId: string,
  secretKey: string,
  nowMs: number = Date.now(),
): void {
  const authorization = headerValue(request.headers.authorization);
  const match = AUTHORIZATION.exec(authorization ?? '');
  if (!match) throw reject('缺少或无法解析 authorization 头');
  const [, credentialId, date, signedParamList, signedHeaderList, signature] = match;
  if (credentialId !== secretId) throw reject(`未知的 secretId: ${credentialId}`);
  const timestamp = Number(headerValue(request.headers['x-timestamp']));
  if (!Number.isInteger(timestamp)) throw reject('缺少 x-timestamp');
  if (Math.abs(nowMs / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) throw reject('签名已过期');
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date)
    throw reject('签名日期与 x-timestamp 不符');

  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host') || !signedHeaders.includes('content-type')) {
    throw reject('host 与 content-type 必须参与签名');
  }
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = headerValue(request.headers[name]);
    if (value === undefined) throw reject(`缺少已签名的头 ${name}`);
    headers[name] = value;
  }
  const signedParams = signedParamList ? signedParamList.split(';') : [];
  const covered = new Set(signedParams);
  const multipart = (headers['content-type'] ?? '').startsWith('multipart/form-data');
  const formatted = Signer.formatKeyAndValue(request.params, { multipart }) as Record<string, unknown>;
  for (const [key, value] of Object.entries(formatted)) {
    if (value && !covered.has(key)) throw reject(`参数 ${key} 未签名`);
  }

  const signer = new Signer({ secretId, secretKey }, 'tcb');
  const expected = signer.tc3sign(request.method, request.url, headers, request.params, timestamp, {
    includeKeys: signedParams,
    withSignedParams: true,
  }).signature;
  const given = Buffer.from(signature, 'hex');
  const computed = Buffer.from(String(expected), 'hex');
  if (given.length !== computed.length || !timingSafeEqual(given, computed)) throw reject('签名不匹配');
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}
