import { chinaDate, formatChinaClock } from '../../../shared/platform/china-time';
import { STATUS_LABELS } from '../../../shared/reflections/status';
import type { MemberRecord, UnitRecord } from '../../platform/directory';
import { unitName } from '../../platform/directory-lookup';
import type { CellValue, SheetSpec } from '../../platform/spreadsheet/write-workbook';
import type { ReflectionRecord } from './records';

export const EXPORT_COLUMNS: SheetSpec['columns'] = [
  { header: '序号', width: 6 },
  { header: '姓名', width: 10 },
  { header: '工号', width: 10 },
  { header: '单位', width: 20 },
  { header: '通知', width: 24 },
  { header: '标题', width: 18 },
  { header: '心得内容', width: 60 },
  { header: '字数', width: 6 },
  { header: '状态', width: 8 },
  { header: '提交时间', width: 17 },
  { header: '审核时间', width: 17 },
  { header: '内容安全', width: 10 },
  { header: '雷同检查', width: 22 },
];

const chinaTime = (at: Date | null) => (at ? `${chinaDate(at)} ${formatChinaClock(at)}` : '');
const percent = (share: number) => `${Math.round(share * 100)}%`;

function resemblanceCell(record: ReflectionRecord): string {
  const resemblance = record.resemblance;
  if (!resemblance?.suspected) return '未见雷同';
  return resemblance.resembles === 'reflection'
    ? `疑似雷同：与另一篇心得相似 ${percent(resemblance.score)}`
    : `疑似雷同：与通知原文重合 ${percent(resemblance.score)}`;
}

export function exportRow(
  record: ReflectionRecord,
  index: number,
  writers: Map<string, MemberRecord>,
  units: Map<string, UnitRecord>,
): CellValue[] {
  const writer = writers.get(record.memberId);
  return [
    index + 1,
    writer?.name ?? '（已离开的成员）',
    writer?.staffNo ?? '',
    unitName(units, record.unitId),
    record.noticeTitle,
    record.title,
    record.text,
    record.length,
    STATUS_LABELS[record.status],
    chinaTime(record.submittedAt),
    chinaTime(record.reviewedAt),
    record.contentHeld ? '需人工复核' : '通过',
    resemblanceCell(record),
  ];
}
