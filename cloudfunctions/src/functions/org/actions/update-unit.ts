import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { DIRECTORY, type UnitRecord } from '../../../platform/directory';
import { unitById } from '../../../platform/directory-lookup';
import { unitView } from '../../../platform/directory-views';
import { atomically, readInTransaction } from '../../../platform/transaction';
import { unitPath } from '../scope';
import { assertCodeFree, siblingNameTaken } from '../unit-writes';

export const updateUnit = defineAction('org', 'updateUnit', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId, name, code }, caller) {
    const unit = await unitById(unitId);
    await assertCodeFree(code, unitId);
    const actor = actorOf(caller.openid, await caller.authority());
    await atomically(
      async (transaction) => {
        const current = await readInTransaction<UnitRecord>(transaction, DIRECTORY.units, unitId);
        // The same change again (a double tap, a retry): nothing to write, nothing to log.
        if (current && current.name === name && (current.code ?? null) === code) return;
        await transaction.collection(DIRECTORY.units).doc(unitId).update({ data: { name, code } });
        await writeAudit(transaction, {
          action: 'unit.update',
          actor,
          unitPath: unit.path,
          details: { unitName: unit.name === name ? name : `${unit.name} → ${name}` },
        });
      },
      { onDuplicate: siblingNameTaken(name) },
    );
    return unitView({ ...unit, name, code });
  },
});
