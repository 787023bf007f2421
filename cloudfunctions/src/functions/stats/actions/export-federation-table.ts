import { chinaDate } from '../../../../shared/platform/china-time';
import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { percent, THRESHOLD_LABELS, type Thresholds } from '../../../../shared/stats/views';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { storeGeneratedFile } from '../../../platform/files';
import { newId } from '../../../platform/ids';
import { writeWorkbook } from '../../../platform/spreadsheet/write-workbook';
import { atomically } from '../../../platform/transaction';
import { federationTable } from '../federation';

export const FEDERATION_COLUMNS = [
  { header: '单位', width: 28 },
  { header: '在册人数', width: 9 },
  { header: '应学习', width: 8 },
  { header: '已打开', width: 8 },
  { header: '已读完', width: 8 },
  { header: '已学习', width: 8 },
  { header: '已学习率', width: 9 },
  { header: '学习活动', width: 9 },
  { header: '到会率', width: 9 },
  { header: '心得提交', width: 9 },
  { header: '已发布', width: 8 },
  { header: '精选', width: 7 },
  { header: '心得提交率', width: 10 },
  { header: '督查落实', width: 24 },
];

const thresholdNote = (thresholds: Thresholds) =>
  (Object.keys(THRESHOLD_LABELS) as (keyof Thresholds)[])
    .map((key) => `${THRESHOLD_LABELS[key]}低于 ${thresholds[key]}%`)
    .join('、');

/** The whole table as .xlsx (A4 landscape): sub-units indented under their parents, lagging units marked. */
export const exportFederationTable = defineAction('stats', 'exportFederationTable', {
  access: federationAdmin,
  async run({ noticeId }, caller) {
    const table = await federationTable(noticeId);
    const day = chinaDate(Date.now());
    const workbook = writeWorkbook([
      {
        name: '全市参与情况',
        title: `各单位学习贯彻参与情况（${table.notice ? `《${table.notice.title}》，` : ''}${day}；督查标准：${thresholdNote(table.thresholds)}）`,
        columns: FEDERATION_COLUMNS,
        landscape: true,
        rows: table.rows.map((row) => [
          `${'　'.repeat(row.depth)}${row.unitName}`,
          row.members,
          row.reading.expected,
          row.reading.opened,
          row.reading.finished,
          row.reading.confirmed,
          percent(row.confirmedRate),
          row.sessionsHeld,
          percent(row.attendanceRate),
          row.reflections.submitted,
          row.reflections.published,
          row.reflections.featured,
          percent(row.reflectionRate),
          row.lagging.length ? `落后：${row.lagging.map((key) => THRESHOLD_LABELS[key]).join('、')}` : '',
        ]),
      },
    ]);
    const stored = await storeGeneratedFile(`exports/federation/${newId('table')}.xlsx`, workbook);
    const authority = await caller.authority();
    await atomically(async (transaction) => {
      await writeAudit(transaction, {
        action: 'stats.export_table',
        actor: actorOf(caller.openid, authority),
        unitPath: [ROOT_UNIT_ID],
        details: { count: table.rows.length, ...(table.notice ? { title: table.notice.title } : {}) },
      });
    });
    return {
      url: stored.url,
      fileName: `各单位参与情况_${day}.xlsx`,
      expiresAt: stored.expiresAt,
      rows: table.rows.length,
    };
  },
});
