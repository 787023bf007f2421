import { useState } from 'react';
import Taro from '@tarojs/taro';
import { confirmAction, showFailure, type Confirmation } from '@/lib/dialog';

export interface AdminChange {
  /** What the change acts on (a member or a grant id), to mark it busy. */
  target: string;
  confirmation: Confirmation;
  work: () => Promise<unknown>;
  doneText: string;
  failureTitle: string;
}

/**
 * Confirms, runs and reports one change at a time. Whatever the outcome, `afterChange` reloads what the
 * page shows: a change may have touched the caller's own roles, and a refusal means the page was stale.
 */
export function useAdminChange(afterChange: () => void) {
  const [busyTarget, setBusyTarget] = useState<string | null>(null);

  const run = async ({ target, confirmation, work, doneText, failureTitle }: AdminChange) => {
    if (busyTarget || !(await confirmAction(confirmation))) return;
    setBusyTarget(target);
    let outcome: { ok: true } | { ok: false; error: unknown };
    try {
      await work();
      outcome = { ok: true };
    } catch (error) {
      outcome = { ok: false, error };
    }
    setBusyTarget(null);
    afterChange();
    if (outcome.ok) void Taro.showToast({ title: doneText, icon: 'success' });
    else void showFailure(failureTitle, outcome.error);
  };

  return { busyTarget, run };
}
