import { useState } from 'react';
import { Text } from '@tarojs/components';
import type { DigestResult } from '@shared/reports/report';
import { ActionButton } from '@/components/action-button';
import { Card } from '@/components/card';
import { errorMessage } from '@/lib/cloud-error';
import { makeDigest } from '../../api/reports';
import { openDocument } from '../../lib/open-document';
import './digest-card.scss';

export interface DigestCardProps {
  noticeId: string;
  /** A unit admin's digest of their own subtree; the federation's covers every unit. */
  unitId?: string;
  title: string;
}

/** Generates the 反响体悟汇编 (.docx) in the function and opens it by its temporary link. */
export function DigestCard({ noticeId, unitId, title }: DigestCardProps) {
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<DigestResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const generate = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await makeDigest(noticeId, unitId);
      setMade(result);
      await openDocument(result.url, result.fileName);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={title} extra="Word 文档">
      <Text className="digest-card__hint">
        汇编参与情况统计表、各单位报告的亮点成效和全市精选心得（按单位，最多收录 200 篇），可转发或打印上报。
      </Text>
      {error ? <Text className="form-error">{error}</Text> : null}
      {made ? (
        <Text className="digest-card__result">
          {`已生成《${made.fileName}》：${made.units} 个单位、${made.reports} 份报告、${made.reflections} 篇精选心得${made.reflectionsCapped ? '（精选心得较多，只收录最新的部分）' : ''}`}
        </Text>
      ) : null}
      <ActionButton kind="ghost" busy={busy} onClick={() => void generate()}>
        生成反响体悟汇编
      </ActionButton>
    </Card>
  );
}
