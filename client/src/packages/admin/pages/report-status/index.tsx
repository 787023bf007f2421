import { useRouter } from '@tarojs/taro';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { AdminPage } from '@/features/org/components/admin-page';
import { ReportBoard } from '@/features/reports/components/report-board';

export default function ReportStatusPage() {
  const { noticeId = '' } = useRouter().params;
  return (
    <AdminPage title="各单位报送情况" subtitle="未提交 / 已提交 / 逾期，提醒与反响体悟汇编">
      {(scope) =>
        !scope.me.isFederationAdmin ? (
          <Card>
            <StateView kind="empty" title="只有市总工会管理员可以查看各单位报送情况" />
          </Card>
        ) : noticeId ? (
          <ReportBoard noticeId={noticeId} />
        ) : (
          <StateView kind="empty" title="没有指定通知" />
        )
      }
    </AdminPage>
  );
}
