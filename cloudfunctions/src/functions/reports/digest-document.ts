import { formatChinaDateTime } from '../../../shared/platform/china-time';
import type { ParticipationFigures } from '../../../shared/reports/figures';
import { DIGEST_MAX_REFLECTIONS } from '../../../shared/reports/report';
import { deadlineText } from '../../../shared/reports/status';
import type { UnitRecord } from '../../platform/directory';
import type { DocxBlock } from '../../platform/docx';
import type { ReportedNotice } from './notice';
import type { ReportRecord } from './records';

export interface DigestReflection {
  _id: string;
  unitId: string;
  memberId: string;
  title: string;
  text: string;
}

export interface DigestInput {
  notice: ReportedNotice;
  scope: UnitRecord;
  units: UnitRecord[];
  reports: Map<string, ReportRecord>;
  total: ParticipationFigures;
  reflections: DigestReflection[];
  featuredTotal: number;
  writers: Map<string, string>;
  unitNames: Map<string, string>;
  at: Date;
}

const FIGURE_HEADER = [
  '单位',
  '报告',
  '职工',
  '阅读率',
  '确认率',
  '学习活动',
  '参加人次',
  '到会率',
  '心得',
  '精选',
];

const figureCells = (figures: ParticipationFigures) => [
  String(figures.members),
  `${figures.readRate}%`,
  `${figures.confirmedRate}%`,
  String(figures.sessionsHeld),
  String(figures.attendance),
  figures.attendanceRate === null ? '—' : `${figures.attendanceRate}%`,
  String(figures.reflections),
  String(figures.featuredReflections),
];

const paragraphs = (text: string): DocxBlock[] =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ kind: 'paragraph', text: line, indent: true }));

/** The 反响体悟汇编: figures on top, each unit's highlights, then featured reflections by unit. */
export function digestBlocks(input: DigestInput): DocxBlock[] {
  const { notice, scope, units, reports } = input;
  const blocks: DocxBlock[] = [
    { kind: 'title', text: `${scope.name}学习贯彻情况及反响体悟汇编` },
    {
      kind: 'paragraph',
      text: `《${notice.title}》\u3000报送截止：${deadlineText(notice.deadline)}\u3000生成时间：${formatChinaDateTime(input.at, input.at)}`,
      note: true,
    },
    { kind: 'heading', text: '一、参与情况' },
    {
      kind: 'table',
      header: FIGURE_HEADER,
      widths: [4, 2, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4, 1.2, 1.2],
      rows: [
        ...units.map((unit) => {
          const report = reports.get(unit._id);
          if (!report?.figures) return [unit.name, '未提交', ...FIGURE_HEADER.slice(2).map(() => '—')];
          return [unit.name, report.late ? '已提交（逾期）' : '已提交', ...figureCells(report.figures)];
        }),
        [`${scope.name}合计`, `${reports.size}/${units.length}`, ...figureCells(input.total)],
      ],
    },
    {
      kind: 'paragraph',
      text: '各单位数字为提交报告时由系统统计（阅读率、确认率按单位及下级单位的在册职工计）；合计为生成本汇编时的数字。',
      note: true,
    },
    { kind: 'heading', text: '二、各单位亮点成效' },
  ];
  const reported = units.filter((unit) => reports.has(unit._id));
  if (reported.length === 0) blocks.push({ kind: 'paragraph', text: '暂无单位提交报告。', note: true });
  for (const unit of reported) {
    const report = reports.get(unit._id) as ReportRecord;
    blocks.push({ kind: 'heading', level: 2, text: unit.name }, ...paragraphs(report.highlights));
  }
  blocks.push({ kind: 'heading', text: '三、职工反响体悟（全市精选心得）' });
  if (input.featuredTotal > input.reflections.length) {
    blocks.push({
      kind: 'paragraph',
      text: `共有 ${input.featuredTotal} 篇精选心得，本汇编收录最新的 ${DIGEST_MAX_REFLECTIONS} 篇。`,
      note: true,
    });
  }
  if (input.reflections.length === 0) blocks.push({ kind: 'paragraph', text: '暂无精选心得。', note: true });
  const byUnit = new Map<string, DigestReflection[]>();
  for (const reflection of input.reflections)
    byUnit.set(reflection.unitId, [...(byUnit.get(reflection.unitId) ?? []), reflection]);
  for (const [unitId, reflections] of byUnit) {
    blocks.push({ kind: 'heading', level: 2, text: input.unitNames.get(unitId) ?? '（已删除的单位）' });
    for (const reflection of reflections) {
      const writer = input.writers.get(reflection.memberId) ?? '（已注销的职工）';
      blocks.push(
        { kind: 'paragraph', text: `${reflection.title || '心得体会'}\u3000${writer}`, bold: true },
        ...paragraphs(reflection.text),
      );
    }
  }
  return blocks;
}
