import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { unitById } from '../../../platform/lookup';
import { COLLECTIONS } from '../../../platform/records';
import { actorOf } from '../../../platform/views';
import { unitPath } from '../scope';
import { assertCodeFree, withSiblingNameCheck } from '../unit-writes';

export const updateUnit = defineAction('org', 'updateUnit', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId, name, code }, caller) {
    const unit = await unitById(unitId);
    await assertCodeFree(code, unitId);
    await withSiblingNameCheck(
      () => db.collection(COLLECTIONS.units).doc(unitId).update({ data: { name, code } }),
      name,
    );
    await writeAudit({
      action: 'unit.update',
      actor: actorOf(caller.openid, await caller.authority()),
      unitPath: unit.path,
      details: { unitName: unit.name === name ? name : `${unit.name} → ${name}` },
    });
    return { ...unit, name, code };
  },
});
