import { kindUnder, type Unit } from '../../../../shared/domain/unit';
import { AppError } from '../../../../shared/errors';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { newId } from '../../../platform/ids';
import { unitById } from '../../../platform/lookup';
import { COLLECTIONS } from '../../../platform/records';
import { actorOf } from '../../../platform/views';
import { unitPath } from '../scope';
import { assertCodeFree, withSiblingNameCheck } from '../unit-writes';

export const createUnit = defineAction('org', 'createUnit', {
  access: adminOf('上级单位的管理员', async ({ parentId }) => [await unitPath(parentId)]),
  async run({ parentId, name, kind, code }, caller) {
    const parent = await unitById(parentId);
    const requested = kind ?? (parent.kind === 'federation' ? null : parent.kind);
    const unitKind = requested && kindUnder(parent, requested);
    if (!unitKind) throw new AppError('INVALID_INPUT', '请选择与上级单位一致的单位类型');
    await assertCodeFree(code);
    const id = newId('unit');
    const unit: Unit = {
      _id: id,
      name,
      kind: unitKind,
      parentId,
      path: [...parent.path, id],
      depth: parent.depth + 1,
      code,
    };
    await withSiblingNameCheck(() => db.collection(COLLECTIONS.units).add({ data: unit }), name);
    await writeAudit({
      action: 'unit.create',
      actor: actorOf(caller.openid, await caller.authority()),
      unitPath: unit.path,
      details: { unitName: `${parent.name} / ${name}` },
    });
    return unit;
  },
});
