import { perInput } from './per-input';
import { requireFound } from './session-load';
import { readSheet } from './sheet-read';

/** The session with its counts, read once for the access rule and the action. */
export const countsOfInput = perInput(async ({ sessionId }: { sessionId: string }) =>
  requireFound(await readSheet(sessionId, null)),
);
