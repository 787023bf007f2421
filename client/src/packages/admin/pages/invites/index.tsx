import { View } from '@tarojs/components';
import { PageHeader } from '@/components/page-header';
import { InviteManager } from '@/features/org/components/invite-manager';
import { ScopeGate } from '@/features/org/components/scope-gate';

export default function InvitesPage() {
  return (
    <View className="page">
      <PageHeader title="邀请码" subtitle="职工凭邀请码或小程序码加入所选单位" />
      <ScopeGate>{(scope) => <InviteManager scope={scope} />}</ScopeGate>
    </View>
  );
}
