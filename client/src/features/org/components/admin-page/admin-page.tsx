import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Card } from '@/components/card';
import { PageHeader } from '@/components/page-header';
import { StateView } from '@/components/state-view';
import { useAdminScope, type AdminScope } from '../../api/admin-scope';

export interface AdminPageProps {
  title: string;
  subtitle?: string;
  children: (scope: AdminScope, reload: () => void) => ReactNode;
}

/**
 * The frame of every admin page: loads who the admin is and which units they manage, and renders the screen
 * only once that is known.
 */
export function AdminPage({ title, subtitle, children }: AdminPageProps) {
  const { loading, error, data, reload } = useAdminScope();
  let body: ReactNode;
  if (loading && !data) body = <StateView kind="loading" />;
  else if (error)
    body = (
      <Card>
        <StateView kind="error" title={error} onAction={reload} />
      </Card>
    );
  else if (!data || data.scope.length === 0)
    body = (
      <Card>
        <StateView
          kind="empty"
          title="您没有可管理的单位"
          description="只有单位工会管理员和市总工会管理员可以使用此页面"
        />
      </Card>
    );
  else body = children(data, reload);
  return (
    <View className="page">
      <PageHeader title={title} subtitle={subtitle} />
      {body}
    </View>
  );
}
