import type { FeatureEntries } from '../../entries'

// Activities on the home page and in 我的 (src/entries.ts lists every feature's entries).
export const activitiesEntries: FeatureEntries = {
  tiles: [
    {
      key: 'activities',
      title: '社区活动',
      subtitle: '报名 · 签到',
      glyph: '活',
      path: '/subpackages/activities/index',
      order: 30,
    },
  ],
  mine: [
    { section: 'services', title: '我的活动', url: '/subpackages/activities/mine' },
    { section: 'services', roles: ['enterprise'], title: '发布企业活动', url: '/subpackages/activities/edit' },
    { section: 'desk', roles: ['social_worker', 'admin'], title: '发布社区活动', url: '/subpackages/activities/edit' },
    {
      section: 'desk',
      roles: ['social_worker', 'admin'],
      title: '兴趣社群管理（新建、修改、归档）',
      url: '/subpackages/activities/groups',
    },
  ],
}
