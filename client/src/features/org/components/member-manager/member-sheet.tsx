import { ChoiceSheet } from '@/components/choice-sheet';
import type { MemberListItem } from '@shared/org/member';
import type { AdminScope } from '../../api/admin-scope';
import { grantRole } from '../../api/grant-role';
import { moveMember } from '../../api/move-member';
import {
  describeGrantOption,
  grantConfirmation,
  grantOptions,
  type GrantContext,
} from '../../lib/grant-options';
import { moveChoices, moveConfirmation } from '../../lib/member-changes';
import type { useAdminChange } from './use-admin-change';

export type MemberSheetKind = 'move' | 'grant';

export interface MemberSheetProps {
  kind: MemberSheetKind;
  member: MemberListItem;
  scope: AdminScope;
  grantContext: GrantContext;
  change: ReturnType<typeof useAdminChange>;
  onClose: () => void;
}

/** The one chooser of the member list: where to move a member, or which role to give them. */
export function MemberSheet({ kind, member, scope, grantContext, change, onClose }: MemberSheetProps) {
  if (kind === 'move') {
    return (
      <ChoiceSheet
        title={`调动 ${member.name}`}
        description={`现在在“${member.unitName}”。成员只能调入具体单位。`}
        choices={moveChoices(scope.scope, member.unitId)}
        onClose={onClose}
        onChoose={(unitId) => {
          const target = scope.units.find((unit) => unit._id === unitId);
          onClose();
          if (!target) return;
          void change.run({
            target: member._id,
            confirmation: moveConfirmation(member, target),
            work: () => moveMember(member._id, unitId),
            doneText: '已调动',
            failureTitle: '调动失败',
          });
        }}
      />
    );
  }

  const options = grantOptions(member, grantContext);
  return (
    <ChoiceSheet
      title={`设 ${member.name} 为管理员`}
      description="管理员可管理所选单位及其下级单位。授予上级单位或全市的权限前会再次确认范围。"
      choices={options.map((option, index) => ({
        key: String(index),
        ...describeGrantOption(option),
        disabled: option.held,
        emphasis: option.reach !== 'own',
      }))}
      onClose={onClose}
      onChoose={(key) => {
        const option = options[Number(key)];
        onClose();
        if (!option) return;
        void change.run({
          target: member._id,
          confirmation: grantConfirmation(member, option),
          work: () => grantRole({ memberId: member._id, role: option.role, unitId: option.unitId }),
          doneText: option.reach === 'city' ? '已授予' : '已设为管理员',
          failureTitle: '设置管理员失败',
        });
      }}
    />
  );
}
