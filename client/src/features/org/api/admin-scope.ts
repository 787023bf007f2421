import type { Me } from '@shared/contract';
import type { Unit } from '@shared/org/unit';
import { fetchMe } from '@/lib/me';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { unitsInScope, type UnitRow } from '../lib/unit-tree';
import { fetchUnitTree } from './unit-tree';

export interface AdminScope {
  me: Me;
  units: Unit[];
  /** The units this admin may act on, in tree order: their administered units and everything below. */
  scope: UnitRow<Unit>[];
}

export async function fetchAdminScope(): Promise<AdminScope> {
  const me = await fetchMe();
  // Someone who administers nothing is not asked for the tree (the server would refuse anyway).
  const units = me.adminUnits.length ? await fetchUnitTree() : [];
  const scope = unitsInScope(
    units,
    me.adminUnits.map((unit) => unit.unitId),
  );
  return { me, units, scope };
}

export const useAdminScope = () => useCloudQuery(fetchAdminScope);
