import { ACCOUNT_ERRORS } from './account/errors';
import { NOTICES_ERRORS } from './notices/errors';
import { ORG_ERRORS } from './org/errors';
import { SESSION_ERRORS } from './sessions/errors';
import { REFLECTION_ERRORS } from './reflections/errors';
import { REPORT_ERRORS } from './reports/errors';
import { STATS_ERRORS } from './stats/errors';

/** Codes every function can answer with, whatever its domain. */
const PLATFORM_ERRORS = {
  UNKNOWN_FUNCTION: '没有这个云函数',
  UNKNOWN_ACTION: '没有这个操作',
  INVALID_INPUT: '提交的内容不符合要求',
  UNAUTHENTICATED: '无法识别您的微信身份，请重新进入小程序',
  NOT_A_MEMBER: '您还没有加入任何单位，请先通过邀请码加入',
  FORBIDDEN: '您没有权限进行此操作',
  OUT_OF_SCOPE: '该对象不在您管理的单位范围内',
  NOT_FOUND: '要找的内容不存在或已被删除',
  CONFLICT: '内容已存在或已被他人修改，请刷新后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  CONTENT_REJECTED: '内容未通过安全检测，请修改后再提交',
  BUSY: '当前使用人数较多，请稍后重试',
  /** The database was out of reach for a moment; the same call again completes (and never counts twice). */
  UNAVAILABLE: '服务连接中断，请稍后重试',
  INTERNAL: '服务暂时不可用，请稍后重试',
} as const;

/**
 * Every error the functions can answer with: a stable code for programs and a Chinese message for people.
 * One line per domain that brings codes of its own.
 */
export const ERROR_MESSAGES = {
  ...PLATFORM_ERRORS,
  ...ACCOUNT_ERRORS,
  ...ORG_ERRORS,
  ...SESSION_ERRORS,
  ...NOTICES_ERRORS,
  ...REFLECTION_ERRORS,
  ...REPORT_ERRORS,
  ...STATS_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Thrown inside actions; the router turns it into a failed Result. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
  }
}
