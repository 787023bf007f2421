import * as z from 'zod/mini';
import type { ActionInput } from '@shared/contract';
import { createInviteSchema } from '@shared/org/invite';
import { unitCodeSchema, unitNameSchema } from '@shared/org/unit';
import { checkWith, type Checked } from '@/lib/form-rules';

export interface UnitFields {
  name: string;
  code: string | null;
}

const unitFieldsSchema = z.object({ name: unitNameSchema, code: z.nullable(unitCodeSchema) });

export const checkCreateInvite = (
  value: ActionInput<'org', 'createInvite'>,
): Checked<ActionInput<'org', 'createInvite'>> => checkWith(createInviteSchema, value);

export const checkUnitFields = (value: UnitFields): Checked<UnitFields> => checkWith(unitFieldsSchema, value);
