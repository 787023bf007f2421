import { chinaDate, formatChinaClock } from '../../../../shared/platform/china-time';
import { SESSION_KIND_LABELS } from '../../../../shared/sessions/kinds';
import { percent, SHEET_STATUS_MARKS, SHEET_STATUS_LABELS } from '../../../../shared/stats/views';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { storeGeneratedFile } from '../../../platform/files';
import { newId } from '../../../platform/ids';
import { writeWorkbook } from '../../../platform/spreadsheet/write-workbook';
import { atomically } from '../../../platform/transaction';
import { sessionAdmin, sessionOfInput } from '../access';
import { allExpected, sheetRows, sheetTotals } from '../session-sheet';

/** Well inside the function's 20 s: 30 pages of members and their records, then one small workbook. */
export const MAX_SHEET_PEOPLE = 3_000;

const clock = (at: string | null) => (at ? formatChinaClock(at) : '');

/**
 * The printable 签到台账: unit, date, time and place in the title, one line per person expected with an
 * attendance mark (no signature column: the check-in itself is the record), and the totals at the foot.
 * A4 portrait, fitted to the page width.
 */
export const exportSessionSheet = defineAction('stats', 'exportSessionSheet', {
  access: sessionAdmin,
  async run(input, caller) {
    const now = Date.now();
    const session = await sessionOfInput(input);
    const ended = new Date(session.endAt).getTime() <= now;
    const [totals, people] = await Promise.all([
      sheetTotals(session),
      allExpected(session, MAX_SHEET_PEOPLE),
    ]);
    const units = await loadUnitsById([session.unitId, ...people.map((person) => person.unitId)]);
    const lines = [];
    for (let start = 0; start < people.length; start += 100)
      lines.push(...(await sheetRows(session, people.slice(start, start + 100), units, ended)));
    const unit = units.get(session.unitId);
    const unitName = unit?.name ?? '（已删除的单位）';
    const day = chinaDate(session.startAt);
    const when = `${day} ${formatChinaClock(session.startAt)}–${formatChinaClock(session.endAt)}`;
    const totalsLine = [
      `应到 ${totals.expected} 人`,
      `按时 ${totals.present}`,
      `迟到 ${totals.late}`,
      `补签 ${totals.manual}`,
      ...(totals.otherShift ? [`其他班次 ${totals.otherShift}`] : []),
      `请假 ${totals.leave}`,
      `${ended ? '缺席' : '未签到'} ${totals.absent}`,
      `到会率 ${percent(totals.rate)}`,
    ].join('，');
    const workbook = writeWorkbook([
      {
        name: '签到台账',
        title: `${unitName} 签到台账 ${SESSION_KIND_LABELS[session.kind]}《${session.title}》 ${when} 地点：${session.place}`,
        columns: [
          { header: '序号', width: 6 },
          { header: '姓名', width: 12 },
          { header: '单位', width: 26 },
          { header: '到会', width: 14 },
          { header: '状态', width: 10 },
          { header: '签到时间', width: 10 },
          { header: '签退时间', width: 10 },
        ],
        rows: [
          ...lines.map((line, index) => [
            index + 1,
            line.name,
            line.unitName,
            SHEET_STATUS_MARKS[line.status],
            SHEET_STATUS_LABELS[line.status],
            clock(line.checkedInAt),
            clock(line.checkedOutAt),
          ]),
          ['合计', totalsLine, null, null, null, null, null],
        ],
      },
    ]);
    const stored = await storeGeneratedFile(`exports/session-sheets/${newId('sheet')}.xlsx`, workbook);
    const authority = await caller.authority();
    await atomically(async (transaction) => {
      await writeAudit(transaction, {
        action: 'stats.export_sheet',
        actor: actorOf(caller.openid, authority),
        unitPath: session.unitPath,
        details: { title: session.title, unitName: `${unitName}（${lines.length} 人）` },
      });
    });
    return {
      url: stored.url,
      fileName: `${unitName}签到台账_${day}.xlsx`,
      expiresAt: stored.expiresAt,
      rows: lines.length,
    };
  },
});
