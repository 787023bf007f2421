import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { Me } from '@shared/contract';
import { Card } from '@/components/card';
import { ROUTES } from '@/config/routes';
import './admin-entries.scss';

const ENTRIES = [
  { url: ROUTES.adminMembers, title: '成员管理', hint: '查找、调动、移除成员，设置管理员' },
  { url: ROUTES.adminInvites, title: '邀请码', hint: '生成邀请码与小程序码' },
  { url: ROUTES.adminUnits, title: '单位架构', hint: '查看与维护下级单位' },
  { url: ROUTES.adminAudit, title: '操作记录', hint: '管理操作留痕' },
  { url: ROUTES.adminStats, title: '参与统计', hint: '阅读、到会、心得情况，签到台账导出' },
] as const;

export interface AdminEntriesProps {
  me: Me;
}

/** Shown only to people who administer at least one unit; the server checks every action again. */
export function AdminEntries({ me }: AdminEntriesProps) {
  if (me.adminUnits.length === 0) return null;
  const scope = me.adminUnits.map((unit) => unit.unitName).join('、');
  return (
    <Card title="管理" extra={me.isFederationAdmin ? '市总工会管理员' : '单位管理员'}>
      <Text className="admin-entries__hint">管理范围：{scope}</Text>
      {ENTRIES.map((entry) => (
        <View
          key={entry.url}
          className="link-row"
          hoverClass="link-row--hover"
          onClick={() => void Taro.navigateTo({ url: entry.url })}
        >
          <View>
            <Text>{entry.title}</Text>
            <Text className="admin-entries__hint">{entry.hint}</Text>
          </View>
          <Text className="link-row__arrow">›</Text>
        </View>
      ))}
    </Card>
  );
}
