import { useCloudQuery } from '@/hooks/use-cloud-query';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { EditorForm } from './editor-form';
import { loadStart, type EditorTarget } from './load-start';
import './reflection-editor.scss';

/** Writing a reflection: resumes where the person left off, on the phone or on the server. */
export function ReflectionEditor(target: EditorTarget) {
  const { loading, error, data, reload } = useCloudQuery(() => loadStart(target));
  if (loading && data === undefined) return <StateView kind="loading" />;
  if (error)
    return (
      <Card>
        <StateView kind="error" title={error} onAction={reload} />
      </Card>
    );
  if (!data)
    return (
      <Card>
        <StateView kind="empty" title="暂无可写心得的通知" description="通知发布后，可以在这里写学习心得" />
      </Card>
    );
  if (data.status && data.status !== 'draft' && data.status !== 'returned')
    return (
      <Card>
        <StateView
          kind="empty"
          title="这篇心得已提交，不能修改"
          description="待审核的心得可以先撤回，再修改后重新提交"
        />
      </Card>
    );
  return <EditorForm start={data} />;
}
