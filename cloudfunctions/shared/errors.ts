/** Every error the functions can answer with: a stable code for programs and a Chinese message for people. */
export const ERROR_MESSAGES = {
  UNKNOWN_FUNCTION: '没有这个云函数',
  UNKNOWN_ACTION: '没有这个操作',
  INVALID_INPUT: '提交的内容不符合要求',
  UNAUTHENTICATED: '无法识别您的微信身份，请重新进入小程序',
  NOT_A_MEMBER: '您还没有加入任何单位，请先通过邀请码加入',
  FORBIDDEN: '您没有权限进行此操作',
  OUT_OF_SCOPE: '该对象不在您管理的单位范围内',
  NOT_FOUND: '要找的内容不存在或已被删除',
  CONFLICT: '内容已存在或已被他人修改，请刷新后重试',
  INVITE_INVALID: '邀请码无效',
  INVITE_EXPIRED: '邀请码已过期，请向单位管理员索取新的邀请码',
  INVITE_USED_UP: '邀请码使用次数已满，请向单位管理员索取新的邀请码',
  INVITE_REVOKED: '邀请码已被撤销，请向单位管理员索取新的邀请码',
  ALREADY_MEMBER: '您已经加入了单位',
  IMPORT_INVALID: '导入文件有错误，未写入任何数据',
  CONTENT_REJECTED: '内容未通过安全检测，请修改后再提交',
  INTERNAL: '服务暂时不可用，请稍后重试',
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
