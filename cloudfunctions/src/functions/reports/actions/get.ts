import { defineAction } from '../../../platform/action';
import { unitById } from '../../../platform/directory-lookup';
import { readerOfUnit } from '../access';
import { reportedNotice } from '../notice';
import { assertReportingUnit } from '../reporting-units';
import { figuresFor, historyNames, reportOf, viewOf } from '../views';

/** A unit's report on a notice, with the figures the server computes for it (never the client). */
export const get = defineAction('reports', 'get', {
  access: readerOfUnit,
  async run({ noticeId, unitId }, caller) {
    const [notice, unit, record, authority] = await Promise.all([
      reportedNotice(noticeId),
      unitById(unitId),
      reportOf(noticeId, unitId),
      caller.authority(),
    ]);
    await assertReportingUnit(notice, unit);
    const [figures, names] = await Promise.all([figuresFor(record, noticeId, unit), historyNames(record)]);
    return viewOf(record, notice, unit, figures, authority, names);
  },
});
