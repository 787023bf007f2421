const pages = [
  'pages/home/index',
  'pages/study/index',
  'pages/checkin/index',
  'pages/me/index',
  // The landing page of invite codes: it must be in the main package so a mini-program code can open it.
  'pages/join/index',
  'pages/privacy/index',
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
        'pages/reflections/index',
        'pages/reflection-status/index',
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
  // WeChat's privacy authorisation flow (required for apps that collect personal information).
  ...(process.env.TARO_ENV === 'weapp' ? { __usePrivacyCheck__: true } : {}),
});
