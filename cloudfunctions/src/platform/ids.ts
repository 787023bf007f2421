import { randomBytes } from 'node:crypto';

/** Ids we choose ourselves, so a document can be referenced in the same transaction that creates it. */
export const newId = (prefix: string) => `${prefix}-${randomBytes(10).toString('hex')}`;
