/** Why a check-in, check-out or session change was refused; each says what the person can do about it. */
export const SESSION_ERRORS = {
  CODE_INVALID: '签到码不正确，请核对屏幕上的 6 位数字',
  CODE_EXPIRED: '签到码已过期，请扫描屏幕上最新的二维码',
  NOT_OPEN: '签到尚未开始',
  CLOSED: '签到已结束',
  NOT_EXPECTED: '您不在本次学习活动的参加范围内',
  OUT_OF_RANGE: '您不在签到地点附近',
  LOCATION_REQUIRED: '本次签到需要您的位置，请允许获取位置后重试',
  LOCATION_INACCURATE: '当前定位不够准确，请到开阔处稍候再试',
  SESSION_CANCELLED: '该学习活动已取消',
  SESSION_ENDED: '该学习活动已结束，不能再修改',
  ALREADY_CHECKED_IN: '该成员已签到，无需补签',
  NOT_CHECKED_IN: '您还没有签到，请先签到',
  CHECK_OUT_NOT_REQUIRED: '本次活动无需签退',
  LEAVE_NOT_ALLOWED: '现在不能请假',
} as const;
