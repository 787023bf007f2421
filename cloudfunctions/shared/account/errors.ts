export const ACCOUNT_ERRORS = {
  ALREADY_MEMBER: '您已经加入了单位',
} as const;
