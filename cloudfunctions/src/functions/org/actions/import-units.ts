import { ROOT_UNIT_ID } from '../../../../shared/domain/unit';
import { planUnitImport } from '../../../../shared/domain/unit-import';
import { AppError } from '../../../../shared/errors';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { newId } from '../../../platform/ids';
import { loadUnits } from '../../../platform/lookup';
import { COLLECTIONS } from '../../../platform/records';
import { actorOf } from '../../../platform/views';
import { readUnitsFile } from '../units-file';

const PARALLEL_WRITES = 8;

export const importUnits = defineAction('org', 'importUnits', {
  access: federationAdmin,
  async run({ fileName, contentBase64, dryRun }, caller) {
    const table = readUnitsFile(fileName, contentBase64);
    const existing = [...(await loadUnits()).values()];
    const plan = planUnitImport(table, existing, () => newId('unit'));
    if (!plan.ok) {
      throw new AppError(
        'IMPORT_INVALID',
        `导入文件有 ${plan.errors.length} 处错误，未写入任何数据`,
        plan.errors,
      );
    }
    if (dryRun) return { dryRun, created: 0, units: plan.units };

    const importId = newId('import');
    const units = db.collection(COLLECTIONS.units);
    try {
      // Tagged with the import id so a failure half-way can take back exactly what this import wrote.
      for (let start = 0; start < plan.units.length; start += PARALLEL_WRITES) {
        const batch = plan.units.slice(start, start + PARALLEL_WRITES);
        await Promise.all(batch.map((unit) => units.add({ data: { ...unit, importId } })));
      }
    } catch (error) {
      await units.where({ importId }).remove();
      if ((error as { errCode?: number }).errCode === -502001) {
        throw new AppError('CONFLICT', '导入期间单位已被他人修改，未写入任何数据，请重新导入');
      }
      throw error;
    }
    await writeAudit({
      action: 'unit.import',
      actor: actorOf(caller.openid, await caller.authority()),
      unitPath: [ROOT_UNIT_ID],
      details: { count: plan.units.length, unitName: fileName },
    });
    return { dryRun, created: plan.units.length, units: plan.units };
  },
});
