/** The forms of study the notice names: 中心组学习, 专题学习会, 培训班, 宣讲会. */
export const SESSION_KINDS = ['group_study', 'meeting', 'class', 'lecture', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  group_study: '中心组学习',
  meeting: '专题学习会',
  class: '培训班',
  lecture: '宣讲会',
  other: '其他',
};
