import { z } from 'zod';

/**
 * Building blocks of every domain's contract: an action pairs its input schema with its output type, so the
 * client calls through it and the function router validates against it.
 */
export const action =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });

export const noInput = z.object({}).strict();

export const idSchema = (label: string) =>
  z
    .string({ error: `缺少${label}` })
    .min(1, `缺少${label}`)
    .max(64, `${label}标识过长`);

/** Offset paging of the first domains; new lists page with `cursorPage` instead. */
export const offsetPage = {
  offset: z.number().int().min(0).max(10_000, '请缩小查询范围').default(0),
  limit: z.number().int().min(1).max(100, '每页最多 100 条').default(20),
};

export interface Page<T> {
  items: T[];
  total: number;
}
