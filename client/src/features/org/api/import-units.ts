import type { ActionInput } from '@shared/contract';
import type { ImportRowError } from '@shared/org/unit-import';
import { CloudError, callFunction } from '@/lib/cloud';

export const importUnits = (input: ActionInput<'org', 'importUnits'>) =>
  callFunction('org', 'importUnits', input);

/** The bad rows carried by an IMPORT_INVALID failure, or null for any other error. */
export function importRowErrors(error: unknown): ImportRowError[] | null {
  if (!(error instanceof CloudError) || error.code !== 'IMPORT_INVALID' || !Array.isArray(error.details))
    return null;
  return (error.details as unknown[]).filter(
    (item): item is ImportRowError =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as ImportRowError).row === 'number' &&
      typeof (item as ImportRowError).message === 'string',
  );
}
