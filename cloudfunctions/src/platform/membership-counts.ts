import { addToCounter } from './counters';
import { membershipCounter } from './membership-counter';
import type { Transaction } from './transaction';

export function countMembership(
  transaction: Transaction,
  unit: { unitId: string; unitPath: string[] },
  delta: 1 | -1,
): Promise<void> {
  return addToCounter(transaction, membershipCounter(unit.unitId, unit.unitPath), { active: delta });
}
