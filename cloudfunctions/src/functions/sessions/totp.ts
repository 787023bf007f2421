import { createHmac, randomBytes } from 'node:crypto';
import { CODE_DIGITS, CODE_STEP_SECONDS, type CodePurpose } from '../../../shared/sessions/codes';

/**
 * Rotating check-in codes, RFC 6238 style: HMAC-SHA256 over the 30-second step number, dynamically truncated
 * to 6 digits (RFC 4226 §5.3). Each session has its own random secret, stored on the session record and
 * never put in any answer; check-in and check-out use keys derived from it, so one is never the other.
 */
const STEP_MS = CODE_STEP_SECONDS * 1000;
/** How far back a code is still recognised as "expired" rather than "wrong": the last two hours. */
const RECOGNISED_STEPS = (2 * 60 * 60) / CODE_STEP_SECONDS;

export const newSecret = () => randomBytes(32).toString('hex');

export const stepAt = (ms: number) => Math.floor(ms / STEP_MS);

export const secondsLeftInStep = (ms: number) => Math.ceil((STEP_MS - (ms % STEP_MS)) / 1000);

/** HOTP (RFC 4226) with HMAC-SHA256: the value RFC 6238 computes for step `counter`. */
export function hotp(key: Buffer, counter: number, digits = CODE_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha256', key).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

const purposeKey = (secret: string, purpose: CodePurpose) =>
  createHmac('sha256', Buffer.from(secret, 'hex'))
    .update(purpose === 'in' ? 'check-in' : 'check-out')
    .digest();

export function codeAt(secret: string, purpose: CodePurpose, ms: number): string {
  return hotp(purposeKey(secret, purpose), stepAt(ms));
}

export type CodeVerdict = 'valid' | 'expired' | 'invalid';

/**
 * The current step's code and the one before are valid (a person reading the screen as it turns over still
 * gets in); the code of an older step is "expired" (a photo passed round, or a stale screen); anything else
 * is wrong.
 */
export function verifyCode(secret: string, purpose: CodePurpose, code: string, ms: number): CodeVerdict {
  const key = purposeKey(secret, purpose);
  const step = stepAt(ms);
  if (hotp(key, step) === code || hotp(key, step - 1) === code) return 'valid';
  for (let older = step - 2; older >= step - RECOGNISED_STEPS; older -= 1) {
    if (hotp(key, older) === code) return 'expired';
  }
  return 'invalid';
}
