import type { FeatureEntries } from '../../entries'

// Policies and mentors on the home page and in 我的 (src/entries.ts lists every feature's entries).
export const policiesEntries: FeatureEntries = {
  tiles: [
    {
      key: 'policies',
      title: '政策',
      subtitle: '查政策 · 约导师',
      glyph: '策',
      path: '/subpackages/policies/index',
      order: 40,
    },
  ],
  mine: [
    { section: 'services', title: '我的政策条件', url: '/subpackages/policies/profile' },
    { section: 'services', title: '我的导师预约', url: '/subpackages/policies/bookings' },
    { section: 'services', roles: ['mentor'], title: '导师工作台', url: '/subpackages/policies/desk' },
    {
      section: 'desk',
      roles: ['social_worker', 'admin', 'department'],
      title: '政策管理（发布、导入、到期提醒）',
      url: '/subpackages/policies/manage',
    },
  ],
}
