/**
 * A reflection's life: written as a draft, submitted for review, then published or returned with a reason
 * (and resubmitted); the federation features a published one. Every change of state goes through `next`.
 */
export const REFLECTION_STATUSES = ['draft', 'submitted', 'returned', 'published', 'featured'] as const;
export type ReflectionStatus = (typeof REFLECTION_STATUSES)[number];

export const STATUS_LABELS: Record<ReflectionStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '已退回',
  published: '已发布',
  featured: '精选',
};

export type ReflectionMove = 'saveDraft' | 'submit' | 'withdraw' | 'publish' | 'return' | 'feature';

/** `null` is a reflection not written yet. */
const MOVES: Record<ReflectionMove, { from: readonly (ReflectionStatus | null)[]; to: ReflectionStatus }> = {
  saveDraft: { from: [null, 'draft', 'returned'], to: 'draft' },
  submit: { from: [null, 'draft', 'returned'], to: 'submitted' },
  withdraw: { from: ['submitted'], to: 'draft' },
  publish: { from: ['submitted'], to: 'published' },
  return: { from: ['submitted'], to: 'returned' },
  feature: { from: ['published'], to: 'featured' },
};

/** The state a move leads to, or null when the move is not allowed from `current`. */
export function next(current: ReflectionStatus | null, move: ReflectionMove): ReflectionStatus | null {
  const rule = MOVES[move];
  return rule.from.includes(current) ? rule.to : null;
}

/** Reflections others may read: in the writer's unit once published, city-wide once featured. */
export const LISTED_STATUSES: readonly ReflectionStatus[] = ['published', 'featured'];

/** Reflections that count as handed in (for deadlines and the study record): anything but a draft. */
export const HANDED_IN_STATUSES: readonly ReflectionStatus[] = [
  'submitted',
  'returned',
  'published',
  'featured',
];

/** Why a move is refused, in the writer's or reviewer's words. */
export function refusal(current: ReflectionStatus | null, move: ReflectionMove): string {
  const state = current ? `“${STATUS_LABELS[current]}”` : '尚未保存';
  const what: Record<ReflectionMove, string> = {
    saveDraft: '修改',
    submit: '提交',
    withdraw: '撤回（只有待审核的心得可以撤回）',
    publish: '发布（只有待审核的心得可以发布）',
    return: '退回（只有待审核的心得可以退回）',
    feature: '设为精选（只有已发布的心得可以设为精选）',
  };
  return `这篇心得当前${state}，不能${what[move]}`;
}
