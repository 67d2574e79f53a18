import type { FeatureEntries } from '../../entries'

// Admin's desks in 我的 (src/entries.ts lists every feature's entries).
export const adminEntries: FeatureEntries = {
  mine: [
    {
      section: 'desk',
      roles: ['department'],
      title: (me) => `部门工作台 · ${me.roles.find((r) => r.role === 'department')?.scope ?? ''}`,
      url: '/subpackages/admin/department',
    },
    {
      section: 'desk',
      roles: ['admin', 'social_worker'],
      title: (me) =>
        me.roles.some((r) => r.role === 'admin') ? '管理后台（账号、社区、企业、审计）' : '本社区人员、企业与审计',
      url: '/subpackages/admin/index',
    },
    // The one people list (admin.searchUsers): a 社工 sees their community's people, phones masked.
    { section: 'desk', roles: ['social_worker'], title: '本社区人员', url: '/subpackages/admin/users' },
  ],
}
