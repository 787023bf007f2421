import * as z from 'zod/mini';
import { unitIdSchema } from '../org/unit';
import { action, cursorPage, idSchema } from '../platform/schema';
import type { ExportedFile, FederationTable, SessionSheet, Thresholds, UnitSummary } from './views';

const sessionId = idSchema('学习活动');
const noticeId = z.optional(idSchema('通知'));
const thresholdSchema = (label: string) =>
  z
    .number({ error: `请填写${label}` })
    .check(z.int(`${label}应为整数`), z.gte(0, `${label}不能小于 0`), z.lte(100, `${label}不能大于 100`));

/**
 * Statistics are computed on the server only: every input names what to look at (a session, a unit, a
 * notice), never a figure, and strict objects refuse anything else a client might send.
 */
export const statsContract = {
  sessionSheet: action<SessionSheet>()(z.strictObject({ sessionId, ...cursorPage })),
  exportSessionSheet: action<ExportedFile>()(z.strictObject({ sessionId })),
  unitSummary: action<UnitSummary>()(z.strictObject({ unitId: unitIdSchema })),
  federationTable: action<FederationTable>()(z.strictObject({ noticeId })),
  exportFederationTable: action<ExportedFile>()(z.strictObject({ noticeId })),
  setThresholds: action<Thresholds>()(
    z.strictObject({
      confirmedRate: thresholdSchema('已学习率'),
      attendanceRate: thresholdSchema('到会率'),
      reflectionRate: thresholdSchema('心得提交率'),
    }),
  ),
} as const;
