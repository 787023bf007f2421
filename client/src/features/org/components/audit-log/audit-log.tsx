import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
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
      <View className="audit-log__head">
        <Text className="audit-log__title">操作记录</Text>
        {!list.loading && !list.error ? <Text className="audit-log__total">共 {list.total} 条</Text> : null}
      </View>
      {list.loading ? <StateView kind="loading" /> : null}
      {!list.loading && list.error && list.items.length === 0 ? (
        <Card>
          <StateView kind="error" title={list.error} onAction={list.reload} />
        </Card>
      ) : null}
      {!list.loading && !list.error && list.items.length === 0 ? (
        <Card>
          <StateView
            kind="empty"
            title="暂无操作记录"
            description="调动、移除成员，邀请码与单位的变更都会记录在这里"
          />
        </Card>
      ) : null}
      {!list.loading && list.items.length > 0 ? (
        <Card className="audit-log__list">
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
      {!list.loading && list.error && list.items.length > 0 ? (
        <Text className="form-error">{list.error}</Text>
      ) : null}
      {!list.loading && list.hasMore ? (
        <Button
          className="btn btn--ghost"
          hoverClass="btn--hover"
          loading={list.loadingMore}
          onClick={list.loadMore}
        >
          {list.loadingMore ? '加载中…' : `加载更多（已显示 ${list.items.length} / ${list.total}）`}
        </Button>
      ) : null}
    </View>
  );
}
