import { kindUnder, MAX_UNIT_DEPTH, type Unit } from '../../../../shared/org/unit';
import { AppError } from '../../../../shared/errors';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { DIRECTORY } from '../../../platform/directory';
import { unitById } from '../../../platform/directory-lookup';
import { newId } from '../../../platform/ids';
import { atomically } from '../../../platform/transaction';
import { unitPath } from '../scope';
import { assertCodeFree, siblingNameTaken } from '../unit-writes';

export const createUnit = defineAction('org', 'createUnit', {
  access: adminOf('上级单位的管理员', async ({ parentId }) => [await unitPath(parentId)]),
  async run({ parentId, name, kind, code }, caller) {
    const parent = await unitById(parentId);
    if (parent.depth + 1 > MAX_UNIT_DEPTH) {
      throw new AppError(
        'INVALID_INPUT',
        `单位层级最多 ${MAX_UNIT_DEPTH} 级，“${parent.name}”下不能再设下级单位`,
      );
    }
    const requested = kind ?? (parent.kind === 'federation' ? null : parent.kind);
    const unitKind = requested && kindUnder(parent, requested);
    if (!unitKind) throw new AppError('INVALID_INPUT', '请选择与上级单位一致的单位类型');
    await assertCodeFree(code);
    const actor = actorOf(caller.openid, await caller.authority());
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
    await atomically(
      async (transaction) => {
        await transaction.collection(DIRECTORY.units).add({ data: unit });
        await writeAudit(transaction, {
          action: 'unit.create',
          actor,
          unitPath: unit.path,
          details: { unitName: `${parent.name} / ${name}` },
        });
      },
      { onDuplicate: siblingNameTaken(name) },
    );
    return unit;
  },
});
