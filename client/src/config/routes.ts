export const ROUTES = {
  home: '/pages/home/index',
  study: '/pages/study/index',
  checkin: '/pages/checkin/index',
  me: '/pages/me/index',
  /** Landing page of invite links and mini-program codes (`JOIN_PAGE` in @shared/org/invite). */
  join: '/pages/join/index',
  privacy: '/pages/privacy/index',
  /** A study session's page and check-in; `SESSION_PAGE` in @shared/sessions/codes (its mini-program code opens it). */
  session: '/pages/session/index',
  /** The reader (`NOTICE_PAGE` in @shared/notices/notice): shares and reminders open it with `?id=`. */
  notice: '/pages/notice/index',
  /** Exists in the H5 build only. */
  devLogin: '/pages/dev-login/index',
  /** Admin subpackage (packages/admin), loaded only when an admin opens it. */
  adminMembers: '/packages/admin/pages/members/index',
  adminInvites: '/packages/admin/pages/invites/index',
  adminUnits: '/packages/admin/pages/units/index',
  adminAudit: '/packages/admin/pages/audit/index',
  adminSessions: '/packages/admin/pages/sessions/index',
  adminSessionForm: '/packages/admin/pages/session-form/index',
  adminSessionDisplay: '/packages/admin/pages/session-display/index',
  adminSessionSheet: '/packages/admin/pages/session-sheet/index',
  adminNotices: '/packages/admin/pages/notices/index',
  adminNoticeReading: '/packages/admin/pages/notice-reading/index',
  adminNoticePublish: '/packages/admin/pages/notice-publish/index',
  /** Reflections (心得体会): a worker's subpackage, preloaded from the 学习 tab. */
  reflectionWrite: '/packages/reflections/pages/write/index',
  reflectionDetail: '/packages/reflections/pages/detail/index',
  reflectionFeed: '/packages/reflections/pages/feed/index',
  adminReflections: '/packages/admin/pages/reflections/index',
  adminReflectionStatus: '/packages/admin/pages/reflection-status/index',
  /** A unit's report on a notice (`REPORT_PAGE` in @shared/reports/report): report reminders open it. */
  adminReport: '/packages/admin/pages/report/index',
  adminReportStatus: '/packages/admin/pages/report-status/index',
  /** Participation statistics (统计): a unit's dashboard, the federation's table, a session's 签到台账. */
  adminStats: '/packages/admin/pages/stats/index',
  adminStatsFederation: '/packages/admin/pages/stats-federation/index',
  adminStatsSheet: '/packages/admin/pages/stats-sheet/index',
} as const;
