import { useRouter } from '@tarojs/taro';
import { StateView } from '@/components/state-view';
import { AdminPage } from '@/features/org/components/admin-page';
import { ReportForm } from '@/features/reports/components/report-form';

export default function ReportPage() {
  const { noticeId = '', unitId } = useRouter().params;
  return (
    <AdminPage title="学习贯彻情况报告" subtitle="本单位的措施、亮点与问题，报市总工会组织部">
      {(scope) =>
        noticeId ? (
          <ReportForm noticeId={noticeId} unitId={unitId || scope.scope[0].unit._id} />
        ) : (
          <StateView kind="empty" title="没有指定通知" />
        )
      }
    </AdminPage>
  );
}
