export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/station/index',
    'pages/login/index',
    'pages/claim/index',
    'pages/cases/index',
    'pages/case/index',
    'pages/me/index',
    'pages/calculator/index',
  ],
  window: {
    navigationBarTitleText: '劳动争议一站式调解',
    navigationBarBackgroundColor: '#1f4e9c',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6fa',
  },
  // "Nearest stations" on the home page (asked only when the worker taps it).
  permission: { 'scope.userLocation': { desc: '用于找到离您最近的调解站' } },
  requiredPrivateInfos: ['getLocation'],
  tabBar: {
    color: '#666666',
    selectedColor: '#1f4e9c',
    backgroundColor: '#ffffff',
    list: [
      // Icons drawn by scripts/tab-icons.mjs.
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab-home.png',
        selectedIconPath: 'assets/tab-home-on.png',
      },
      {
        pagePath: 'pages/cases/index',
        text: '我的案件',
        iconPath: 'assets/tab-cases.png',
        selectedIconPath: 'assets/tab-cases-on.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab-me.png',
        selectedIconPath: 'assets/tab-me-on.png',
      },
    ],
  },
});
