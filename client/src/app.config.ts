const pages = [
  'pages/home/index',
  'pages/study/index',
  'pages/checkin/index',
  'pages/me/index',
  // The landing page of invite codes: it must be in the main package so a mini-program code can open it.
  'pages/join/index',
  'pages/privacy/index',
  // A session's check-in page: its mini-program code opens it, so it must be in the main package.
  'pages/session/index',
  // The reader: shared notices and reminder messages open it directly.
  'pages/notice/index',
];
// The identity switcher talks to the local gateway only; it must never ship in the WeChat build.
if (process.env.TARO_ENV === 'h5') pages.push('pages/dev-login/index');

const tab = (pagePath: string, text: string, icon: string) => ({
  pagePath,
  text,
  iconPath: `assets/tab/${icon}.png`,
  selectedIconPath: `assets/tab/${icon}-active.png`,
});

export default defineAppConfig({
  pages,
  // Admin screens are only for a few people: a subpackage keeps them out of everyone's main package.
  subPackages: [
    {
      root: 'packages/admin',
      pages: [
        'pages/members/index',
        'pages/invites/index',
        'pages/units/index',
        'pages/audit/index',
        'pages/sessions/index',
        'pages/session-form/index',
        'pages/session-display/index',
        'pages/session-sheet/index',
        'pages/notices/index',
        'pages/notice-reading/index',
        'pages/notice-publish/index',
        'pages/reflections/index',
        'pages/reflection-status/index',
        'pages/report/index',
        'pages/report-status/index',
        'pages/stats/index',
        'pages/stats-federation/index',
        'pages/stats-sheet/index',
      ],
    },
    // Writing and reading reflections: every worker uses them, but only from the 学习 tab, which preloads them.
    { root: 'packages/reflections', pages: ['pages/write/index', 'pages/detail/index', 'pages/feed/index'] },
  ],
  preloadRule: { 'pages/study/index': { network: 'all', packages: ['packages/reflections'] } },
  window: {
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTextStyle: 'white',
    navigationBarTitleText: '青岛工会学习',
    backgroundColor: '#f5f6f8',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    color: '#8a8a8a',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      tab('pages/home/index', '首页', 'home'),
      tab('pages/study/index', '学习', 'study'),
      tab('pages/checkin/index', '签到', 'checkin'),
      tab('pages/me/index', '我的', 'me'),
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // Check-in at a session with a location fence, and a leader choosing the meeting place on the map.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于确认您在学习活动现场签到，以及管理员设定签到地点' },
  },
  // WeChat's privacy authorisation flow (required for apps that collect personal information).
  ...(process.env.TARO_ENV === 'weapp' ? { __usePrivacyCheck__: true } : {}),
});
