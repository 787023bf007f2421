export const NOTICES_ERRORS = {
  NOT_READ_TO_END: '请先读完全文，再确认“已学习”',
  NOTICE_INVALID: '通知格式有误，请按提示修改后再发布',
  NOTICE_ARCHIVED: '该通知已归档',
} as const;
