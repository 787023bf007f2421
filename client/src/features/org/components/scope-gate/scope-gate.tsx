import type { ReactNode } from 'react';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { useAdminScope, type AdminScope } from '../../api/admin-scope';

export interface ScopeGateProps {
  children: (scope: AdminScope, reload: () => void) => ReactNode;
}

/** Loads who the admin is and which units they manage; renders the admin screen only when that is known. */
export function ScopeGate({ children }: ScopeGateProps) {
  const { loading, error, data, reload } = useAdminScope();
  if (loading && !data) return <StateView kind="loading" />;
  if (error)
    return (
      <Card>
        <StateView kind="error" title={error} onAction={reload} />
      </Card>
    );
  if (!data || data.scope.length === 0)
    return (
      <Card>
        <StateView kind="empty" title="您没有可管理的单位" description="只有单位工会管理员和市总工会管理员可以使用此页面" />
      </Card>
    );
  return <>{children(data, reload)}</>;
}
