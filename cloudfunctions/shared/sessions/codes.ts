import * as z from 'zod/mini';
import { CODE_DIGITS } from './code-format';

export * from './code-format';

/** The typed code as the functions check it (the main package's pages leave the check to them). */
export const codeSchema = z
  .string({ error: '请输入签到码' })
  .check(z.trim(), z.regex(new RegExp(`^\\d{${CODE_DIGITS}}$`), `签到码应为 ${CODE_DIGITS} 位数字`));
