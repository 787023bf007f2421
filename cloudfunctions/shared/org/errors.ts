export const ORG_ERRORS = {
  INVITE_INVALID: '邀请码无效',
  INVITE_EXPIRED: '邀请码已过期，请向单位管理员索取新的邀请码',
  INVITE_USED_UP: '邀请码使用次数已满，请向单位管理员索取新的邀请码',
  INVITE_REVOKED: '邀请码已被撤销，请向单位管理员索取新的邀请码',
  IMPORT_INVALID: '导入文件有错误，未写入任何数据',
} as const;
