import { allRows } from '../../src/platform/query';
import type { ExpectedCounter, Recount } from './recount';

interface Receipt {
  noticeId: string;
  unitId: string;
  finished?: boolean;
  confirmed?: boolean;
}

/** Reading per notice and unit (`notice:<id>:unit:<unitId>`), from the receipts: opened, finished, confirmed. */
export const readingRecount: Recount = {
  name: '通知阅读（按单位）',
  prefix: 'notice:',
  async recount(db) {
    const receipts = await allRows<Receipt>(
      db
        .collection('notice_receipts')
        .field({ noticeId: true, unitId: true, finished: true, confirmed: true }),
    );
    const counters = new Map<string, ExpectedCounter>();
    for (const receipt of receipts) {
      const key = `notice:${receipt.noticeId}:unit:${receipt.unitId}`;
      const counter = counters.get(key) ?? { key, values: { opened: 0, finished: 0, confirmed: 0 } };
      counter.values.opened += 1;
      if (receipt.finished) counter.values.finished += 1;
      if (receipt.confirmed) counter.values.confirmed += 1;
      counters.set(key, counter);
    }
    return [...counters.values()];
  },
};
