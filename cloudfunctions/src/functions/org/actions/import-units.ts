import { ROOT_UNIT_ID } from '../../../../shared/org/unit';
import { planUnitImport } from '../../../../shared/org/unit-import';
import { AppError } from '../../../../shared/errors';
import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { isDuplicateKey } from '../../../platform/db-errors';
import { DIRECTORY, type UnitImportRecord } from '../../../platform/directory';
import { loadUnits } from '../../../platform/directory-lookup';
import { unitView } from '../../../platform/directory-views';
import { newId } from '../../../platform/ids';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { renewLease, startImport, takeBackUnfinishedImports } from '../import-jobs';
import { readUnitsFile } from '../units-file';

const BATCH = 100;

/**
 * All or nothing: the units are written under a pending import and become visible in one final step, with
 * the audit entry. An import interrupted half-way stays invisible and is taken back by the next import,
 * so the same file can simply be imported again.
 */
export const importUnits = defineAction('org', 'importUnits', {
  access: federationAdmin,
  async run({ fileName, contentBase64, dryRun }, caller) {
    const table = readUnitsFile(fileName, contentBase64);
    await takeBackUnfinishedImports(caller.openid);
    const existing = await loadUnits();
    const plan = planUnitImport(table, [...existing.values()], () => newId('unit'));
    if (!plan.ok) {
      throw new AppError(
        'IMPORT_INVALID',
        `导入文件有 ${plan.errors.length} 处错误，未写入任何数据`,
        plan.errors,
      );
    }
    const names = new Map([...existing.values(), ...plan.units].map((unit) => [unit._id, unit.name]));
    const preview = plan.units.map((unit) => ({
      ...unitView(unit),
      parentName: names.get(unit.parentId ?? '') ?? '',
    }));
    if (dryRun) return { dryRun, created: 0, units: preview };

    const importId = newId('import');
    const actor = actorOf(caller.openid, await caller.authority());
    await startImport({
      _id: importId,
      fileName,
      count: plan.units.length,
      startedAt: new Date(),
      actorOpenid: caller.openid,
    });
    const units = db.collection(DIRECTORY.units);
    try {
      for (let start = 0; start < plan.units.length; start += BATCH) {
        if (start > 0) await renewLease(importId);
        const batch = plan.units.slice(start, start + BATCH).map((unit) => ({ ...unit, importId }));
        await units.add({ data: batch });
      }
    } catch (error) {
      // What was written stays invisible; taking it back now spares the next import the work.
      await takeBackUnfinishedImports(caller.openid).catch(() => undefined);
      if (isDuplicateKey(error)) {
        throw new AppError('CONFLICT', '导入期间单位已被他人修改，未写入任何数据，请重新导入');
      }
      throw error;
    }
    await atomically(async (transaction) => {
      const job = await readInTransaction<UnitImportRecord>(transaction, DIRECTORY.unitImports, importId);
      if (job?.status !== 'pending') {
        throw new AppError('CONFLICT', '本次导入已被新的导入取代，未写入任何数据');
      }
      await transaction
        .collection(DIRECTORY.unitImports)
        .doc(importId)
        .update({ data: { status: 'done' } });
      await writeAudit(transaction, {
        action: 'unit.import',
        actor,
        unitPath: [ROOT_UNIT_ID],
        details: { count: plan.units.length, unitName: fileName },
      });
    });
    // Visible already through the done import; dropping the tag only spares later reads a lookup.
    await units.where({ importId }).update({ data: { importId: db.command.remove() } });
    return { dryRun, created: plan.units.length, units: preview };
  },
});
