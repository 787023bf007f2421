import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { THRESHOLD_LABELS, type Thresholds } from '../../../../shared/stats/views';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { FEDERATION_SETTINGS_ID, STATS_SETTINGS, type SettingsRecord } from '../records';

/**
 * The federation's thresholds below which a unit is highlighted as lagging; kept with its audit entry. Setting
 * the values already in force changes nothing and writes no entry (a double tap or a retry), decided in the
 * transaction.
 */
export const setThresholds = defineAction('stats', 'setThresholds', {
  access: federationAdmin,
  async run(input, caller) {
    const authority = await caller.authority();
    const thresholds: Thresholds = {
      confirmedRate: input.confirmedRate,
      attendanceRate: input.attendanceRate,
      reflectionRate: input.reflectionRate,
    };
    await atomically(async (transaction) => {
      const current = await readInTransaction<SettingsRecord>(
        transaction,
        STATS_SETTINGS,
        FEDERATION_SETTINGS_ID,
      );
      const unchanged =
        current !== null &&
        (Object.keys(thresholds) as (keyof Thresholds)[]).every(
          (key) => current.thresholds?.[key] === thresholds[key],
        );
      if (unchanged) return;
      const record: Omit<SettingsRecord, '_id'> = {
        thresholds,
        updatedAt: new Date(),
        updatedByMemberId: authority.member?._id ?? null,
      };
      await transaction.collection(STATS_SETTINGS).doc(FEDERATION_SETTINGS_ID).set({ data: record });
      await writeAudit(transaction, {
        action: 'stats.thresholds',
        actor: actorOf(caller.openid, authority),
        unitPath: [ROOT_UNIT_ID],
        details: {
          title: (Object.keys(THRESHOLD_LABELS) as (keyof Thresholds)[])
            .map((key) => `${THRESHOLD_LABELS[key]} ${thresholds[key]}%`)
            .join('、'),
        },
      });
    });
    return thresholds;
  },
});
