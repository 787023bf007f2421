import { describe, expect, it } from 'vitest';
import type { RoleGrantView } from '@shared/org/role';
import type { Unit } from '@shared/org/unit';
import {
  grantConfirmation,
  grantContext,
  grantOptions,
} from '../../client/src/features/org/lib/grant-options';
import { moveChoices, revokeRefusal } from '../../client/src/features/org/lib/member-changes';
import { unitsInScope } from '../../client/src/features/org/lib/unit-tree';

const unit = (_id: string, name: string, parentPath: string[]): Unit => ({
  _id,
  name,
  kind: parentPath.length ? 'municipal_union' : 'federation',
  parentId: parentPath.at(-1) ?? null,
  path: [...parentPath, _id],
  depth: parentPath.length,
  code: null,
});

const UNITS = [
  unit('unit-root', '青岛市总工会', []),
  unit('municipal', '市直工会', ['unit-root']),
  unit('education', '市教育系统工会', ['unit-root', 'municipal']),
  unit('school-2', '青岛第二中学工会', ['unit-root', 'municipal', 'education']),
  unit('school-58', '青岛第五十八中学工会', ['unit-root', 'municipal', 'education']),
];

const member = (grants: Pick<RoleGrantView, 'role' | 'unitId'>[] = []) => ({
  name: '傅浩然',
  unitId: 'school-2',
  unitName: '青岛第二中学工会',
  grants,
});

const everything = UNITS.map((u) => u._id);

describe('what an admin may grant a member', () => {
  it('offers the member’s unit and the units above it, never unit admin of the root; the city only to a federation admin', () => {
    const options = grantOptions(member(), grantContext(UNITS, everything, true));
    expect(options.map(({ role, unitId, reach, unitCount }) => [role, unitId, reach, unitCount])).toEqual([
      ['unit_admin', 'school-2', 'own', 1],
      ['unit_admin', 'education', 'above', 3],
      ['unit_admin', 'municipal', 'above', 4],
      ['federation_admin', 'unit-root', 'city', 5],
    ]);
    const fromSchool = grantOptions(member(), grantContext(UNITS, ['school-2'], false));
    expect(fromSchool.map((option) => option.unitId)).toEqual(['school-2']);
  });

  it('marks roles already held, and words each reach differently', () => {
    const options = grantOptions(
      member([{ role: 'unit_admin', unitId: 'school-2' }]),
      grantContext(UNITS, everything, true),
    );
    expect(options.map((option) => option.held)).toEqual([true, false, false, false]);
    const titles = options.map((option) => grantConfirmation(member(), option).title);
    expect(new Set(titles).size).toBe(3);
    expect(grantConfirmation(member(), options[1]).content).toContain('共 3 个单位');
    for (const option of options) {
      expect(grantConfirmation(member(), option).confirmText.length).toBeLessThanOrEqual(4);
    }
  });
});

describe('moving and revoking', () => {
  it('lets members move only into units, not the root or an addressee group, nor where they are', () => {
    const choices = moveChoices(unitsInScope(UNITS, ['unit-root']), 'school-2');
    expect(choices.filter((choice) => !choice.disabled).map((choice) => choice.key)).toEqual([
      'education',
      'school-58',
    ]);
  });

  it('refuses to revoke a unit’s last admin unless the caller administers a unit above', () => {
    const grant: RoleGrantView = {
      _id: 'g',
      memberId: 'm',
      memberName: '董永刚',
      role: 'unit_admin',
      unitId: 'school-2',
      unitName: '青岛第二中学工会',
      grantedAt: new Date(0).toISOString(),
      fromConfiguration: false,
    };
    expect(revokeRefusal(grant, { own: true, lastAdmin: true, fromAbove: false })).toContain('唯一的管理员');
    expect(revokeRefusal(grant, { own: false, lastAdmin: true, fromAbove: true })).toBeNull();
    expect(revokeRefusal(grant, { own: true, lastAdmin: false, fromAbove: false })).toBeNull();
  });
});
