import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { LoadMore } from '@/components/load-more';
import { PagedListStatus } from '@/components/paged-list-status';
import { SectionHead } from '@/components/section-head';
import { usePagedQuery } from '@/hooks/use-paged-query';
import { formatChineseDateTime } from '@/utils/date';
import type { AdminScope } from '../../api/admin-scope';
import { listAudit } from '../../api/list-audit';
import { UnitPicker } from '../unit-picker';
import './audit-log.scss';

export interface AuditLogProps {
  scope: AdminScope;
}

export function AuditLog({ scope }: AuditLogProps) {
  const [unitId, setUnitId] = useState(scope.scope[0].unit._id);
  return (
    <View className="audit-log">
      <UnitPicker label="单位" units={scope.scope} value={unitId} onChange={setUnitId} />
      <AuditList key={unitId} unitId={unitId} />
    </View>
  );
}

function AuditList({ unitId }: { unitId: string }) {
  const list = usePagedQuery((offset) => listAudit(unitId, offset));
  return (
    <View>
      <SectionHead
        title="操作记录"
        extra={!list.loading && !list.error ? `共 ${list.total} 条` : undefined}
      />
      <PagedListStatus
        list={list}
        emptyTitle="暂无操作记录"
        emptyDescription="成员加入与注销、调动与移除，管理员、邀请码与单位的变更都会记录在这里"
      />
      {!list.loading && list.items.length > 0 ? (
        <Card className="card--list">
          {list.items.map((entry) => (
            <View key={entry._id} className="audit-entry">
              <View className="audit-entry__top">
                <Text className="chip">{entry.actionLabel}</Text>
                <Text className="audit-entry__time">{formatChineseDateTime(entry.at)}</Text>
              </View>
              <Text className="audit-entry__summary">{entry.summary}</Text>
              <Text className="audit-entry__actor">操作人：{entry.actorName}</Text>
            </View>
          ))}
        </Card>
      ) : null}
      <LoadMore list={list} />
    </View>
  );
}
