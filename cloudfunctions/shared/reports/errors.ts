export const REPORT_ERRORS = {
  REPORT_STATE: '这份报告当前的状态不能进行此操作，请刷新后查看',
  NO_REPORT_DEADLINE: '该通知没有要求各单位报送进展',
  NOT_REPORTING_UNIT: '该单位不在这份通知的报送范围内',
} as const;
