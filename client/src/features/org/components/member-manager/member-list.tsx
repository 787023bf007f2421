import { useEffect, useRef, useState } from 'react';
import { View } from '@tarojs/components';
import type { MemberListItem } from '@shared/org/member';
import { Card } from '@/components/card';
import { LoadMore } from '@/components/load-more';
import { PagedListStatus } from '@/components/paged-list-status';
import { SectionHead } from '@/components/section-head';
import { usePagedQuery } from '@/hooks/use-paged-query';
import type { AdminScope } from '../../api/admin-scope';
import { listMembers } from '../../api/list-members';
import { removeMember } from '../../api/remove-member';
import { grantOptions, type GrantContext } from '../../lib/grant-options';
import { removalConfirmation } from '../../lib/member-changes';
import { MemberItem } from './member-item';
import { MemberSheet, type MemberSheetKind } from './member-sheet';
import type { useAdminChange } from './use-admin-change';

export interface MemberListProps {
  unitId: string;
  keyword: string;
  scope: AdminScope;
  grantContext: GrantContext;
  change: ReturnType<typeof useAdminChange>;
  /** Bumped after every change: the rows on screen are read again. */
  version: number;
}

export function MemberList({ unitId, keyword, scope, grantContext, change, version }: MemberListProps) {
  const list = usePagedQuery((offset, limit) => listMembers(unitId, keyword, offset, limit));
  const [sheet, setSheet] = useState<{ kind: MemberSheetKind; member: MemberListItem } | null>(null);
  const { refresh } = list;
  const shownVersion = useRef(version);
  useEffect(() => {
    if (shownVersion.current === version) return;
    shownVersion.current = version;
    refresh();
  }, [version, refresh]);

  const selfId = scope.me.member?._id;
  const remove = (member: MemberListItem) =>
    void change.run({
      target: member._id,
      confirmation: removalConfirmation(member, member._id === selfId),
      work: () => removeMember(member._id),
      doneText: '已移除',
      failureTitle: '移除失败',
    });

  return (
    <View>
      <SectionHead
        title="成员"
        extra={
          !list.loading && !list.error
            ? `${keyword ? `“${keyword}” ` : ''}共 ${list.total} 人（含下级单位）`
            : undefined
        }
      />
      <PagedListStatus
        list={list}
        emptyTitle={keyword ? '没有找到匹配的成员' : '本单位还没有成员'}
        emptyDescription={keyword ? '换个姓名或工号试试' : '在“邀请码”页面生成邀请码，发给职工加入'}
      />
      {!list.loading && list.items.length > 0 ? (
        <Card className="card--list">
          {list.items.map((member) => (
            <MemberItem
              key={member._id}
              member={member}
              isSelf={member._id === selfId}
              busy={change.busyTarget === member._id}
              canGrant={grantOptions(member, grantContext).some((option) => !option.held)}
              onMove={() => setSheet({ kind: 'move', member })}
              onGrant={() => setSheet({ kind: 'grant', member })}
              onRemove={() => remove(member)}
            />
          ))}
        </Card>
      ) : null}
      <LoadMore list={list} />
      {sheet ? (
        <MemberSheet
          kind={sheet.kind}
          member={sheet.member}
          scope={scope}
          grantContext={grantContext}
          change={change}
          onClose={() => setSheet(null)}
        />
      ) : null}
    </View>
  );
}
