import type { FeatureEntries } from '../../entries'

// 全链共享 on the home page and in 我的 (src/entries.ts lists every feature's entries).
export const sharingEntries: FeatureEntries = {
  tiles: [
    {
      key: 'sharing',
      title: '全链共享',
      subtitle: '绿电享 · 红链贷 · 专利',
      glyph: '链',
      path: '/subpackages/sharing/index',
      order: 85,
    },
  ],
  mine: [
    { section: 'services', roles: ['enterprise'], title: '我的红链贷申请', url: '/subpackages/sharing/loan' },
    { section: 'desk', roles: ['bank'], title: '红链贷受理（本行申请）', url: '/subpackages/sharing/bank' },
    {
      section: 'desk',
      roles: ['department', 'admin'],
      title: '专利清单与企业意向（院所）',
      url: '/subpackages/sharing/institute',
    },
    { section: 'desk', roles: ['social_worker', 'admin'], title: '绿电享组团购电', url: '/subpackages/sharing/round' },
    {
      section: 'desk',
      roles: ['social_worker', 'admin'],
      title: '全链共享项目（新增、编辑）',
      url: '/subpackages/sharing/index',
    },
    {
      section: 'desk',
      roles: ['social_worker', 'admin'],
      title: '绿电享开新一轮',
      url: '/subpackages/sharing/newRound',
    },
    {
      section: 'desk',
      roles: ['social_worker', 'admin'],
      title: '红链贷项目设置',
      url: '/subpackages/sharing/programme',
    },
  ],
}
