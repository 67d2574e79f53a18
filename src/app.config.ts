export default defineAppConfig({
  // Main package: tab pages and shared code only. Each feature is a subpackage (DESIGN.md §1).
  pages: ['pages/index/index', 'pages/notifications/index', 'pages/mine/index', 'pages/login/index'],
  subPackages: [
    // 服务站点地图: nearest stations, detail, staff management.
    { root: 'subpackages/stations', pages: ['index', 'detail', 'manage', 'edit'] },
    // 延时餐厅: book a seat, my bookings, the counter, rider verification.
    {
      root: 'subpackages/canteen',
      pages: ['index', 'book', 'bookings', 'counter', 'rider', 'rider-code', 'admin', 'manage'],
    },
    // 社区活动: list and week strip, detail and sign-up, my activities, the organizer's roster.
    { root: 'subpackages/activities', pages: ['index', 'detail', 'mine', 'roster', 'edit', 'groups'] },
    // 人才揭榜: the board, a challenge, posting, the enterprise's management, an expert's
    // recommendations and takes, profile, teams, the broker's desk, statistics.
    {
      root: 'subpackages/talent',
      pages: ['index', 'challenge', 'post', 'manage', 'enterprise', 'mine', 'profile', 'teams', 'broker', 'stats'],
    },
    // 共享实验室: the catalogue, an item and ordering it, my orders; staff: intake and board, import, statistics.
    { root: 'subpackages/lab', pages: ['index', 'item', 'orders', 'desk', 'import', 'stats'] },
    // 管理后台: people and roles, staff accounts, communities and grids, departments, enterprises,
    // canteen and station staff, the audit log; a department's workbench.
    {
      root: 'subpackages/admin',
      pages: [
        'index',
        'users',
        'user',
        'staff',
        'communities',
        'community',
        'departments',
        'department',
        'enterprises',
        'places',
        'audit',
      ],
    },
    // 全链共享: the projects catalogue, 绿电享 rounds, 红链贷 (apply, a bank's queue), free patents
    // (enterprises tick; the institute's view); a 社工's forms: a project, a new round, the loan programme.
    {
      root: 'subpackages/sharing',
      pages: ['index', 'round', 'loan', 'bank', 'patents', 'institute', 'project', 'newRound', 'programme'],
    },
    // 账号: first use, profile and phone, my roles, moving, my data, leaving; a 社工's review queue and
    // people; H5 sign-up and changing a password.
    {
      root: 'subpackages/user',
      pages: ['index', 'onboarding', 'roles', 'profile', 'move', 'delete', 'review', 'register', 'password'],
    },
    // 政策 and 青创导师: the compendium, eligibility, what I can get; mentors and bookings; staff tools.
    {
      root: 'subpackages/policies',
      pages: ['index', 'detail', 'profile', 'benefits', 'mentors', 'mentor', 'bookings', 'desk', 'manage', 'edit'],
    },
    // 零工市场: nearby postings, a posting and one-tap apply, my applications and profile, an
    // enterprise's posting form and applicants, the 社工's review queue, gig check-in by the site code,
    // 共享员工 (offers, matching, confirmations, consent), the market's statistics.
    {
      root: 'subpackages/jobs',
      pages: ['index', 'detail', 'mine', 'profile', 'post', 'applicants', 'review', 'checkin', 'share', 'stats'],
    },
    // 企呼我应 and the three lists: queues, filing, a demand's timeline, 三张清单 and 微心愿, statistics.
    {
      root: 'subpackages/demands',
      pages: [
        'index',
        'file',
        'detail',
        'lists',
        'wish',
        'wish-detail',
        'wall',
        'stats',
        'public',
        'street-offices',
        'visits',
        'visit',
        'coverage',
      ],
    },
    // 专场招聘会: upcoming fairs, a fair (register, entry code, 投递), an enterprise's booth, 我的招聘会;
    // the 社工's series, door check-in and results.
    { root: 'subpackages/fairs', pages: ['index', 'detail', 'booth', 'mine', 'manage', 'checkin', 'results'] },
    // 志愿服务: teams and sign-up, a team's tasks (take, confirm hours), my hours, asking for a repair.
    { root: 'subpackages/volunteers', pages: ['index', 'tasks', 'mine', 'repair'] },
  ],
  window: {
    navigationBarTitleText: '链社',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f6f7',
  },
  tabBar: {
    color: '#666666',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/notifications/index',
        text: '消息',
        iconPath: 'assets/tab/inbox.png',
        selectedIconPath: 'assets/tab/inbox-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
  // Location is asked only when the stations page needs it.
  requiredPrivateInfos: ['getLocation'],
  permission: { 'scope.userLocation': { desc: '用于查找离你最近的服务站点' } },
})
