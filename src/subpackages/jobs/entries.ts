import type { FeatureEntries } from '../../entries'

// 零工市场 on the home page and in 我的 (src/entries.ts lists every feature's entries).
export const jobsEntries: FeatureEntries = {
  tiles: [
    {
      key: 'gigs',
      title: '零工市场',
      subtitle: '日结 · 附近岗位',
      glyph: '工',
      path: '/subpackages/jobs/index',
      order: 70,
    },
  ],
  mine: [
    { section: 'services', title: '我的求职', url: '/subpackages/jobs/mine' },
    { section: 'services', roles: ['enterprise'], title: '发布岗位与查看投递', url: '/subpackages/jobs/post' },
    { section: 'services', roles: ['enterprise'], title: '共享员工（借出 / 借入）', url: '/subpackages/jobs/share' },
    // A lent worker answers here (the notice opens it at the match); the page says so when empty.
    { section: 'services', roles: ['worker', 'rider'], title: '共享员工确认', url: '/subpackages/jobs/share' },
    { section: 'desk', roles: ['social_worker', 'admin'], title: '零工市场岗位审核', url: '/subpackages/jobs/review' },
    { section: 'desk', roles: ['social_worker', 'admin'], title: '共享员工对接', url: '/subpackages/jobs/share' },
    { section: 'desk', roles: ['social_worker', 'admin'], title: '零工市场统计', url: '/subpackages/jobs/stats' },
  ],
}
