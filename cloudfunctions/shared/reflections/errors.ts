export const REFLECTION_ERRORS = {
  REFLECTION_STATE: '这篇心得当前的状态不能进行此操作，请刷新后查看',
  PHOTO_INVALID: '图片无法识别，请选择 JPG 或 PNG 格式的照片',
  EXPORT_TOO_LARGE: '所选时间段的心得太多，请缩短时间段后分批导出',
} as const;
